package io.adsdesk.ui.queue;

import io.adsdesk.model.FeePeriod;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.model.change.ChangeField;
import io.adsdesk.queue.BulkEdit;
import io.adsdesk.queue.ChangeQueue;
import io.adsdesk.queue.CheckedChange;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.testing.MutableClock;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScheduledChangesViewModelTest {
    /** 2026-03-19 13:00 in California. */
    private static final Instant NOW = Instant.parse("2026-03-19T20:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

    @TempDir
    Path dir;
    private HibernateProgramRegistry registry;
    private final MutableClock clock = new MutableClock(NOW);
    private final PendingChangesViewModel pending = new PendingChangesViewModel(new CurrentThreadTaskExecutor());
    private ScheduledChangesViewModel model;

    @BeforeEach
    void open() {
        registry = HibernateProgramRegistry.open(dir.resolve("registry"));
        for (String id : List.of("p1", "p2", "p3")) {
            registry.upsertProgram(new Program(id, "CPC", LocalDate.of(2026, 1, 5), null, true, false, 10_000L, 200L, "USD",
                    false, FeePeriod.CALENDAR_MONTH, 1000, 10, 500L, List.of(new ProgramBusiness("biz-" + id, null)),
                    List.of("plumbing"), List.of(), List.of(), List.of(), null));
        }
        pending.setQueue(new ChangeQueue(registry, "demo", "demo", clock));
        model = new ScheduledChangesViewModel(pending, clock, ZONE);
    }

    @AfterEach
    void close() {
        registry.close();
    }

    private long idOf(String programId) {
        return pending.changes().stream().filter(c -> c.change().programId().equals(programId))
                .findFirst().orElseThrow().change().id();
    }

    private CheckedChange scheduled(String programId) {
        return model.scheduled().stream().filter(c -> c.change().programId().equals(programId)).findFirst().orElseThrow();
    }

    @Test
    void onlyScheduledChangesAreListedSoonestFirstWithALiveCountdown() {
        pending.queue(new BulkEdit.Pause(), List.of("p1"), NOW.plus(Duration.ofMinutes(134)));
        pending.queue(new BulkEdit.SetBudget(20_000), List.of("p2"), NOW.plus(Duration.ofMinutes(30)));
        pending.queue(new BulkEdit.SetBudget(30_000), List.of("p3"), null);

        assertEquals(List.of("p2", "p1"), model.scheduled().stream().map(c -> c.change().programId()).toList());
        assertEquals("in 30 min 0 s", model.countdown(scheduled("p2")));
        assertEquals("in 2 h 14 min", model.countdown(scheduled("p1")));
        assertEquals("2026-03-19 15:14", model.postAt(scheduled("p1")), "shown in the user's zone");

        clock.advance(Duration.ofMinutes(10).plusSeconds(15));
        assertEquals("in 2 h 14 min", model.countdown(scheduled("p1")), "nothing moves before the next tick");
        model.tick();
        assertEquals("in 19 min 45 s", model.countdown(scheduled("p2")));
        assertEquals("in 2 h 3 min", model.countdown(scheduled("p1")));
    }

    @Test
    void theCountdownShowsItsTwoLargestUnitsRoundedUpToTheSecond() {
        assertEquals("in 3 d 4 h", ScheduledChangesViewModel.countdown(NOW.plus(Duration.ofHours(76).plusMinutes(59)), NOW));
        assertEquals("in 1 h 0 min", ScheduledChangesViewModel.countdown(NOW.plus(Duration.ofHours(1)), NOW));
        assertEquals("in 1 s", ScheduledChangesViewModel.countdown(NOW.plusMillis(200), NOW));
        assertEquals("in 1 min 0 s", ScheduledChangesViewModel.countdown(NOW.plusSeconds(60), NOW));
        assertEquals("due now", ScheduledChangesViewModel.countdown(NOW, NOW));
        assertEquals("due now", ScheduledChangesViewModel.countdown(NOW.minusSeconds(90), NOW));
    }

    @Test
    void rescheduleMovesTheChangeToTheTypedTimeInTheUsersZoneAndUndoMovesItBack() {
        Instant first = NOW.plus(Duration.ofHours(1));
        pending.queue(new BulkEdit.Pause(), List.of("p1"), first);
        long id = idOf("p1");

        model.dateProperty().set(LocalDate.of(2026, 3, 21));
        model.timeProperty().set("9:30");
        assertNull(model.problem());
        assertTrue(model.reschedule(List.of(id)));

        Instant moved = Instant.parse("2026-03-21T16:30:00Z"); // 09:30 in California (PDT)
        assertEquals(moved, scheduled("p1").change().postAt());
        assertEquals("in 1 d 20 h", model.countdown(scheduled("p1")));
        pending.undo();
        assertEquals(first, scheduled("p1").change().postAt());
    }

    @Test
    void aTimeInThePastIsRefusedWithOneClearLineAndNothingMoves() {
        Instant at = NOW.plus(Duration.ofHours(1));
        pending.queue(new BulkEdit.Pause(), List.of("p1"), at);
        long id = idOf("p1");

        model.dateProperty().set(LocalDate.of(2026, 3, 19));
        model.timeProperty().set("12:59");
        assertFalse(model.reschedule(List.of(id)));
        assertEquals("That time has passed: pick a later one.", model.errorProperty().get());
        assertEquals(at, scheduled("p1").change().postAt());

        model.timeProperty().set("25:00");
        assertEquals("Type the time as hours and minutes, like 09:30.", model.problem());
        assertNull(model.errorProperty().get(), "typing clears the last refusal");
        model.dateProperty().set(null);
        assertEquals("Pick the day to post on.", model.problem());
        assertFalse(model.reschedule(List.of(id)));
        assertEquals(at, scheduled("p1").change().postAt());
    }

    @Test
    void cancelRemovesTheScheduledChangeAndUndoBringsItBack() {
        pending.queue(new BulkEdit.Pause(), List.of("p1"), NOW.plus(Duration.ofHours(1)));
        pending.queue(new BulkEdit.SetBudget(20_000), List.of("p2"), NOW.plus(Duration.ofHours(2)));

        model.cancel(List.of(idOf("p1")));

        assertEquals(List.of("p2"), model.scheduled().stream().map(c -> c.change().programId()).toList());
        assertEquals(1, pending.changes().size(), "the cancelled pause is gone from the queue too");
        pending.undo();
        assertEquals(List.of("p1", "p2"), model.scheduled().stream().map(c -> c.change().programId()).toList());
    }

    @Test
    void unscheduleKeepsTheChangePendingWithoutATime() {
        pending.queue(new BulkEdit.Pause(), List.of("p1"), NOW.plus(Duration.ofHours(1)));

        model.unschedule(List.of(idOf("p1")));

        assertTrue(model.scheduled().isEmpty());
        assertEquals(1, pending.changes().size());
        assertEquals(ChangeField.STATE, pending.changes().getFirst().change().field());
        assertNull(pending.changes().getFirst().change().postAt());
    }

    @Test
    void editFillsTheFieldsWithTheChangesTimeInTheUsersZone() {
        pending.queue(new BulkEdit.Pause(), List.of("p1"), Instant.parse("2026-03-20T01:15:00Z"));

        model.edit(scheduled("p1"));

        assertEquals(LocalDate.of(2026, 3, 19), model.dateProperty().get());
        assertEquals("18:15", model.timeProperty().get());
    }

    @Test
    void aNewTimeSurvivesARestart() {
        pending.queue(new BulkEdit.Pause(), List.of("p1"), NOW.plus(Duration.ofHours(1)));
        model.dateProperty().set(LocalDate.of(2026, 3, 22));
        model.timeProperty().set("08:00");
        model.reschedule(List.of(idOf("p1")));

        registry.close();
        registry = HibernateProgramRegistry.open(dir.resolve("registry"));
        PendingChangesViewModel reopened = new PendingChangesViewModel(new CurrentThreadTaskExecutor());
        reopened.setQueue(new ChangeQueue(registry, "demo", "demo", clock));
        ScheduledChangesViewModel again = new ScheduledChangesViewModel(reopened, clock, ZONE);

        assertEquals(1, again.scheduled().size());
        assertEquals("2026-03-22 08:00", again.postAt(again.scheduled().getFirst()));
        assertEquals("in 2 d 19 h", again.countdown(again.scheduled().getFirst()));
    }
}
