package io.adsdesk.ui.sync;

import io.adsdesk.testing.SyncWrites;

import io.adsdesk.export.ChangeLine;
import io.adsdesk.model.ChangeKind;
import io.adsdesk.model.ChangedField;
import io.adsdesk.model.RunChanges;
import io.adsdesk.model.SyncChange;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;
import io.adsdesk.testing.MemoryRegistry;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.testing.TestData;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The History window: selecting a run lists its changes below the runs. */
@ExtendWith(ApplicationExtension.class)
class RunChangesFxTest {
    private static final Instant AT = Instant.parse("2026-03-15T10:00:00Z");

    @Start
    void start(Stage stage) {
        MemoryRegistry registry = new MemoryRegistry();
        registry.upsertBusinesses(List.of(TestData.business("biz-1", "Blue Bottle")));
        SyncWrites.apply(registry, List.of(), List.of(), Set.of(),
                new SyncRun(0, AT, AT, SyncOutcome.SYNCED, 1, 1, 1, 0, 1, 0, 1, null),
                new RunChanges(0, false, true, List.of(new SyncChange("p-1", "biz-1", ChangeKind.UPDATED,
                        List.of(new ChangedField("Monthly budget", "500.00", "750.00")))), List.of()));
        SyncHistoryViewModel model = new SyncHistoryViewModel(new CurrentThreadTaskExecutor());
        model.load(registry);
        stage.setScene(new Scene(new SyncHistoryView(model)));
        stage.show();
    }

    @Test
    void selectingARunListsItsChanges(FxRobot robot) {
        TableView<ChangeLine> changes = robot.lookup("#run-changes-table").queryTableView();
        assertTrue(changes.getItems().isEmpty());
        assertTrue(robot.lookup("#export-run-changes").queryAs(Button.class).isDisabled());

        robot.clickOn(robot.lookup("#history-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(new ChangeLine(ChangeKind.UPDATED, "p-1", "biz-1", "Blue Bottle", "Monthly budget",
                "500.00", "750.00")), changes.getItems());
        assertTrue(robot.lookup("#run-changes-table .table-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                "Blue Bottle".equals(c.getText())).tryQuery().isPresent(), "the business is shown by name");
        assertEquals("Run 1: 0 added, 1 updated, 0 removed",
                robot.lookup("#run-changes-summary").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#export-run-changes").queryAs(Button.class).isDisabled());
    }
}
