package io.adsdesk.ui.queue;

import io.adsdesk.model.FeePeriod;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.queue.BulkEdit;
import io.adsdesk.queue.ChangeQueue;
import io.adsdesk.queue.CheckedChange;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.testing.MutableClock;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.common.Theme;
import io.adsdesk.ui.common.ThemeManager;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Scheduled list on screen: countdowns that move with the clock, Cancel from the keyboard, Reschedule with Enter. */
@ExtendWith(ApplicationExtension.class)
class ScheduledChangesViewFxTest {
    /** 2026-03-19 13:00 in California. */
    private static final Instant NOW = Instant.parse("2026-03-19T20:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
    private final MutableClock clock = new MutableClock(NOW);
    private HibernateProgramRegistry registry;
    private PendingChangesViewModel pending;
    private ScheduledChangesViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        registry = HibernateProgramRegistry.open(Files.createTempDirectory("scheduled-view").resolve("registry"));
        for (String id : List.of("p1", "p2", "p3")) {
            registry.upsertProgram(new Program(id, "CPC", LocalDate.of(2026, 1, 5), null, true, false, 10_000L, 200L, "USD",
                    false, FeePeriod.CALENDAR_MONTH, 1000, 10, 500L, List.of(new ProgramBusiness("biz-" + id, null)),
                    List.of("plumbing"), List.of(), List.of(), List.of(), null));
        }
        pending = new PendingChangesViewModel(new CurrentThreadTaskExecutor());
        pending.setQueue(new ChangeQueue(registry, "demo", "demo", clock));
        pending.queue(new BulkEdit.Pause(), List.of("p1"), NOW.plus(Duration.ofMinutes(134)));
        pending.queue(new BulkEdit.SetBudget(20_000), List.of("p2"), NOW.plus(Duration.ofMinutes(30)));
        pending.queue(new BulkEdit.SetBudget(30_000), List.of("p3"), null);
        model = new ScheduledChangesViewModel(pending, clock, ZONE);
        new ThemeManager().apply(Theme.LIGHT);
        Scene scene = new Scene(new ScheduledChangesView(model, id -> "Business of " + id), 1200, 400);
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        registry.close();
    }

    private static String text(FxRobot robot, String programId, String columnId) {
        return robot.lookup("#scheduled-table .table-cell")
                .match((Node n) -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                        && columnId.equals(c.getTableColumn().getId()) && c.getTableRow() != null
                        && c.getTableRow().getItem() instanceof CheckedChange r && r.change().programId().equals(programId))
                .queryAs(TableCell.class).getText();
    }

    private TableView<CheckedChange> table(FxRobot robot) {
        return robot.lookup("#scheduled-table").queryTableView();
    }

    private void selectRow(FxRobot robot, int row) {
        robot.interact(() -> {
            table(robot).requestFocus();
            table(robot).getSelectionModel().clearAndSelect(row);
        });
    }

    @Test
    void theListShowsScheduledChangesSoonestFirstAndTheCountdownsMoveWithTheClock(FxRobot robot) {
        assertEquals(List.of("p2", "p1"), table(robot).getItems().stream().map(c -> c.change().programId()).toList(),
                "the unscheduled change is not listed");
        assertEquals("in 30 min 0 s", text(robot, "p2", "scheduled-countdown"));
        assertEquals("in 2 h 14 min", text(robot, "p1", "scheduled-countdown"));

        clock.advance(Duration.ofMinutes(29).plusSeconds(20));
        robot.interact(model::tick);

        assertEquals("in 40 s", text(robot, "p2", "scheduled-countdown"));
        assertEquals("in 1 h 44 min", text(robot, "p1", "scheduled-countdown"));
        clock.advance(Duration.ofMinutes(1));
        robot.interact(model::tick);
        assertEquals("due now", text(robot, "p2", "scheduled-countdown"));
    }

    @Test
    void deleteCancelsTheSelectedChangeAndCtrlZBringsItBack(FxRobot robot) {
        selectRow(robot, 0);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("p1"), table(robot).getItems().stream().map(c -> c.change().programId()).toList());
        assertEquals(2, pending.changes().size(), "the cancelled change left the queue");
        robot.interact(pending::undo);
        assertEquals(2, table(robot).getItems().size());
    }

    @Test
    void selectingFillsItsTimeAndEnterInTheTimeFieldReschedulesIt(FxRobot robot) {
        selectRow(robot, 1); // p1, 15:14 in California
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#scheduled-date").query().isFocused() || robot.lookup("#scheduled-date .text-field")
                .query().isFocused(), "F2 goes to the new day");
        assertEquals(LocalDate.of(2026, 3, 19), model.dateProperty().get());
        assertEquals("15:14", model.timeProperty().get());

        robot.interact(() -> model.dateProperty().set(LocalDate.of(2026, 3, 20)));
        robot.clickOn("#scheduled-time").push(KeyCode.CONTROL, KeyCode.A).write("08:05").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Instant.parse("2026-03-20T15:05:00Z"), pending.changes().stream()
                .filter(c -> c.change().programId().equals("p1")).findFirst().orElseThrow().change().postAt());
        assertEquals("2026-03-20 08:05", text(robot, "p1", "scheduled-post-at"));
        assertEquals("in 19 h 5 min", text(robot, "p1", "scheduled-countdown"));
        assertEquals("p1", table(robot).getSelectionModel().getSelectedItem().change().programId(),
                "the moved change stays selected");
    }

    @Test
    void aTimeThatHasPassedIsRefusedWithAClearLineAndNothingMoves(FxRobot robot) {
        selectRow(robot, 0); // p2, 13:30 in California
        robot.clickOn("#scheduled-time").push(KeyCode.CONTROL, KeyCode.A).write("12:30").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("That time has passed: pick a later one.", robot.lookup("#scheduled-error").queryAs(Label.class).getText());
        assertEquals("2026-03-19 13:30", text(robot, "p2", "scheduled-post-at"));
        assertEquals(NOW.plus(Duration.ofMinutes(30)), pending.changes().stream()
                .filter(c -> c.change().programId().equals("p2")).findFirst().orElseThrow().change().postAt());
    }
}
