package io.adsdesk.model;

import java.util.List;

/**
 * The programs one sync run changed.
 *
 * @param runId the sync run's id; 0 until stored
 * @param initial a first sync into an empty registry: every program it stored is new, so it records
 *                no per-program changes
 * @param recorded false when the run's changes are not kept: pruned (older than the last 50 syncs or
 *                 90 days) or from before changes were recorded
 * @param removedPrograms the removed programs as they were stored before the run, so they can still be shown
 */
public record RunChanges(long runId, boolean initial, boolean recorded, List<SyncChange> changes,
                         List<Program> removedPrograms) {

    public RunChanges {
        changes = List.copyOf(changes);
        removedPrograms = List.copyOf(removedPrograms);
    }

    public RunChanges withRunId(long id) {
        return new RunChanges(id, initial, recorded, changes, removedPrograms);
    }

    /** The IDs of the programs changed in this way, in the order the run met them. */
    public List<String> idsOf(ChangeKind kind) {
        return changes.stream().filter(c -> c.kind() == kind).map(SyncChange::programId).toList();
    }
}
