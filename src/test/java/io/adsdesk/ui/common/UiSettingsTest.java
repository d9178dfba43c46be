package io.adsdesk.ui.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UiSettingsTest {

    @Test
    void columnWidthsAndSavedViewsSurviveARestart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(UiSettings.FILE_NAME);
        UiSettings s = new UiSettings();
        s.columnWidths.put("BUSINESS", 333.0);
        SavedView view = new SavedView("Paused CPC", "biz-1", List.of("PAUSED"), List.of("CPC"), "grill",
                List.of("BUDGET:desc", "PROGRAM_ID:asc"), List.of("FEATURES"));
        s.savedViews.put("demo", List.of(view));
        s.save(file);

        UiSettings back = UiSettings.load(file);
        assertEquals(333.0, back.columnWidths.get("BUSINESS"));
        assertEquals(List.of(view), back.savedViews.get("demo"));
    }

    @Test
    void anOlderFileWithoutThemLoadsWithEmptyOnes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(UiSettings.FILE_NAME);
        Files.writeString(file, "{\"theme\":\"DARK\",\"hiddenColumns\":[\"FEATURES\"]}");
        UiSettings back = UiSettings.load(file);
        assertEquals(Theme.DARK, back.theme);
        assertTrue(back.columnWidths.isEmpty());
        assertTrue(back.savedViews.isEmpty());
    }
}
