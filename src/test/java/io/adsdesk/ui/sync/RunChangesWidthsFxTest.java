package io.adsdesk.ui.sync;

import io.adsdesk.model.ChangeKind;
import io.adsdesk.model.ChangedField;
import io.adsdesk.model.RunChanges;
import io.adsdesk.model.SyncChange;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;
import io.adsdesk.testing.MemoryRegistry;
import io.adsdesk.testing.SyncWrites;
import io.adsdesk.ui.common.ColumnWidths;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.common.Theme;
import io.adsdesk.ui.common.ThemeManager;
import io.adsdesk.ui.testing.TableText;
import io.adsdesk.ui.testing.TestData;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The History window at the size it opens: a run's changes show whole Yelp IDs (22 characters), the
 * kind of change, and money spelled as in the programs table.
 */
@ExtendWith(ApplicationExtension.class)
class RunChangesWidthsFxTest {
    private static final Instant AT = Instant.parse("2026-03-15T10:00:00Z");
    private static final String UPDATED_ID = "u2G63WiVyTj1XONgM6wQzA";
    private static final String REMOVED_ID = "q1nR3pKi_GHSkgyjoCVdWw";

    private Stage window;

    @Start
    void start(Stage stage) {
        new ThemeManager().apply(Theme.LIGHT);
    }

    @BeforeEach
    void historyWithARunOfChanges(FxRobot robot) {
        MemoryRegistry registry = new MemoryRegistry();
        registry.upsertBusinesses(List.of(TestData.business("biz-1", "Sunrise Dental Care"),
                TestData.business("biz-2", "Smith & Sons Pest Control")));
        SyncWrites.apply(registry, List.of(), List.of(), Set.of(),
                new SyncRun(0, AT, AT, SyncOutcome.SYNCED, 2, 3, 2, 0, 1, 1, 1, null),
                new RunChanges(0, false, true, List.of(
                        new SyncChange(UPDATED_ID, "biz-1", ChangeKind.UPDATED, List.of(
                                new ChangedField("Monthly budget", "150.00", "1250.00"),
                                new ChangedField("Paused", "no", "yes"))),
                        new SyncChange(REMOVED_ID, "biz-2", ChangeKind.REMOVED, List.of())), List.of()));
        robot.interact(() -> {
            SyncHistoryViewModel model = new SyncHistoryViewModel(new CurrentThreadTaskExecutor());
            model.load(registry);
            window = new Stage();
            Scene scene = new Scene(new SyncHistoryView(model, ColumnWidths.inMemory()));
            ThemeManager.style(scene);
            window.setScene(scene);
            window.show();
        });
        robot.clickOn(robot.lookup("#history-table .table-row-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(window::close);
    }

    @Test
    void idsKindsAndValuesAreShownInFull(FxRobot robot) {
        TableView<?> changes = robot.lookup("#run-changes-table").queryTableView();

        assertEquals(3, changes.getItems().size());
        assertEquals(List.of(), TableText.cutTexts(changes), "headers and cells cut short");
        List<String> shown = TableText.shownTexts(changes);
        assertTrue(shown.containsAll(List.of(UPDATED_ID, REMOVED_ID, "− Removed", "~ Updated",
                "Smith & Sons Pest Control", "Monthly budget")), shown.toString());
    }

    @Test
    void moneyIsSpelledAsInTheProgramsTable(FxRobot robot) {
        List<String> shown = TableText.shownTexts(robot.lookup("#run-changes-table").queryTableView());

        assertTrue(shown.containsAll(List.of("$150.00", "$1,250.00")), shown.toString());
        assertTrue(shown.containsAll(List.of("no", "yes")), "other fields as stored: " + shown);
    }
}
