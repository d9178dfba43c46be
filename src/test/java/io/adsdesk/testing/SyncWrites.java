package io.adsdesk.testing;

import io.adsdesk.model.Program;
import io.adsdesk.model.RunChanges;
import io.adsdesk.model.SyncRun;
import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.registry.SyncWriter;

import java.util.Collection;

/** Writes one sync's diff through {@link ProgramRegistry#openSyncWriter}, as the synchronizer does, for test set-ups. */
public final class SyncWrites {
    private SyncWrites() {
    }

    /** Removes, replaces, inserts and commits with the run, in one transaction; returns the stored run. */
    public static SyncRun apply(ProgramRegistry registry, Collection<Program> added, Collection<Program> updated,
                                Collection<String> removedIds, SyncRun run) {
        return apply(registry, added, updated, removedIds, run, null);
    }

    /** As above, storing the run's change log ({@code log} may be null) in the same transaction. */
    public static SyncRun apply(ProgramRegistry registry, Collection<Program> added, Collection<Program> updated,
                                Collection<String> removedIds, SyncRun run, RunChanges log) {
        try (SyncWriter writer = registry.openSyncWriter()) {
            writer.record(log);
            writer.remove(removedIds);
            writer.replace(updated);
            writer.insert(added);
            return writer.commit(run);
        }
    }
}
