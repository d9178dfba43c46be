package io.adsdesk.ui.sync;

import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.ui.common.ColumnWidths;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.common.Theme;
import io.adsdesk.ui.common.ThemeManager;
import io.adsdesk.ui.testing.TableText;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sync history window over a registry with one large run, at the size the dashboard opens it. */
@ExtendWith(ApplicationExtension.class)
class SyncHistoryViewTest {
    @TempDir
    Path dir;

    private HibernateProgramRegistry registry;
    private SyncHistoryViewModel model;
    private Stage window;

    @Start
    void start(Stage stage) {
        new ThemeManager().apply(Theme.LIGHT);
    }

    @BeforeEach
    void oneRun(FxRobot robot) {
        registry = HibernateProgramRegistry.open(dir.resolve("registry"));
        Instant start = Instant.parse("2026-03-10T09:15:00Z");
        registry.recordRun(new SyncRun(0, start, start.plusSeconds(754), SyncOutcome.UP_TO_DATE, 100_000, 100_000,
                100_000, 12_345, 23_456, 34_567, 2_501, "Up to date"));
        robot.interact(() -> {
            model = new SyncHistoryViewModel(new CurrentThreadTaskExecutor());
            model.load(registry);
            window = new Stage();
            Scene scene = new Scene(new SyncHistoryView(model, ColumnWidths.inMemory()));
            ThemeManager.style(scene);
            window.setScene(scene);
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(window::close);
        registry.close();
    }

    @Test
    void everyHeaderAndCountIsShownInFull(FxRobot robot) {
        TableView<?> table = robot.lookup("#history-table").queryTableView();

        assertEquals(1, table.getItems().size());
        assertEquals(List.of(), TableText.cutTexts(table), "headers and cells cut short");
        assertTrue(TableText.shownTexts(table).containsAll(List.of("Duration", "Updated", "Removed", "Requests",
                "12 min 34 s", "23,456")));
    }

    @Test
    void neitherTableScrollsSidewaysAtTheSizeTheWindowOpens(FxRobot robot) {
        for (String id : List.of("#history-table", "#run-changes-table")) {
            TableView<?> table = robot.lookup(id).queryTableView();
            boolean scrolls = table.lookupAll(".scroll-bar").stream()
                    .anyMatch(n -> n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible());
            assertFalse(scrolls, id + " scrolls sideways at " + window.getWidth() + " pixels");
        }
    }

    @Test
    void oneRunIsCountedInTheSingular(FxRobot robot) {
        String totals = robot.lookup("#registry-totals").queryAs(Label.class).getText();
        assertTrue(totals.contains("· 1 run logged ·"), totals);
    }

    @Test
    void closeAndEscCloseTheWindow(FxRobot robot) {
        robot.clickOn("#history-close");
        assertFalse(window.isShowing());

        robot.interact(window::show);
        robot.clickOn("#history-table").type(KeyCode.ESCAPE);
        assertFalse(window.isShowing());
    }
}
