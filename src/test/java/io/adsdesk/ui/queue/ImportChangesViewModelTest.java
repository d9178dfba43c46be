package io.adsdesk.ui.queue;

import io.adsdesk.model.FeePeriod;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.queue.ChangeQueue;
import io.adsdesk.queue.ImportResult;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.testing.MutableClock;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Import changes from CSV…" in the view model: queued when clean, nothing queued with any error. */
class ImportChangesViewModelTest {
    private static final Instant NOW = Instant.parse("2026-03-19T20:00:00Z");

    @TempDir
    Path dir;
    private HibernateProgramRegistry registry;
    private final PendingChangesViewModel model = new PendingChangesViewModel(new CurrentThreadTaskExecutor());
    private final Map<String, Program> programs = new HashMap<>();
    private final MutableClock clock = new MutableClock(NOW);

    @BeforeEach
    void open() {
        registry = HibernateProgramRegistry.open(dir.resolve("registry"));
        for (int i = 1; i <= 3; i++) {
            String id = "p" + i;
            Program p = new Program(id, "CPC", LocalDate.of(2026, 1, 5), null, true, false, 10_000L, 200L, "USD",
                    false, FeePeriod.CALENDAR_MONTH, 1000, 10, 500L, List.of(new ProgramBusiness("biz-" + id, null)),
                    List.of("plumbing"), List.of(), List.of(), List.of(), null);
            registry.upsertProgram(p);
            programs.put(id, p);
        }
        model.setQueue(new ChangeQueue(registry, "demo", "demo", clock));
    }

    @AfterEach
    void close() {
        registry.close();
    }

    private ImportResult importText(String csv) throws Exception {
        Path file = dir.resolve("changes.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        AtomicReference<ImportResult> result = new AtomicReference<>();
        model.importCsv(file, programs, clock, result::set);
        return result.get();
    }

    @Test
    void aCleanFileIsQueuedAsOneUndoStep() throws Exception {
        ImportResult r = importText("\uFEFFprogram_id,budget_cents\np1,12000\np3,20000\n");
        assertTrue(r.valid());
        assertEquals(2, model.changes().size());
        assertEquals("$120.00", model.changes().getFirst().newText());
        model.undo();
        assertTrue(model.changes().isEmpty(), "one undo removes the whole import");
    }

    @Test
    void anyErrorQueuesNothingAndNamesRowAndColumn() throws Exception {
        ImportResult r = importText("program_id,budget_cents\np1,12000\np2,lots\n");
        assertFalse(r.valid());
        assertTrue(model.changes().isEmpty(), "nothing queued");
        List<String> lines = ImportProblemsDialog.lines(r);
        assertTrue(lines.getFirst().startsWith("Error: Row 3, budget_cents"), lines.getFirst());
        assertTrue(ImportProblemsDialog.summary(r).contains("nothing was queued"));
    }

    @Test
    void anUnreadableFileSaysSoInOneLine() {
        model.importCsv(dir.resolve("missing.csv"), programs, clock, r -> { });
        assertNotNull(model.errorProperty().get());
        assertTrue(model.errorProperty().get().startsWith("Could not import missing.csv"), model.errorProperty().get());
        assertTrue(model.changes().isEmpty());
    }
}
