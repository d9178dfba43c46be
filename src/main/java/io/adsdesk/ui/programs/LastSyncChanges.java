package io.adsdesk.ui.programs;

import io.adsdesk.model.Business;
import io.adsdesk.model.RunChanges;
import io.adsdesk.model.SyncChange;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the last sync changed, looked up once per load so the table marks rows from memory: each
 * changed program's change by ID, and rows for the removed programs, shown until the next sync.
 */
public final class LastSyncChanges {
    public static final LastSyncChanges NONE = new LastSyncChanges(Map.of(), List.of());

    private final Map<String, SyncChange> byProgram;
    private final List<ProgramRow> removedRows;

    private LastSyncChanges(Map<String, SyncChange> byProgram, List<ProgramRow> removedRows) {
        this.byProgram = byProgram;
        this.removedRows = removedRows;
    }

    /** Built on the worker from the registry's log of the last sync and the businesses of the same load. */
    public static LastSyncChanges of(RunChanges changes, List<Business> businesses, LocalDate today) {
        if (changes == null || changes.changes().isEmpty()) {
            return NONE;
        }
        Map<String, SyncChange> byProgram = new HashMap<>(changes.changes().size() * 2);
        changes.changes().forEach(c -> byProgram.put(c.programId(), c));
        List<ProgramRow> removed = ProgramsSnapshot.build(changes.removedPrograms(), businesses, today, null).rows();
        return new LastSyncChanges(Map.copyOf(byProgram), removed);
    }

    /** The change of this program in the last sync; null when it did not change. */
    public SyncChange of(String programId) {
        return byProgram.get(programId);
    }

    public boolean isChanged(String programId) {
        return byProgram.containsKey(programId);
    }

    /** The removed programs, as rows for the "Changed in last sync" view. */
    public List<ProgramRow> removedRows() {
        return removedRows;
    }

    /** Programs the last sync added, updated or removed. */
    public int count() {
        return byProgram.size();
    }
}
