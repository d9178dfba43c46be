package io.adsdesk.registry;

import io.adsdesk.model.Program;
import io.adsdesk.model.RunChanges;
import io.adsdesk.model.SyncRun;

import java.util.Collection;

/**
 * One open write transaction of a sync: rows go in while pages still download, and either
 * {@link #commit} stores all of it with the run's log entry, or {@link #close} without a commit
 * leaves the registry exactly as it was. Use it from one thread only.
 */
public interface SyncWriter extends AutoCloseable {

    /** New programs. */
    void insert(Collection<Program> programs);

    /** Programs whose stored row changed: replaced with these. */
    void replace(Collection<Program> programs);

    /** Programs to delete, by ID. */
    void remove(Collection<String> programIds);

    /** The change log to store with the run at {@link #commit} (the run's id is set then). */
    void record(RunChanges changes);

    /** Stores everything written so far and the run, atomically. Returns the stored run. */
    SyncRun commit(SyncRun run);

    /** Rolls back unless committed. */
    @Override
    void close();
}
