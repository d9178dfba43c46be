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

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PendingChangesViewModelTest {
    private static final Instant NOW = Instant.parse("2026-03-19T20:00:00Z");

    @TempDir
    Path dir;
    private HibernateProgramRegistry registry;
    private final PendingChangesViewModel model = new PendingChangesViewModel(new CurrentThreadTaskExecutor());
    private final List<String> ids = new ArrayList<>();

    @BeforeEach
    void open() {
        registry = HibernateProgramRegistry.open(dir.resolve("registry"));
        for (int i = 0; i < 50; i++) {
            String id = "p%02d".formatted(i);
            ids.add(id);
            registry.upsertProgram(new Program(id, "CPC", LocalDate.of(2026, 1, 5), null, true, false, 10_000L, 200L, "USD",
                    false, FeePeriod.CALENDAR_MONTH, 1000, 10, 500L, List.of(new ProgramBusiness("biz-" + id, null)),
                    List.of("plumbing"), List.of(), List.of(), List.of(), null));
        }
        model.setQueue(new ChangeQueue(registry, "demo", "demo", new MutableClock(NOW)));
    }

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void tenPercentOnFiftyProgramsShowsFiftyChangesWithOldAndNewValues() {
        model.queue(new BulkEdit.ChangeBudgetByPercent(BigDecimal.TEN), ids, null);
        assertEquals(50, model.changes().size());
        CheckedChange first = model.changes().getFirst();
        assertEquals(ChangeField.BUDGET, first.change().field());
        assertEquals("$100.00", first.oldText());
        assertEquals("$110.00", first.newText());
        assertEquals(50, model.byProgramProperty().get().size());
        assertNotNull(model.byProgramProperty().get().get("p07").get(ChangeField.BUDGET));
        assertNotNull(model.undoLabelProperty().get());
    }

    @Test
    void anInvalidValueBlocksOnlyItsOwnChange() {
        model.queue(new BulkEdit.ChangeBudgetByPercent(BigDecimal.TEN), ids, null);
        long id = model.changes().get(3).change().id();
        model.setNewValue(id, "1");
        long blocked = model.changes().stream().filter(CheckedChange::blocked).count();
        assertEquals(1, blocked);
        CheckedChange bad = model.changes().stream().filter(c -> c.change().id() == id).findFirst().orElseThrow();
        assertTrue(bad.blocked());
        assertTrue(!bad.summary().isBlank(), "the check says why");
    }

    @Test
    void undoAndRedoTakeAndGiveBackAWholeBulkEdit() {
        model.queue(new BulkEdit.ChangeBudgetByPercent(BigDecimal.TEN), ids, null);
        model.undo();
        assertEquals(0, model.changes().size());
        assertNull(model.undoLabelProperty().get());
        assertNotNull(model.redoLabelProperty().get());
        model.redo();
        assertEquals(50, model.changes().size());
    }

    @Test
    void revertRemovesTheChosenChangesAndRevertAllTheRest() {
        model.queue(new BulkEdit.ChangeBudgetByPercent(BigDecimal.TEN), ids, null);
        model.revert(List.of(model.changes().get(0).change().id(), model.changes().get(1).change().id()));
        assertEquals(48, model.changes().size());
        model.revertAll();
        assertEquals(0, model.changes().size());
        assertTrue(model.byProgramProperty().get().isEmpty());
    }

    @Test
    void theQueueSurvivesReopeningTheRegistry() {
        model.queue(new BulkEdit.Pause(), ids.subList(0, 5), null);
        registry.close();
        registry = HibernateProgramRegistry.open(dir.resolve("registry"));
        PendingChangesViewModel reopened = new PendingChangesViewModel(new CurrentThreadTaskExecutor());
        reopened.setQueue(new ChangeQueue(registry, "demo", "demo", new MutableClock(NOW)));
        assertEquals(5, reopened.changes().size());
        assertEquals(ChangeField.STATE, reopened.changes().getFirst().change().field());
    }
}
