package io.adsdesk.ui.shell;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExportFolderTest {
    @TempDir
    Path home;

    @Test
    void theFirstExportStartsInDocuments() throws Exception {
        Path documents = Files.createDirectory(home.resolve("Documents"));
        assertEquals(documents, ExportFolder.initial(null, home));
    }

    @Test
    void withoutADocumentsFolderItStartsAtHomeNotTheWorkingDirectory() {
        assertEquals(home, ExportFolder.initial("", home));
    }

    @Test
    void theLastFolderUsedWinsWhileItExists() throws Exception {
        Files.createDirectory(home.resolve("Documents"));
        Path reports = Files.createDirectory(home.resolve("reports"));
        assertEquals(reports, ExportFolder.initial(reports.toString(), home));
        Files.delete(reports);
        assertEquals(home.resolve("Documents"), ExportFolder.initial(reports.toString(), home));
    }
}
