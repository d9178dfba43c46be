package io.adsdesk.ui.queue;

import io.adsdesk.model.FeePeriod;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.queue.ChangeQueue;
import io.adsdesk.queue.CheckedChange;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.testing.MutableClock;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bulk change dialog, driven by keys and clicks: a bad value is refused beside its field, a good one is queued. */
@ExtendWith(ApplicationExtension.class)
class BulkChangeDialogJourneyTest {
    private static final Instant NOW = Instant.parse("2026-03-19T20:00:00Z");

    @TempDir
    static Path dir;
    private HibernateProgramRegistry registry;
    private PendingChangesViewModel pending;
    private BulkChangeDialog dialog;

    @Start
    void start(Stage stage) throws Exception {
        registry = HibernateProgramRegistry.open(java.nio.file.Files.createTempDirectory(dir, "r").resolve("registry"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String id = "p%02d".formatted(i);
            ids.add(id);
            registry.upsertProgram(new Program(id, "CPC", LocalDate.of(2026, 1, 5), null, true, false, 10_000L, 200L, "USD",
                    false, FeePeriod.CALENDAR_MONTH, 1000, 10, 500L, List.of(new ProgramBusiness("biz-" + id, null)),
                    List.of("plumbing"), List.of(), List.of(), List.of(), null));
        }
        pending = new PendingChangesViewModel(new CurrentThreadTaskExecutor());
        MutableClock clock = new MutableClock(NOW);
        pending.setQueue(new ChangeQueue(registry, "demo", "demo", clock));
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 800, 600));
        stage.show();
        dialog = new BulkChangeDialog(stage, pending, ids, BulkChangeForm.Kind.BUDGET_PERCENT, clock, ZoneId.of("UTC"));
        dialog.show();
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void tenPercentOnFiftyProgramsIsQueuedAfterABadValueIsRefused(FxRobot robot) {
        robot.clickOn("#change-value").write("ten");
        WaitForAsyncUtils.waitForFxEvents();
        Label problem = robot.lookup("#change-value-error").queryAs(Label.class);
        assertTrue(problem.isVisible());
        assertEquals("Not a percentage: type a number like 10 or -5.", problem.getText());
        assertTrue(robot.lookup("#change-queue").queryAs(Button.class).isDisabled());

        robot.doubleClickOn("#change-value").eraseText(3).write("10");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", problem.getText() == null ? "" : problem.getText());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(dialog.isShowing(), "Queue closes the dialog");
        assertEquals(50, pending.changes().size());
        CheckedChange first = pending.changes().getFirst();
        assertEquals("$100.00", first.oldText());
        assertEquals("$110.00", first.newText());
        assertEquals(null, first.change().postAt());
    }
}
