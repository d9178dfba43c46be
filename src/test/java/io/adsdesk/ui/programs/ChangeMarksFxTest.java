package io.adsdesk.ui.programs;

import io.adsdesk.testing.SyncWrites;

import io.adsdesk.model.ChangeKind;
import io.adsdesk.model.ChangedField;
import io.adsdesk.model.Program;
import io.adsdesk.model.RunChanges;
import io.adsdesk.model.SyncChange;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;
import io.adsdesk.testing.MemoryRegistry;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.common.Theme;
import io.adsdesk.ui.common.ThemeManager;
import io.adsdesk.ui.testing.TestData;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The programs table marks the last sync's changes with a symbol and a tooltip, and filters to them. */
@ExtendWith(ApplicationExtension.class)
class ChangeMarksFxTest {
    private static final Instant AT = Instant.parse("2026-03-15T10:00:00Z");

    private final List<Program> programs = TestData.programs(8, 2);
    private ProgramsViewModel model;

    @Start
    void start(Stage stage) {
        MemoryRegistry registry = new MemoryRegistry();
        registry.upsertBusinesses(TestData.businesses(2));
        SyncWrites.apply(registry, programs, List.of(), Set.of(),
                new SyncRun(0, AT, AT, SyncOutcome.SYNCED, 8, 0, 8, 8, 0, 0, 1, null),
                new RunChanges(0, true, true, List.of(), List.of()));
        Program old = programs.get(2);
        Program paused = TestData.program(old.programId(), old.programType(), old.primaryBusinessId(), old.startDate(),
                old.endDate(), old.active(), true);
        Program gone = programs.get(4);
        SyncWrites.apply(registry, List.of(), List.of(paused), Set.of(gone.programId()),
                new SyncRun(0, AT, AT, SyncOutcome.SYNCED, 7, 8, 7, 0, 1, 1, 1, null),
                new RunChanges(0, false, true, List.of(
                        new SyncChange(paused.programId(), paused.primaryBusinessId(), ChangeKind.UPDATED,
                                List.of(new ChangedField("Paused", "no", "yes"))),
                        new SyncChange(gone.programId(), gone.primaryBusinessId(), ChangeKind.REMOVED, List.of())),
                        List.of(gone)));
        model = new ProgramsViewModel(new CurrentThreadTaskExecutor(), () -> TestData.TODAY);
        ProgramsView view = new ProgramsView(model);
        new ThemeManager().apply(Theme.LIGHT);
        Scene scene = new Scene(view, 1280, 600);
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.show();
        model.setRegistry(registry);
    }

    @SuppressWarnings("unchecked")
    private TableCell<ProgramRow, ProgramRow> idCell(FxRobot robot, String programId) {
        return robot.lookup("#programs-table .table-cell")
                .match((TableCell<ProgramRow, ProgramRow> c) -> c.getTableColumn() != null
                        && c.getTableColumn().getId().equals(ProgramColumn.PROGRAM_ID.name())
                        && programId.equals(c.getText()))
                .query();
    }

    @Test
    void aChangedRowCarriesASymbolAndATooltipWithTheChange(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<ProgramRow, ProgramRow> changed = idCell(robot, programs.get(2).programId());
        TableCell<ProgramRow, ProgramRow> unchanged = idCell(robot, programs.get(1).programId());

        Label mark = (Label) changed.getGraphic();
        assertEquals("~", mark.getText());
        assertTrue(mark.getStyleClass().contains("change-updated"), mark.getStyleClass().toString());
        assertEquals("Updated in the last sync\nPaused: no → yes", changed.getTooltip().getText());
        assertNull(unchanged.getGraphic());
        assertNull(unchanged.getTooltip());
    }

    @Test
    void theFilterShowsTheChangedRowsWithTheRemovedOneMarkedRemoved(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ProgramRow> table = robot.lookup("#programs-table").queryTableView();
        assertEquals(7, table.getItems().size());

        robot.clickOn("#changed-filter");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Set.of(programs.get(2).programId(), programs.get(4).programId()),
                Set.copyOf(table.getItems().stream().map(ProgramRow::programId).toList()));
        Label removed = (Label) idCell(robot, programs.get(4).programId()).getGraphic();
        assertEquals("−", removed.getText());
        assertTrue(removed.getStyleClass().contains("change-removed"));

        robot.clickOn("#changed-filter");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7, table.getItems().size());
    }
}
