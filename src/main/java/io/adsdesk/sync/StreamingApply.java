package io.adsdesk.sync;

import io.adsdesk.model.ChangeKind;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramIssue;
import io.adsdesk.model.RunChanges;
import io.adsdesk.model.SyncChange;
import io.adsdesk.model.SyncRun;
import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.registry.SyncWriter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Writes a sync into the registry while its pages are still downloading, inside one transaction
 * that commits only when the whole account was seen. Owns the sync's single database thread: the
 * registry is read, diffed and written there, so the network side never waits for the disk.
 */
final class StreamingApply implements AutoCloseable {

    /** What the sync changed. */
    record Counts(int added, int updated, int removed) {
        boolean none() {
            return added + updated + removed == 0;
        }
    }

    /**
     * The stored run and the counts it logged.
     *
     * @param marked the programs the API listed with values that could not be read or cannot be real, by ID
     */
    record Applied(SyncRun run, Counts counts, int storedBefore, List<String> marked) {
    }

    /** Rows buffered before they are written: large JDBC batches are several times faster than a page's 40. */
    private static final int WRITE_BATCH = 2000;

    private final ProgramRegistry registry;
    private final ExecutorService dbThread;
    // Confined to the database thread:
    private Map<String, Program> stored;
    private final Map<String, Program> seen = new HashMap<>();
    private SyncWriter writer;
    private final List<Program> pendingInserts = new ArrayList<>();
    private final List<Program> pendingReplaces = new ArrayList<>();
    private int added;
    private int updated;
    /**
     * What this paging changed, per program, for the run's change log. A first sync into an empty
     * registry records none: every program is new, and 100,000 "added" rows would slow it down
     * and tell the user nothing the table does not.
     */
    private final Map<String, SyncChange> changes = new java.util.LinkedHashMap<>();
    private boolean initial;
    private volatile RuntimeException failure;
    /** Time the database thread spent on this sync: reading what is stored, writing, committing. */
    private final java.util.concurrent.atomic.AtomicLong busyNanos = new java.util.concurrent.atomic.AtomicLong();

    StreamingApply(ProgramRegistry registry, ExecutorService dbThread) {
        this.registry = registry;
        this.dbThread = dbThread;
        run(() -> {
            // The writer first: on a team registry it takes the account's sync lock, so what is read
            // next is what no other sync can change before this one commits.
            writer = registry.openSyncWriter();
            stored = new HashMap<>();
            try {
                // The loaded contents: the screen's own copy when it is current, so no second read.
                registry.loadContents().programs().forEach(p -> stored.put(p.programId(), p));
            } catch (RuntimeException e) {
                writer.close();
                throw e;
            }
            initial = stored.isEmpty();
        });
    }

    /** Classifies and writes one page's programs (in the background). */
    void accept(Collection<Program> page) {
        List<Program> copy = List.copyOf(page);
        run(() -> write(copy));
    }

    /** The account is being paged again: forget what this paging wrote. */
    void restart() {
        run(() -> {
            writer.close();
            writer = registry.openSyncWriter();
            pendingInserts.clear();
            pendingReplaces.clear();
            seen.clear();
            changes.clear();
            added = 0;
            updated = 0;
        });
    }

    /** Stored programs this paging has not seen: candidates for removal. */
    Set<String> unseen() throws InterruptedException {
        return call(() -> {
            Set<String> unseen = new LinkedHashSet<>(stored.keySet());
            unseen.removeAll(seen.keySet());
            return unseen;
        });
    }

    /**
     * Writes the last programs and removals, then commits with the run built from the counts; when
     * nothing changed, rolls back instead and only logs the run.
     */
    Applied finish(Collection<Program> lastPrograms, Set<String> removed, Function<Applied, SyncRun> runFor)
            throws InterruptedException {
        return call(() -> {
            write(lastPrograms);
            flush();
            writer.remove(removed);
            RunChanges log = changeLog(removed);
            Counts counts = new Counts(added, updated, removed.size());
            List<String> marked = seen.values().stream().filter(Program::marked).map(Program::programId).sorted().toList();
            Applied draft = new Applied(null, counts, stored.size(), marked);
            SyncRun run = runFor.apply(draft);
            if (counts.none()) {
                writer.close();
                writer = null;
                return new Applied(registry.recordRun(run), counts, stored.size(), marked);
            }
            writer.record(log);
            SyncRun committed = writer.commit(run);
            writer.close();
            writer = null;
            return new Applied(committed, counts, stored.size(), marked);
        });
    }

    java.time.Duration databaseTime() {
        return java.time.Duration.ofNanos(busyNanos.get());
    }

    int storedCount() throws InterruptedException {
        return call(() -> stored.size());
    }

    /** Rolls back whatever was not committed and waits for the database thread to finish with it. */
    @Override
    public void close() {
        if (dbThread.isShutdown()) {
            return;
        }
        Future<?> done = dbThread.submit(() -> {
            if (writer != null) {
                writer.close();
                writer = null;
            }
        });
        try {
            done.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            done.cancel(true);
        }
    }

    private void write(Collection<Program> programs) {
        List<Program> inserts = pendingInserts;
        List<Program> replaces = pendingReplaces;
        for (Program listed : programs) {
            Program p = lastGood(listed);
            Program before = seen.put(p.programId(), p);
            if (before != null) {
                if (!before.equals(p)) {
                    replaces.add(p);   // listed twice while paging, changed in between: keep the newest
                    noteChange(stored.get(p.programId()), p);
                }
                continue;
            }
            Program old = stored.get(p.programId());
            if (old == null) {
                inserts.add(p);
                added++;
                noteChange(null, p);
            } else if (!old.equals(p)) {
                replaces.add(p);
                updated++;
                noteChange(old, p);
            }
        }
        if (inserts.size() + replaces.size() >= WRITE_BATCH) {
            flush();
        }
    }

    /**
     * A program the API sent unreadably keeps its last synced values, now marked with why; a new one
     * is stored with what could be read. Either way it stays in the registry.
     */
    private Program lastGood(Program listed) {
        if (listed.issue() == null || listed.issue().kind() != ProgramIssue.Kind.UNREADABLE) {
            return listed;
        }
        Program old = stored.get(listed.programId());
        return old == null ? listed : old.withIssue(listed.issue());
    }

    /** Keeps the newest change of a program against what was stored before the sync. */
    private void noteChange(Program old, Program now) {
        if (initial) {
            return;
        }
        String id = now.programId();
        if (old == null) {
            changes.put(id, new SyncChange(id, now.primaryBusinessId(), ChangeKind.ADDED, List.of()));
        } else if (old.equals(now)) {
            changes.remove(id);
        } else {
            changes.put(id, new SyncChange(id, now.primaryBusinessId(), ChangeKind.UPDATED, ProgramDiff.between(old, now)));
        }
    }

    private RunChanges changeLog(Set<String> removed) {
        if (initial) {
            return new RunChanges(0, true, true, List.of(), List.of());
        }
        List<SyncChange> all = new ArrayList<>(changes.values());
        List<Program> gone = new ArrayList<>(removed.size());
        for (String id : removed) {
            Program old = stored.get(id);
            if (old != null) {
                gone.add(old);
                all.add(new SyncChange(id, old.primaryBusinessId(), ChangeKind.REMOVED, List.of()));
            }
        }
        return new RunChanges(0, false, true, all, gone);
    }

    /** Writes what is buffered: rows go to the database in batches of thousands, not one page at a time. */
    private void flush() {
        writer.insert(pendingInserts);
        Map<String, Program> newest = new java.util.LinkedHashMap<>();
        pendingReplaces.forEach(p -> newest.put(p.programId(), p));
        writer.replace(newest.values());
        pendingInserts.clear();
        pendingReplaces.clear();
    }

    private void run(Runnable task) {
        dbThread.execute(() -> {
            if (failure != null) {
                return;
            }
            long started = System.nanoTime();
            try {
                task.run();
            } catch (RuntimeException e) {
                failure = e;
            } finally {
                busyNanos.addAndGet(System.nanoTime() - started);
            }
        });
    }

    private <T> T call(java.util.concurrent.Callable<T> task) throws InterruptedException {
        Future<T> result = dbThread.submit(() -> {
            if (failure != null) {
                throw failure;
            }
            long started = System.nanoTime();
            try {
                return task.call();
            } finally {
                busyNanos.addAndGet(System.nanoTime() - started);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
