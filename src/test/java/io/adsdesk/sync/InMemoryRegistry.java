package io.adsdesk.sync;

import io.adsdesk.model.Business;
import io.adsdesk.model.Program;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;
import io.adsdesk.registry.ProgramChanges;
import io.adsdesk.registry.ProgramRegistry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A registry in a map, counting the program rows written, for synchronizer tests. */
final class InMemoryRegistry implements ProgramRegistry {
    private final TreeMap<String, Program> programs = new TreeMap<>();
    private final TreeMap<String, Business> businesses = new TreeMap<>();
    private final List<SyncRun> runs = new ArrayList<>();
    final AtomicInteger programRowsWritten = new AtomicInteger();

    @Override
    public synchronized List<Program> findAll() {
        return List.copyOf(programs.values());
    }

    @Override
    public synchronized int countPrograms() {
        return programs.size();
    }

    @Override
    public synchronized List<Business> findBusinesses() {
        return List.copyOf(businesses.values());
    }

    @Override
    public synchronized SyncRun applySync(ProgramChanges changes, SyncRun run) {
        for (Program p : changes.added()) {
            if (programs.putIfAbsent(p.programId(), p) != null) {
                throw new IllegalStateException("duplicate " + p.programId());
            }
        }
        changes.updated().forEach(p -> programs.put(p.programId(), p));
        changes.removedIds().forEach(programs::remove);
        programRowsWritten.addAndGet(changes.rowsWritten());
        return recordRun(run);
    }

    @Override
    public synchronized SyncRun recordRun(SyncRun run) {
        SyncRun stored = new SyncRun(runs.size() + 1, run.startedAt(), run.finishedAt(), run.outcome(), run.totalApi(),
                run.totalDbBefore(), run.totalDbAfter(), run.added(), run.updated(), run.removed(), run.requests(), run.message());
        runs.add(stored);
        return stored;
    }

    @Override
    public synchronized void upsertBusinesses(Collection<Business> list) {
        list.forEach(b -> businesses.put(b.yelpBusinessId(), b));
    }

    @Override
    public synchronized List<SyncRun> syncHistory(int limit) {
        return runs.stream().sorted(Comparator.comparingLong(SyncRun::id).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized Optional<Instant> lastSyncedAt() {
        return runs.stream().filter(r -> r.outcome() == SyncOutcome.SYNCED || r.outcome() == SyncOutcome.UP_TO_DATE)
                .map(SyncRun::finishedAt).max(Comparator.naturalOrder());
    }

    @Override
    public void close() {
    }
}
