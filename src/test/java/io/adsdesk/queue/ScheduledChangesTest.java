package io.adsdesk.queue;

import io.adsdesk.model.PacificDate;
import io.adsdesk.model.change.ChangeState;
import io.adsdesk.model.change.PendingChange;
import io.adsdesk.sandbox.SandboxProgram;
import io.adsdesk.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScheduledChangesTest {
    @TempDir
    Path dir;
    private QueueSandbox box;

    @AfterEach
    void close() {
        box.close();
    }

    private MutableClock clock() {
        return (MutableClock) box.clock;
    }

    @Test
    void aScheduledPauseWaitsForItsTimeThenIsPostedOnTime() throws Exception {
        box = new QueueSandbox(dir, 80);
        String id = box.runningCpc(1).getFirst();
        box.queue.queue(new BulkEdit.Pause(), List.of(id), QueueSandbox.START.plus(Duration.ofMinutes(30)));

        assertEquals(0, box.poster.postDue(PostProgress.NONE, () -> false).changes().size(), "not due yet");
        assertEquals(0, box.poster.postAll(PostProgress.NONE, () -> false).changes().size(), "post all leaves it too");
        assertFalse(box.atYelp(id).paused());

        clock().advance(Duration.ofMinutes(31));
        PostReport report = box.poster.postDue(PostProgress.NONE, () -> false);

        assertEquals(1, report.completed());
        assertTrue(report.late().isEmpty());
        assertNull(report.changes().getFirst().message());
        assertTrue(box.atYelp(id).paused());
    }

    @Test
    void aChangeThatCameDueWhileNothingRanIsPostedAndReportedLate() throws Exception {
        box = new QueueSandbox(dir, 80);
        String id = box.runningCpc(1).getFirst();
        Instant at = QueueSandbox.START.plus(Duration.ofMinutes(10));
        box.queue.queue(new BulkEdit.Pause(), List.of(id), at);
        box.restart();
        clock().advance(Duration.ofHours(5));

        PostReport report = box.poster.postDue(PostProgress.NONE, () -> false);

        assertEquals(1, report.late().size());
        PendingChange late = report.late().getFirst();
        assertEquals(ChangeState.COMPLETED, late.state());
        assertTrue(late.message().startsWith("Was due at ") && late.message().endsWith(", posted late."), late.message());
        assertEquals(late.message(), box.queue.history(5).getFirst().message(), "the history says so too");
    }

    @Test
    void aBudgetChangeAtTheStartOfALaterDayGoesToYelpAsItsOwnScheduledChange() throws Exception {
        box = new QueueSandbox(dir, 80);
        String id = box.runningCpc(1).getFirst();
        long budget = box.atYelp(id).budget();
        LocalDate day = QueueSandbox.TODAY.plusDays(5);
        Instant midnight = day.atStartOfDay(PacificDate.ZONE).toInstant();
        box.queue.queue(new BulkEdit.SetBudget(budget + 3000), List.of(id), midnight);

        PostReport report = box.poster.postDue(PostProgress.NONE, () -> false);

        assertEquals(1, report.completed(), report.changes().toString());
        assertEquals("Scheduled at Yelp: the new budget applies from " + day + ".", report.changes().getFirst().message());
        SandboxProgram atYelp = box.atYelp(id);
        assertEquals(budget, atYelp.budget(), "not yet");
        assertTrue(atYelp.futureBudgetChanges().stream()
                .anyMatch(c -> c.newBudget() == budget + 3000 && c.startDate().equals(day)), atYelp.toString());
    }
}
