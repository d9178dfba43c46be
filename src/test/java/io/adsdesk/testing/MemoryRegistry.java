package io.adsdesk.testing;

import io.adsdesk.model.Business;
import io.adsdesk.model.Program;
import io.adsdesk.model.RunChanges;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;
import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.registry.SyncWriter;

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

    /** Collects the writes and applies them all at once on commit; nothing before. */
    @Override
    public SyncWriter openSyncWriter() {
        return new SyncWriter() {
            private final List<Program> added = new ArrayList<>();
            private final List<Program> updated = new ArrayList<>();
            private final List<String> removed = new ArrayList<>();
            private RunChanges log;

            @Override
            public void record(RunChanges changes) {
                log = changes;
            }

            @Override
            public void insert(Collection<Program> list) {
                added.addAll(list);
            }

            @Override
            public void replace(Collection<Program> list) {
                updated.addAll(list);
            }

            @Override
            public void remove(Collection<String> programIds) {
                removed.addAll(programIds);
            }

            @Override
            public SyncRun commit(SyncRun run) {
                return applyAll(added, updated, removed, run, log);
            }

            @Override
            public void close() {
            }
        };
    }

    private synchronized SyncRun applyAll(List<Program> added, List<Program> updated, List<String> removed, SyncRun run,
                                          RunChanges log) {
        removed.forEach(programs::remove);
        updated.forEach(p -> programs.put(p.programId(), p));
        for (Program p : added) {
            if (programs.putIfAbsent(p.programId(), p) != null) {
                throw new IllegalStateException("duplicate program " + p.programId());
            }
        }
        programRowsWritten.addAndGet(added.size() + updated.size() + removed.size());
        SyncRun stored = recordRun(run);
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
