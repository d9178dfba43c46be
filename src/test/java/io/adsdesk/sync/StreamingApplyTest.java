package io.adsdesk.sync;

import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;
import io.adsdesk.registry.HibernateProgramRegistry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StreamingApplyTest {

    static Program program(String id, long budget) {
        return new Program(id, "CPC", null, null, true, false, budget, null, "USD", true, null, 0, 0, null,
                List.of(new ProgramBusiness("b1", null)), List.of(), List.of(), List.of(), List.of(), null);
    }

    static SyncRun run(StreamingApply.Applied draft) {
        var c = draft.counts();
        return new SyncRun(0, Instant.EPOCH, Instant.EPOCH, c.none() ? SyncOutcome.UP_TO_DATE : SyncOutcome.SYNCED,
                0, draft.storedBefore(), 0, c.added(), c.updated(), c.removed(), 0, null);
    }

    @Test
    void aProgramListedThreeTimesWhilePagingIsStoredOnceWithItsNewestValues() throws Exception {
        ExecutorService db = Executors.newSingleThreadExecutor();
        try (var registry = HibernateProgramRegistry.inMemory("streaming-dupes")) {
            try (StreamingApply apply = new StreamingApply(registry, db)) {
                apply.accept(List.of(program("a", 2500), program("b", 2500)));
                apply.accept(List.of(program("a", 3000)));
                apply.accept(List.of(program("a", 4000), program("a", 5000)));
                StreamingApply.Applied applied = apply.finish(List.of(), Set.of(), StreamingApplyTest::run);

                assertEquals(2, applied.counts().added());
                assertEquals(0, applied.counts().updated());
            }
            assertEquals(List.of(program("a", 5000), program("b", 2500)), registry.findAll());
        } finally {
            db.shutdown();
        }
    }

    @Test
    void closingWithoutFinishingLeavesTheRegistryAsItWas() throws Exception {
        ExecutorService db = Executors.newSingleThreadExecutor();
        try (var registry = HibernateProgramRegistry.inMemory("streaming-rollback")) {
            try (StreamingApply first = new StreamingApply(registry, db)) {
                first.accept(List.of(program("kept", 2500)));
                first.finish(List.of(), Set.of(), StreamingApplyTest::run);
            }
            try (StreamingApply second = new StreamingApply(registry, db)) {
                // More than one write batch, so rows really reach the open transaction before it is dropped.
                second.accept(java.util.stream.IntStream.range(0, 5000).mapToObj(i -> program("new" + i, 2500)).toList());
                second.accept(List.of(program("kept", 9999)));
                assertEquals(Set.of(), second.unseen());
            }
            assertEquals(List.of(program("kept", 2500)), registry.findAll());
        } finally {
            db.shutdown();
        }
    }
}
