package io.adsdesk.registry;

import io.adsdesk.testing.SyncWrites;

import io.adsdesk.model.ChangeKind;
import io.adsdesk.model.ChangedField;
import io.adsdesk.model.Program;
import io.adsdesk.model.RunChanges;
import io.adsdesk.model.SyncChange;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The change log a sync stores with its run, and how long it is kept. */
class ChangeLogTest {
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private static SyncRun run(Instant at) {
        return new SyncRun(0, at, at.plusSeconds(2), SyncOutcome.SYNCED, 1, 0, 1, 0, 1, 0, 3, null);
    }

    private static RunChanges updateOf(String id, String old, String now) {
        return new RunChanges(0, false, true,
                List.of(new SyncChange(id, "biz-1", ChangeKind.UPDATED, List.of(new ChangedField("Monthly budget", old, now)))),
                List.of());
    }

    @Test
    void aRemovedProgramIsKeptWholeWithTheRunThatRemovedIt() {
        try (var registry = HibernateProgramRegistry.inMemory("changelog-removed")) {
            Program full = HibernateProgramRegistryTest.program("-A1b2C3d4E5f6G7h8I9j0_", 250000);
            Program sparse = HibernateProgramRegistryTest.plain("_sparse0000000000000000");
            SyncWrites.apply(registry, List.of(full, sparse), List.of(), Set.of(), run(T0));
            RunChanges log = new RunChanges(0, false, true, List.of(
                    new SyncChange(full.programId(), full.primaryBusinessId(), ChangeKind.REMOVED, List.of()),
                    new SyncChange(sparse.programId(), sparse.primaryBusinessId(), ChangeKind.REMOVED, List.of())),
                    List.of(full, sparse));

            SyncRun stored = SyncWrites.apply(registry, List.of(), List.of(),
                    Set.of(full.programId(), sparse.programId()), run(T0.plusSeconds(60)), log);

            RunChanges read = registry.changesOf(stored.id()).orElseThrow();
            assertEquals(log.withRunId(stored.id()), read);
            assertTrue(registry.findAll().isEmpty());
        }
    }

    @Test
    void changesArePrunedPastTheLastFiftySyncs() {
        try (var registry = HibernateProgramRegistry.inMemory("changelog-fifty")) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < ChangeRows.KEEP_RUNS + 5; i++) {
                // A failed run in between does not count as a sync that changed something.
                registry.recordRun(new SyncRun(0, T0, T0, SyncOutcome.FAILED, 0, 0, 0, 0, 0, 0, 1, "offline"));
                ids.add(SyncWrites.apply(registry, List.of(), List.of(), Set.of(),
                        run(T0.plusSeconds(60L * i)), updateOf("p" + i, "1.00", "2.00")).id());
            }

            for (int i = 0; i < ids.size(); i++) {
                RunChanges c = registry.changesOf(ids.get(i)).orElseThrow();
                boolean kept = i >= 5;
                assertEquals(kept, c.recorded(), "run " + i);
                assertEquals(kept ? 1 : 0, c.changes().size(), "run " + i);
            }
        }
    }

    @Test
    void changesOlderThanNinetyDaysArePrunedEvenWithinFiftySyncs() {
        try (var registry = HibernateProgramRegistry.inMemory("changelog-days")) {
            long old = SyncWrites.apply(registry, List.of(), List.of(), Set.of(), run(T0),
                    updateOf("a", "1.00", "2.00")).id();
            long recent = SyncWrites.apply(registry, List.of(), List.of(), Set.of(),
                    run(T0.plus(Duration.ofDays(80))), updateOf("b", "2.00", "3.00")).id();
            assertTrue(registry.changesOf(old).orElseThrow().recorded(), "80 days old: kept");

            SyncWrites.apply(registry, List.of(), List.of(), Set.of(), run(T0.plus(Duration.ofDays(91))),
                    updateOf("c", "3.00", "4.00"));

            RunChanges pruned = registry.changesOf(old).orElseThrow();
            assertFalse(pruned.recorded());
            assertTrue(pruned.changes().isEmpty());
            assertEquals(1, registry.changesOf(recent).orElseThrow().changes().size());
        }
    }
}
