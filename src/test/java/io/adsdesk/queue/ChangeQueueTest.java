package io.adsdesk.queue;

import io.adsdesk.model.Program;
import io.adsdesk.model.change.ChangeField;
import io.adsdesk.model.change.ChangeState;
import io.adsdesk.model.change.ChangeValues;
import io.adsdesk.model.change.PendingChange;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangeQueueTest {
    private static final Instant NOW = Instant.parse("2026-03-19T20:00:00Z");
    private static final String ACCOUNT = "user @ https://partner-api.yelp.com";

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(NOW);
    private HibernateProgramRegistry registry;
    private ChangeQueue queue;

    @BeforeEach
    void open() {
        registry = HibernateProgramRegistry.open(dir.resolve("registry"));
        registry.upsertProgram(Programs.cpc("p1", 10000, 200L));
        registry.upsertProgram(Programs.cpc("p2", 20000, 300L));
        registry.upsertProgram(Programs.paused("p3"));
        queue = new ChangeQueue(registry, ACCOUNT, "user", clock);
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void percentChangeMakesOneChangePerProgramWithOldAndNewValues() {
        QueueSnapshot s = queue.queue(new BulkEdit.ChangeBudgetByPercent(BigDecimal.TEN), List.of("p1", "p2"), null);
        assertEquals(2, s.open().size());
        PendingChange first = s.open().getFirst().change();
        assertEquals("p1", first.programId());
        assertEquals(ChangeField.BUDGET, first.field());
        assertEquals("10000", first.oldValue());
        assertEquals("11000", first.newValue());
        assertEquals(ChangeState.PENDING, first.state());
        assertEquals("user", first.createdBy());
        assertEquals("$110.00", s.open().getFirst().newText());
        assertEquals("22000", s.open().get(1).change().newValue());
    }

    @Test
    void aSecondEditOfTheSameFieldReplacesTheValueAndKeepsTheOldOne() {
        queue.queue(new BulkEdit.ChangeBudgetByPercent(BigDecimal.TEN), List.of("p1"), null);
        QueueSnapshot s = queue.queue(new BulkEdit.ChangeBudgetByPercent(BigDecimal.TEN), List.of("p1"), null);
        assertEquals(1, s.open().size());
        assertEquals("10000", s.open().getFirst().change().oldValue());
        assertEquals("12100", s.open().getFirst().change().newValue(), "+10 % of the pending value");
    }

    @Test
    void anEditBackToTheOldValueRemovesTheChange() {
        queue.queue(new BulkEdit.SetBudget(15000), List.of("p1"), null);
        QueueSnapshot s = queue.queue(new BulkEdit.SetBudget(10000), List.of("p1"), null);
        assertTrue(s.open().isEmpty());
    }

    @Test
    void pauseOnAPausedProgramIsNoChange() {
        QueueSnapshot s = queue.queue(new BulkEdit.Pause(), List.of("p1", "p3"), null);
        assertEquals(List.of("p1"), s.open().stream().map(c -> c.change().programId()).toList());
        assertEquals(ChangeValues.RUNNING, s.open().getFirst().change().oldValue());
        assertEquals(ChangeValues.PAUSED, s.open().getFirst().change().newValue());
    }

    @Test
    void theQueueSurvivesAReopen() {
        Instant at = NOW.plus(Duration.ofHours(3));
        queue.queue(new BulkEdit.SetBudget(30000), List.of("p1", "p2"), at);
        registry.close();
        registry = HibernateProgramRegistry.open(dir.resolve("registry"));
        ChangeQueue reopened = new ChangeQueue(registry, ACCOUNT, "user", clock);
        List<PendingChange> open = reopened.open();
        assertEquals(2, open.size());
        assertEquals("30000", open.getFirst().newValue());
        assertEquals(at, open.getFirst().postAt());
        assertEquals(NOW, open.getFirst().createdAt());
        assertTrue(new ChangeQueue(registry, "someone else", "x", clock).open().isEmpty(), "per account");
    }

    @Test
    void undoAndRedoGoBackAndForthOverEdits() {
        queue.queue(new BulkEdit.SetBudget(30000), List.of("p1", "p2"), null);
        QueueSnapshot s = queue.queue(new BulkEdit.ChangeBudgetByAmount(-1000), List.of("p1"), null);
        assertEquals("Change budget by -$10.00", s.undoLabel());
        assertEquals("29000", s.byProgram().get("p1").get(ChangeField.BUDGET).change().newValue());

        s = queue.undo();
        assertEquals("30000", s.byProgram().get("p1").get(ChangeField.BUDGET).change().newValue());
        assertEquals("Set budget to $300.00", s.undoLabel());
        assertEquals("Change budget by -$10.00", s.redoLabel());

        s = queue.undo();
        assertTrue(s.open().isEmpty());
        assertFalse(s.canUndo());
        assertTrue(new ChangeQueue(registry, ACCOUNT, "user", clock).open().isEmpty(), "undo is stored");

        s = queue.redo();
        assertEquals(2, s.open().size());
        s = queue.redo();
        assertEquals("29000", s.byProgram().get("p1").get(ChangeField.BUDGET).change().newValue());
        assertNull(s.redoLabel());
        assertEquals(2, new ChangeQueue(registry, ACCOUNT, "user", clock).open().size(), "redo is stored");
    }

    @Test
    void revertThenUndoBringsTheSameChangesBack() {
        QueueSnapshot s = queue.queue(new BulkEdit.SetBudget(30000), List.of("p1", "p2"), null);
        List<Long> ids = s.open().stream().map(c -> c.change().id()).toList();
        s = queue.revert(List.of(ids.getFirst()));
        assertEquals(1, s.open().size());
        s = queue.undo();
        assertEquals(ids, s.open().stream().map(c -> c.change().id()).sorted().toList());
        assertEquals(2, new ChangeQueue(registry, ACCOUNT, "user", clock).open().size());
        s = queue.revertAll();
        assertTrue(s.open().isEmpty());
    }

    @Test
    void rescheduleSetsAndClearsPostAt() {
        QueueSnapshot s = queue.queue(new BulkEdit.Pause(), List.of("p1"), null);
        long id = s.open().getFirst().change().id();
        Instant at = NOW.plus(Duration.ofDays(1));
        s = queue.reschedule(List.of(id), at);
        assertEquals(List.of(id), s.scheduled().stream().map(c -> c.change().id()).toList());
        s = queue.reschedule(List.of(id), null);
        assertTrue(s.scheduled().isEmpty());
        s = queue.undo();
        assertEquals(at, s.open().getFirst().change().postAt());
    }

    @Test
    void listenersHearEveryEdit() {
        List<QueueSnapshot> heard = new ArrayList<>();
        queue.addListener(heard::add);
        queue.queue(new BulkEdit.SetBudget(30000), List.of("p1"), null);
        queue.undo();
        assertEquals(2, heard.size());
        assertTrue(heard.get(1).version() > heard.get(0).version());
        assertTrue(heard.get(1).open().isEmpty());
    }

    @Test
    void anInvalidChangeShowsAnErrorBesideItselfOnly() {
        QueueSnapshot s = queue.queue(new BulkEdit.SetBudget(2000), List.of("p1"), null);
        s = queue.queue(new BulkEdit.SetBudget(30000), List.of("p2"), null);
        Map<String, Map<ChangeField, CheckedChange>> marks = s.byProgram();
        assertTrue(marks.get("p1").get(ChangeField.BUDGET).blocked());
        assertEquals("The budget must be at least $25.00 a month.", marks.get("p1").get(ChangeField.BUDGET).summary());
        assertFalse(marks.get("p2").get(ChangeField.BUDGET).blocked());
    }

    @Test
    void editingOneValueInThePanel() {
        QueueSnapshot s = queue.queue(new BulkEdit.SetBudget(30000), List.of("p1"), null);
        long id = s.open().getFirst().change().id();
        s = queue.setNewValue(id, "45000");
        assertEquals("45000", s.open().getFirst().change().newValue());
        assertEquals("10000", s.open().getFirst().change().oldValue());
    }

    @Test
    void manyProgramsAreStoredInOneGo() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            Program p = Programs.cpc("m" + i, 10000 + i, null);
            registry.upsertProgram(p);
            ids.add(p.programId());
        }
        ChangeQueue fresh = new ChangeQueue(registry, ACCOUNT, "user", clock);
        QueueSnapshot s = fresh.queue(new BulkEdit.ChangeBudgetByPercent(BigDecimal.TEN), ids, null);
        assertEquals(2500, s.open().size());
        assertEquals(2500, s.open().stream().map(c -> c.change().id()).distinct().count(), "each its own id");
        assertEquals(2500, new ChangeQueue(registry, ACCOUNT, "user", clock).open().size());
    }
}
