package io.adsdesk.testing;

import io.adsdesk.model.Business;
import io.adsdesk.model.Program;
import io.adsdesk.model.RunChanges;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;
import io.adsdesk.registry.ProgramChanges;
import io.adsdesk.registry.ProgramRegistry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A thread-safe in-memory {@link ProgramRegistry} for tests; counts the program rows it writes. */
public final class MemoryRegistry implements ProgramRegistry {
    private final Map<String, Program> programs = new TreeMap<>();
    private final Map<String, Business> businesses = new TreeMap<>();
    private final List<SyncRun> runs = new ArrayList<>();
    private long nextRunId = 1;
    private final Map<Long, RunChanges> logs = new java.util.HashMap<>();
    /** Program rows inserted, replaced or deleted so far. */
    public final AtomicInteger programRowsWritten = new AtomicInteger();

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
        changes.removedIds().forEach(programs::remove);
        changes.updated().forEach(p -> programs.put(p.programId(), p));
        for (Program p : changes.added()) {
            if (programs.putIfAbsent(p.programId(), p) != null) {
                throw new IllegalStateException("duplicate program " + p.programId());
            }
        }
        programRowsWritten.addAndGet(changes.rowsWritten());
        return recordRun(run);
    }

    @Override
    public synchronized SyncRun applySync(ProgramChanges changes, SyncRun run, RunChanges log) {
        SyncRun stored = applySync(changes, run);
        if (log != null) {
            logs.put(stored.id(), log.withRunId(stored.id()));
        }
        return stored;
    }

    @Override
    public synchronized Optional<RunChanges> changesOf(long runId) {
        if (runs.stream().noneMatch(r -> r.id() == runId)) {
            return Optional.empty();
        }
        return Optional.of(logs.getOrDefault(runId, new RunChanges(runId, false, true, List.of(), List.of())));
    }

    @Override
    public synchronized Optional<RunChanges> lastChanges() {
        return runs.stream()
                .filter(r -> r.outcome() == SyncOutcome.SYNCED || r.outcome() == SyncOutcome.UP_TO_DATE)
                .reduce((a, b) -> b).flatMap(r -> changesOf(r.id()));
    }

    @Override
    public synchronized SyncRun recordRun(SyncRun run) {
        SyncRun stored = new SyncRun(nextRunId++, run.startedAt(), run.finishedAt(), run.outcome(), run.totalApi(),
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
        List<SyncRun> copy = new ArrayList<>(runs);
        java.util.Collections.reverse(copy);
        return copy.subList(0, Math.min(limit, copy.size()));
    }

    @Override
    public synchronized Optional<Instant> lastSyncedAt() {
        return runs.stream()
                .filter(r -> r.outcome() == SyncOutcome.SYNCED || r.outcome() == SyncOutcome.UP_TO_DATE)
                .map(SyncRun::finishedAt).reduce((a, b) -> b);
    }

    @Override
    public void close() {
    }
}
