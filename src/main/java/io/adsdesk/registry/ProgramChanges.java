package io.adsdesk.registry;

import io.adsdesk.model.Program;

import java.util.List;
import java.util.Set;

/** A diff to apply to the registry: rows to insert, rows to overwrite, IDs to delete. */
public record ProgramChanges(List<Program> added, List<Program> updated, Set<String> removedIds) {

    public ProgramChanges {
        added = List.copyOf(added);
        updated = List.copyOf(updated);
        removedIds = Set.copyOf(removedIds);
    }

    public boolean isEmpty() {
        return added.isEmpty() && updated.isEmpty() && removedIds.isEmpty();
    }

    public int rowsWritten() {
        return added.size() + updated.size() + removedIds.size();
    }
}
