package io.adsdesk.ui.shell;

import io.adsdesk.model.change.ChangeField;
import io.adsdesk.model.change.ChangeState;
import io.adsdesk.model.change.PendingChange;
import io.adsdesk.queue.BulkEdit;
import io.adsdesk.queue.CheckedChange;
import io.adsdesk.queue.QueueSandbox;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.testing.MutableClock;
import io.adsdesk.ui.programs.ProgramRow;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import static io.adsdesk.ui.shell.QueueJourneyApp.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The change queue's journeys through the main window against the sandbox: a conflict resolved both
 * ways, undo and redo from the keyboard, a restart that keeps the queue, and a scheduled pause that
 * fires while the app runs. The sandbox, the queue and the due check share a clock the test moves.
 */
@ExtendWith(ApplicationExtension.class)
class QueueJourneysTest {
    private static final int PROGRAMS = 120;
    private Stage stage;
    private QueueSandbox box;
    private QueueJourneyApp app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** The sandbox (built off the FX thread: it mirrors the account into a registry) and the window over it. */
    private void launch(FxRobot robot) throws Exception {
        box = new QueueSandbox(Files.createTempDirectory("queue-journeys"), SandboxConfig.defaults()
                .withPrograms(PROGRAMS).withBusinesses(30).withSeed(11).withJobDelayMs(0), new MutableClock(QueueSandbox.START));
        robot.interact(() -> app = new QueueJourneyApp(stage, box));
        app.openAccount(robot, PROGRAMS);
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        if (box != null) {
            box.close();
        }
    }

    private MutableClock clock() {
        return (MutableClock) box.clock;
    }

    private TableView<ProgramRow> programsTable(FxRobot robot) {
        return robot.lookup("#programs-table").queryTableView();
    }

    /** Selects these programs' rows in the table, which gets the focus. */
    private void select(FxRobot robot, List<String> ids) {
        TableView<ProgramRow> table = programsTable(robot);
        Set<String> wanted = Set.copyOf(ids);
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (wanted.contains(table.getItems().get(i).programId())) {
                    table.getSelectionModel().select(i);
                }
            }
            table.requestFocus();
        });
        assertEquals(ids.size(), table.getSelectionModel().getSelectedItems().size());
    }

    /** Ctrl+Shift+B, "10", Enter: +10 % budget on the selection, through the bulk change dialog. */
    private void tenPercentMore(FxRobot robot, int expectedChanges) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B).release(KeyCode.B, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#change-value").write("10").type(KeyCode.ENTER);
        waitUntil(() -> app.dashboard.pendingChanges().changes().size() == expectedChanges
                && !app.dashboard.pendingChanges().busyProperty().get());
    }

    private void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private PendingChange lastFinished(String programId) {
        return app.dashboard.posting().history().stream().filter(c -> c.programId().equals(programId))
                .findFirst().orElseThrow(() -> new AssertionError("no finished change of " + programId));
    }

    private void selectInPane(FxRobot robot, String programId) {
        TableView<CheckedChange> pane = robot.lookup("#pending-table").queryTableView();
        robot.interact(() -> {
            pane.getSelectionModel().clearSelection();
            for (int i = 0; i < pane.getItems().size(); i++) {
                if (pane.getItems().get(i).change().programId().equals(programId)) {
                    pane.getSelectionModel().select(i);
                }
            }
        });
        assertEquals(1, pane.getSelectionModel().getSelectedItems().size());
    }

    @Test
    void aProgramChangedAtYelpBeforePostingIsAConflictResolvedWithKeepMineAndWithTakeYelps(FxRobot robot)
            throws Exception {
        launch(robot);
        List<String> ids = box.runningCpc(2);
        String mine = ids.get(0);
        String yelps = ids.get(1);
        long mineBefore = box.atYelp(mine).budget();
        long yelpsBefore = box.atYelp(yelps).budget();
        select(robot, ids);
        tenPercentMore(robot, 2);
        // Someone else changes both budgets in Yelp's dashboard before the changes are posted.
        box.sandbox.account().changeBudget(mine, mineBefore + 100);
        box.sandbox.account().changeBudget(yelps, yelpsBefore + 200);

        ctrl(robot, KeyCode.J);
        robot.clickOn("#pending-post-all");
        waitUntil(() -> !app.dashboard.posting().postingProperty().get()
                && app.dashboard.pendingChanges().changes().stream().allMatch(c -> c.change().state() == ChangeState.CONFLICT));

        assertEquals("2 conflicts.", app.dashboard.posting().messageProperty().get());
        assertTrue(app.pendingOf(mine, ChangeField.BUDGET).orElseThrow().message().contains("now $"),
                "the pane says what Yelp has now");
        assertEquals(mineBefore + 100, box.atYelp(mine).budget(), "nothing was sent");
        assertEquals(yelpsBefore + 200, box.atYelp(yelps).budget(), "nothing was sent");

        selectInPane(robot, mine);
        robot.clickOn("#pending-keep-mine");
        waitUntil(() -> app.pendingOf(mine, ChangeField.BUDGET).isEmpty() && !app.dashboard.posting().postingProperty().get());

        long mineAfter = Math.round(mineBefore * 1.1);
        assertEquals(ChangeState.COMPLETED, lastFinished(mine).state());
        assertEquals(String.valueOf(mineBefore + 100), lastFinished(mine).oldValue(), "made against Yelp's value");
        assertEquals(mineAfter, box.atYelp(mine).budget(), "Yelp has mine");
        assertEquals(mineAfter, box.inRegistry(mine).budgetCents(), "the registry has mine");
        waitUntil(() -> Long.valueOf(mineAfter).equals(app.row(mine).program().budgetCents()));
        assertFalse(app.dashboard.programs().pendingMarksProperty().get().containsKey(mine));

        selectInPane(robot, yelps);
        robot.clickOn("#pending-take-yelps");
        waitUntil(() -> app.pendingOf(yelps, ChangeField.BUDGET).isEmpty() && !app.dashboard.posting().postingProperty().get());

        assertEquals(ChangeState.CANCELLED, lastFinished(yelps).state());
        assertEquals(yelpsBefore + 200, box.atYelp(yelps).budget(), "Yelp keeps its value");
        assertEquals(yelpsBefore + 200, box.inRegistry(yelps).budgetCents(), "the registry takes Yelp's value");
        waitUntil(() -> Long.valueOf(yelpsBefore + 200).equals(app.row(yelps).program().budgetCents()));
        assertTrue(app.dashboard.programs().pendingMarksProperty().get().isEmpty(), "no mark is left");
        assertTrue(app.dashboard.pendingChanges().changes().isEmpty());
    }

    @Test
    void ctrlZTakesBackTheMarksOfABulkEditAndCtrlYGivesThemBack(FxRobot robot) throws Exception {
        launch(robot);
        List<String> ids = box.runningCpc(3);
        long before = box.inRegistry(ids.getFirst()).budgetCents();
        select(robot, ids);
        tenPercentMore(robot, 3);
        assertEquals(Set.copyOf(ids), app.dashboard.programs().pendingMarksProperty().get().keySet(), "the cells are marked");

        robot.interact(() -> programsTable(robot).requestFocus());
        ctrl(robot, KeyCode.Z);
        app.settle();

        assertTrue(app.dashboard.programs().pendingMarksProperty().get().isEmpty(), "undo takes the marks away");
        assertTrue(app.dashboard.pendingChanges().changes().isEmpty());
        assertNull(app.dashboard.pendingChanges().undoLabelProperty().get());

        ctrl(robot, KeyCode.Y);
        app.settle();

        assertEquals(Set.copyOf(ids), app.dashboard.programs().pendingMarksProperty().get().keySet(), "redo marks them again");
        assertEquals(String.valueOf(Math.round(before * 1.1)),
                app.pendingOf(ids.getFirst(), ChangeField.BUDGET).orElseThrow().newValue());
        assertEquals(before, box.atYelp(ids.getFirst()).budget(), "nothing reached Yelp");
    }

    @Test
    void theQueueAndItsMarksAreBackAfterTheAppIsClosedAndOpenedAgain(FxRobot robot) throws Exception {
        launch(robot);
        List<String> ids = box.runningCpc(3);
        select(robot, ids.subList(0, 2));
        tenPercentMore(robot, 2);
        Instant pauseAt = QueueSandbox.START.plus(Duration.ofHours(3));
        robot.interact(() -> app.dashboard.pendingChanges().queue(new BulkEdit.Pause(), List.of(ids.get(2)), pauseAt));
        waitUntil(() -> app.dashboard.pendingChanges().changes().size() == 3);
        String firstNew = app.pendingOf(ids.getFirst(), ChangeField.BUDGET).orElseThrow().newValue();

        robot.interact(() -> {
            app.quit();
            stage.hide();
        });
        box.open(); // the registry as the next start finds it
        robot.interact(() -> app = new QueueJourneyApp(stage, box));
        app.openAccount(robot, PROGRAMS);
        waitUntil(() -> app.dashboard.pendingChanges().changes().size() == 3);

        assertEquals(firstNew, app.pendingOf(ids.getFirst(), ChangeField.BUDGET).orElseThrow().newValue());
        assertEquals(pauseAt, app.pendingOf(ids.get(2), ChangeField.STATE).orElseThrow().postAt());
        waitUntil(() -> app.dashboard.programs().pendingMarksProperty().get().keySet().equals(Set.copyOf(ids)));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.J).release(KeyCode.J, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<CheckedChange> scheduled = robot.lookup("#scheduled-table").queryTableView();
        assertEquals(List.of(ids.get(2)), scheduled.getItems().stream().map(c -> c.change().programId()).toList());
        assertEquals("Scheduled (1)", scheduledTab(robot).getText());
    }

    private Tab scheduledTab(FxRobot robot) {
        TabPane tabs = robot.lookup("#pending-tabs").queryAs(TabPane.class);
        return tabs.getTabs().stream().filter(t -> "pending-scheduled-tab".equals(t.getId())).findFirst().orElseThrow();
    }

    @Test
    void aPauseScheduledInTheDialogFiresAtItsTimeWhileTheAppRuns(FxRobot robot) throws Exception {
        launch(robot);
        String id = box.runningCpc(1).getFirst();
        select(robot, List.of(id));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Instant at = QueueSandbox.START.plus(Duration.ofMinutes(10));
        ZonedDateTime local = at.atZone(ZoneId.systemDefault()); // the dialog asks in the user's zone
        robot.interact(() -> robot.lookup("#post-date").queryAs(DatePicker.class).setValue(local.toLocalDate()));
        robot.clickOn("#post-time").write(DateTimeFormatter.ofPattern("HH:mm").format(local)).type(KeyCode.ENTER);
        waitUntil(() -> app.pendingOf(id, ChangeField.STATE).isPresent() && !app.dashboard.pendingChanges().busyProperty().get());
        assertEquals(at, app.pendingOf(id, ChangeField.STATE).orElseThrow().postAt());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.J).release(KeyCode.J, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scheduledTab(robot).isSelected(), "Ctrl+Shift+J shows the Scheduled tab");
        assertTrue(robot.lookup("#scheduled-table").query().isFocused(), "its list has the keyboard");
        assertEquals("in 10 min 0 s", countdownText(robot, id));

        robot.interact(app.window::checkDue);
        app.settle();
        assertFalse(box.atYelp(id).paused(), "not before its time");
        assertTrue(app.pendingOf(id, ChangeField.STATE).isPresent());

        clock().advance(Duration.ofMinutes(10).plusSeconds(30));
        waitUntil(() -> "due now".equals(countdownText(robot, id))); // the countdown reads the clock every second
        robot.interact(app.window::checkDue);
        waitUntil(() -> app.pendingOf(id, ChangeField.STATE).isEmpty() && !app.dashboard.posting().postingProperty().get());

        PendingChange fired = lastFinished(id);
        assertEquals(ChangeState.COMPLETED, fired.state());
        assertNull(fired.message(), "on time: not reported late");
        assertTrue(box.atYelp(id).paused(), "Yelp paused it");
        assertTrue(box.inRegistry(id).paused(), "read back into the registry");
        waitUntil(() -> app.row(id).program().paused());
        assertEquals("Scheduled (0)", scheduledTab(robot).getText());
        assertTrue(robot.lookup("#scheduled-table").queryTableView().getItems().isEmpty());
    }

    private static String countdownText(FxRobot robot, String programId) {
        return robot.lookup("#scheduled-table .table-cell")
                .match((javafx.scene.Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableColumn() != null
                        && "scheduled-countdown".equals(c.getTableColumn().getId()) && c.getTableRow() != null
                        && c.getTableRow().getItem() instanceof CheckedChange r && r.change().programId().equals(programId))
                .tryQueryAs(javafx.scene.control.Labeled.class).map(javafx.scene.control.Labeled::getText).orElse(null);
    }
}
