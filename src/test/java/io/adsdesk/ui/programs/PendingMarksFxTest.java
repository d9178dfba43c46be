package io.adsdesk.ui.programs;

import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;
import io.adsdesk.testing.MemoryRegistry;
import io.adsdesk.testing.SyncWrites;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.common.Theme;
import io.adsdesk.ui.common.ThemeManager;
import io.adsdesk.ui.testing.TestData;
import javafx.scene.Node;
import javafx.scene.Scene;
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
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A pending change shows its new value in the cell, marked by a symbol and a colour, the old value in the tooltip. */
@ExtendWith(ApplicationExtension.class)
class PendingMarksFxTest {
    private static final Instant AT = Instant.parse("2026-03-15T10:00:00Z");
    private ProgramsViewModel model;

    @Start
    void start(Stage stage) {
        MemoryRegistry registry = new MemoryRegistry();
        registry.upsertBusinesses(TestData.businesses(2));
        SyncWrites.apply(registry, TestData.programs(8, 2), List.of(), Set.of(),
                new SyncRun(0, AT, AT, SyncOutcome.SYNCED, 8, 0, 8, 8, 0, 0, 1, null));
        model = new ProgramsViewModel(new CurrentThreadTaskExecutor(), () -> TestData.TODAY);
        new ThemeManager().apply(Theme.LIGHT);
        Scene scene = new Scene(new ProgramsView(model), 1280, 600);
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.show();
        model.setRegistry(registry);
    }

    @SuppressWarnings("unchecked")
    private TableCell<ProgramRow, ProgramRow> cell(FxRobot robot, String programId, ProgramColumn column) {
        return (TableCell<ProgramRow, ProgramRow>) robot.lookup("#programs-table .table-cell")
                .match((Node n) -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                        && column.name().equals(c.getTableColumn().getId()) && c.getTableRow() != null
                        && c.getTableRow().getItem() instanceof ProgramRow r && r.programId().equals(programId))
                .query();
    }

    @Test
    void aMarkedCellShowsTheNewValueWithASymbolAndTheOldValueInItsTooltip(FxRobot robot) {
        robot.interact(() -> model.setPendingMarks(Map.of(
                "prog-00001", Map.of(ProgramColumn.BUDGET, new PendingMark("$550.00", "$500.00", false, null)),
                "prog-00003", Map.of(ProgramColumn.BUDGET, new PendingMark("$1.00", "$500.00", true,
                        "The budget must be at least $25.00")))));
        WaitForAsyncUtils.waitForFxEvents();

        TableCell<ProgramRow, ProgramRow> marked = cell(robot, "prog-00001", ProgramColumn.BUDGET);
        assertEquals("✎ $550.00", marked.getText());
        assertEquals("Pending change: $500.00 → $550.00", marked.getTooltip().getText());
        assertTrue(marked.getStyleClass().contains("pending-cell"));
        assertFalse(marked.getStyleClass().contains("pending-blocked"));

        TableCell<ProgramRow, ProgramRow> blocked = cell(robot, "prog-00003", ProgramColumn.BUDGET);
        assertTrue(blocked.getStyleClass().contains("pending-blocked"));
        assertTrue(blocked.getTooltip().getText().contains("at least $25.00"));

        TableCell<ProgramRow, ProgramRow> plain = cell(robot, "prog-00002", ProgramColumn.BUDGET);
        assertEquals("$500.00", plain.getText());
        assertFalse(plain.getStyleClass().contains("pending-cell"));
    }

    @Test
    void aBlockedChangeStaysReadableOnTheSelectedRowOfTheFocusedTable(FxRobot robot) {
        robot.interact(() -> model.setPendingMarks(Map.of(
                "prog-00003", Map.of(ProgramColumn.BUDGET, new PendingMark("$1.00", "$500.00", true,
                        "The budget must be at least $25.00")))));
        TableView<ProgramRow> table = robot.lookup("#programs-table").queryTableView();
        robot.interact(() -> {
            table.requestFocus();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).programId().equals("prog-00003")) {
                    table.getSelectionModel().select(i);
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<ProgramRow, ProgramRow> blocked = cell(robot, "prog-00003", ProgramColumn.BUDGET);
        assertTrue(blocked.getTableRow().isSelected() && table.isFocused());
        // what is drawn behind the text: the cell's own background, else the row's
        var background = blocked.getBackground() != null && !blocked.getBackground().getFills().isEmpty()
                ? blocked.getBackground() : blocked.getTableRow().getBackground();
        javafx.scene.paint.Color behind = (javafx.scene.paint.Color) background.getFills().getLast().getFill();
        double contrast = SelectedRowBadgeFxTest.contrast((javafx.scene.paint.Color) blocked.getTextFill(), behind);
        assertTrue(contrast >= 4.5, "blocked value " + blocked.getTextFill() + " on " + behind + ": " + contrast + ":1");
    }

    @Test
    void thePendingChangesFilterShowsOnlyProgramsWithAChange(FxRobot robot) {
        robot.interact(() -> model.setPendingMarks(Map.of(
                "prog-00005", Map.of(ProgramColumn.STATUS, new PendingMark("Paused", "Running", false, null)))));
        robot.clickOn("#pending-filter");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ProgramRow> table = robot.lookup("#programs-table").queryTableView();
        assertEquals(List.of("prog-00005"), table.getItems().stream().map(ProgramRow::programId).toList());
        assertEquals("✎ Paused", cell(robot, "prog-00005", ProgramColumn.STATUS).getText());
        robot.interact(() -> model.setPendingMarks(PendingMark.NONE));
        assertEquals(0, table.getItems().size(), "a reverted change leaves the filtered table");
        robot.interact(model::resetFilters);
        assertEquals(8, table.getItems().size());
    }
}
