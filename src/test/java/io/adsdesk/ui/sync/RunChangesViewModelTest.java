package io.adsdesk.ui.sync;

import io.adsdesk.testing.SyncWrites;

import io.adsdesk.export.ChangeLine;
import io.adsdesk.model.ChangeKind;
import io.adsdesk.model.ChangedField;
import io.adsdesk.model.RunChanges;
import io.adsdesk.model.SyncChange;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;
import io.adsdesk.testing.MemoryRegistry;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** History: the selected run's changes, one line per program or changed field, and their CSV. */
class RunChangesViewModelTest {
    private static final Instant AT = Instant.parse("2026-03-15T10:00:00Z");

    @TempDir
    Path dir;

    private final MemoryRegistry registry = new MemoryRegistry();
    private final SyncHistoryViewModel history = new SyncHistoryViewModel(new CurrentThreadTaskExecutor());

    private SyncRun syncWithChanges() {
        registry.upsertBusinesses(List.of(TestData.business("biz-1", "Blue Bottle")));
        SyncRun run = new SyncRun(0, AT, AT, SyncOutcome.SYNCED, 2, 1, 2, 1, 1, 0, 1, null);
        RunChanges log = new RunChanges(0, false, true, List.of(
                new SyncChange("p-1", "biz-1", ChangeKind.UPDATED, List.of(
                        new ChangedField("Monthly budget", "500.00", "750.00"), new ChangedField("Paused", "no", "yes"))),
                new SyncChange("p-2", "biz-1", ChangeKind.ADDED, List.of())), List.of());
        return SyncWrites.apply(registry, List.of(), List.of(), Set.of(), run, log);
    }

    @Test
    void selectingARunShowsItsChangesFieldByField() {
        SyncRun run = syncWithChanges();
        history.load(registry);

        history.changes().select(history.runs().getFirst());

        assertEquals(List.of(
                new ChangeLine(ChangeKind.UPDATED, "p-1", "biz-1", "Blue Bottle", "Monthly budget", "500.00", "750.00"),
                new ChangeLine(ChangeKind.UPDATED, "p-1", "biz-1", "Blue Bottle", "Paused", "no", "yes"),
                new ChangeLine(ChangeKind.ADDED, "p-2", "biz-1", "Blue Bottle", "", "", "")), history.changes().lines());
        assertEquals("Run " + run.id() + ": 1 added, 1 updated, 0 removed", history.changes().summaryProperty().get());
        assertTrue(history.changes().exportableProperty().get());
    }

    @Test
    void theChangesExportAsCsv() throws IOException {
        SyncRun run = syncWithChanges();
        history.load(registry);
        history.changes().select(history.runs().getFirst());
        Path file = dir.resolve("changes.csv");
        int[] written = new int[1];

        history.changes().exportCsv(file, n -> written[0] = n, e -> { throw new AssertionError(e); });

        assertEquals(3, written[0]);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("\uFEFFrun_id,change,program_id,yelp_business_id,business_name,field,old_value,new_value", lines.get(0));
        assertEquals(run.id() + ",updated,p-1,biz-1,Blue Bottle,Monthly budget,500.00,750.00", lines.get(1));
        assertEquals(4, lines.size());
    }

    @Test
    void aFirstSyncSaysItsProgramsAreNotListed() {
        SyncWrites.apply(registry, List.of(TestData.current("p-1", "CPC", "biz-1")), List.of(), Set.of(),
                new SyncRun(0, AT, AT, SyncOutcome.SYNCED, 1, 0, 1, 1, 0, 0, 1, null),
                new RunChanges(0, true, true, List.of(), List.of()));
        history.load(registry);

        history.changes().select(history.runs().getFirst());

        assertTrue(history.changes().lines().isEmpty());
        assertTrue(history.changes().summaryProperty().get().contains("first sync, 1 programs added"),
                history.changes().summaryProperty().get());
        assertFalse(history.changes().exportableProperty().get());
    }
}
