package io.adsdesk.queue;

import io.adsdesk.model.Business;
import io.adsdesk.model.Program;
import io.adsdesk.model.SyncRun;
import io.adsdesk.model.change.PendingChange;
import io.adsdesk.registry.ChangeStore;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.registry.RegistryContents;
import io.adsdesk.registry.SyncWriter;
import io.adsdesk.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the queue reads from its registry: nothing it does not need, nothing twice. */
class QueueReadsTest {
    private final HibernateProgramRegistry registry = HibernateProgramRegistry.inMemory("queue-reads-" + System.nanoTime());
    private final Counting counting = new Counting(registry);

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void anEmptyQueueIsShownWithoutReadingThePrograms() {
        registry.upsertProgram(Programs.cpc("p1", 10000, 200L));
        ChangeQueue queue = new ChangeQueue(counting, "user @ https://partner-api.yelp.com", "user",
                new MutableClock(Instant.parse("2026-03-19T20:00:00Z")));

        assertTrue(queue.snapshot().open().isEmpty());
        assertEquals(0, counting.programLoads.get(), "an empty queue checks nothing, so reads no programs");
    }

    @Test
    void aBulkEditReadsTheStoredChangesOnceNotAgainAfterItsInserts() {
        for (int i = 0; i < 50; i++) {
            registry.upsertProgram(Programs.cpc("p" + i, 10000 + i, 200L));
        }
        ChangeQueue queue = new ChangeQueue(counting, "user @ https://partner-api.yelp.com", "user",
                new MutableClock(Instant.parse("2026-03-19T20:00:00Z")));
        List<String> ids = java.util.stream.IntStream.range(0, 50).mapToObj(i -> "p" + i).toList();

        QueueSnapshot s = queue.queue(new BulkEdit.ChangeBudgetByPercent(BigDecimal.TEN), ids, null);

        assertEquals(50, s.open().size());
        assertEquals(1, counting.openReads.get(), "the stored open changes are read once, before the edit");
        assertEquals(0, counting.openRowsRead.get(), "and there were none then");
    }

    /** The registry, counting reads of its programs and of its stored open changes. */
    private static final class Counting implements ProgramRegistry {
        private final HibernateProgramRegistry inner;
        final AtomicInteger programLoads = new AtomicInteger();
        final AtomicInteger openReads = new AtomicInteger();
        final AtomicInteger openRowsRead = new AtomicInteger();

        Counting(HibernateProgramRegistry inner) {
            this.inner = inner;
        }

        @Override
        public List<Program> findAll() {
            programLoads.incrementAndGet();
            return inner.findAll();
        }

        @Override
        public RegistryContents loadContents() {
            programLoads.incrementAndGet();
            return inner.loadContents();
        }

        @Override
        public int countPrograms() {
            return inner.countPrograms();
        }

        @Override
        public List<Business> findBusinesses() {
            return inner.findBusinesses();
        }

        @Override
        public SyncWriter openSyncWriter() {
            return inner.openSyncWriter();
        }

        @Override
        public SyncRun recordRun(SyncRun run) {
            return inner.recordRun(run);
        }

        @Override
        public void upsertBusinesses(Collection<Business> businesses) {
            inner.upsertBusinesses(businesses);
        }

        @Override
        public List<SyncRun> syncHistory(int limit) {
            return inner.syncHistory(limit);
        }

        @Override
        public Optional<Instant> lastSyncedAt() {
            return inner.lastSyncedAt();
        }

        @Override
        public ChangeStore changeStore() {
            ChangeStore store = inner.changeStore();
            return new ChangeStore() {
                @Override
                public List<PendingChange> insert(List<PendingChange> changes) {
                    return store.insert(changes);
                }

                @Override
                public void update(List<PendingChange> changes) {
                    store.update(changes);
                }

                @Override
                public void delete(Collection<Long> ids) {
                    store.delete(ids);
                }

                @Override
                public List<PendingChange> open(String account) {
                    openReads.incrementAndGet();
                    List<PendingChange> open = store.open(account);
                    openRowsRead.addAndGet(open.size());
                    return open;
                }

                @Override
                public List<PendingChange> history(String account, int limit) {
                    return store.history(account, limit);
                }

                @Override
                public Optional<PendingChange> find(long id) {
                    return store.find(id);
                }
            };
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
