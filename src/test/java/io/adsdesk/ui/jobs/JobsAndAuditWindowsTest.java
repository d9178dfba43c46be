package io.adsdesk.ui.jobs;

import io.adsdesk.actions.ActionResult;
import io.adsdesk.model.command.EditProgram;
import io.adsdesk.model.Program;
import io.adsdesk.registry.AuditEntry;
import io.adsdesk.ui.common.ColumnWidths;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.common.Theme;
import io.adsdesk.ui.common.ThemeManager;
import io.adsdesk.ui.testing.TableText;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The jobs and audit-log windows at the size the actions bar opens them, over a real edit that
 * completed at the sandbox: nothing but the free-text column is cut, Close and Esc close them, the
 * audit entry shows its account, before → after and receipt, and column widths are remembered.
 */
@ExtendWith(ApplicationExtension.class)
class JobsAndAuditWindowsTest {
    private static final double WIDTH = 1180;
    private static final double HEIGHT = 560;

    @TempDir
    Path dir;

    private ActionsSandbox box;
    private Program program;
    private JobsViewModel jobs;
    private AuditLogViewModel audit;
    private Stage window;
    private final Map<String, Double> remembered = new HashMap<>();
    private final ColumnWidths widths = new ColumnWidths(remembered, () -> { });

    @Start
    void start(Stage stage) {
        new ThemeManager().apply(Theme.LIGHT);
    }

    @BeforeEach
    void editAProgram(FxRobot robot) throws Exception {
        box = new ActionsSandbox(dir);
        program = box.mirror(box.runningCpc().id());
        long budget = program.budgetCents() + 10_000;
        ActionResult result = box.actions.edit(EditProgram.budget(program.programId(), budget));
        String jobId = ((ActionResult.Submitted) result).job().jobId();
        box.actions.jobs().await(jobId);
        robot.interact(() -> {
            jobs = new JobsViewModel(new CurrentThreadTaskExecutor(), Runnable::run, () -> { });
            jobs.setActions(box.actions);
            audit = new AuditLogViewModel(new CurrentThreadTaskExecutor(), () -> box.actions);
            audit.load();
        });
    }

    @AfterEach
    void close(FxRobot robot) {
        if (window != null) {
            robot.interact(window::close);
        }
        box.close();
    }

    @Test
    void theJobsWindowShowsTimesAndIdsInFull(FxRobot robot) {
        show(robot, new JobsView(jobs, widths));
        TableView<?> table = robot.lookup("#jobs-table").queryTableView();

        assertEquals(1, table.getItems().size());
        assertEquals(List.of(), TableText.cutTexts(table), "headers and cells cut short");
        assertTrue(TableText.shownTexts(table).contains(program.programId()));
        assertTrue(TableText.shownTexts(table).contains(io.adsdesk.registry.Makers.current()), "who submitted the job");
        double others = table.getColumns().stream().limit(table.getColumns().size() - 1L)
                .mapToDouble(TableColumn::getWidth).sum();
        assertTrue(table.getColumns().getLast().getWidth() >= table.getWidth() - others - 20,
                "the problems column takes the width the others leave");
        table.getColumns().stream().limit(table.getColumns().size() - 1L).forEach(c ->
                assertEquals(c.getPrefWidth(), c.getWidth(), 0.5, c.getText() + " keeps the width that fits it"));
    }

    @Test
    void theAuditWindowShowsTimesAndIdsInFull(FxRobot robot) {
        show(robot, new AuditLogView(audit, widths));
        TableView<?> table = robot.lookup("#audit-table").queryTableView();

        assertFalse(table.getItems().isEmpty());
        assertEquals(List.of(), TableText.cutTexts(table), "headers and cells cut short");
        assertTrue(TableText.shownTexts(table).contains(io.adsdesk.registry.Makers.current()), "who made the entry");
    }

    @Test
    void theSelectedAuditEntryShowsAccountBeforeAndAfterAndReceipt(FxRobot robot) {
        show(robot, new AuditLogView(audit, widths));
        TableView<?> table = robot.lookup("#audit-table").queryTableView();
        AuditEntry entry = audit.entries().getFirst();

        robot.interact(() -> table.getSelectionModel().select(0));
        String details = robot.lookup("#audit-details").queryAs(TextArea.class).getText();

        String before = io.adsdesk.ui.common.Formats.dollars(program.budgetCents());
        String after = io.adsdesk.ui.common.Formats.dollars(program.budgetCents() + 10_000);
        assertTrue(details.contains("Account: " + entry.account()), details);
        assertTrue(details.contains("budget: " + before + " → " + after), details);
        assertTrue(details.contains("Receipt\n  {"), details);
        assertTrue(TableText.shownTexts(table).contains("budget " + before + " → " + after));
    }

    @Test
    void closeAndEscCloseTheWindows(FxRobot robot) {
        show(robot, new JobsView(jobs, widths));
        robot.clickOn("#jobs-close");
        assertFalse(window.isShowing());

        show(robot, new AuditLogView(audit, widths));
        robot.clickOn("#audit-table").type(KeyCode.ESCAPE);
        assertFalse(window.isShowing());
    }

    @Test
    void aColumnWidthTheUserSetsIsKeptForTheNextWindow(FxRobot robot) {
        show(robot, new JobsView(jobs, widths));
        TableView<JobItem> table = robot.lookup("#jobs-table").queryTableView();
        TableColumn<JobItem, ?> status = table.getColumns().get(3);
        robot.interact(() -> table.resizeColumn(status, 60));
        double set = status.getWidth();
        robot.interact(window::close);

        show(robot, new JobsView(jobs, widths));
        TableView<?> again = robot.lookup("#jobs-table").queryTableView();
        assertEquals(set, again.getColumns().get(3).getWidth(), 0.5);
        assertEquals(set, remembered.get("jobs-table/Status"), 0.5);
    }

    private void show(FxRobot robot, Parent view) {
        robot.interact(() -> {
            window = new Stage();
            Scene scene = new Scene(view, WIDTH, HEIGHT);
            ThemeManager.style(scene);
            window.setScene(scene);
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
