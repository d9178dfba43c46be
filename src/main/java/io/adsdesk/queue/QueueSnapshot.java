package io.adsdesk.queue;

import io.adsdesk.model.change.ChangeField;
import io.adsdesk.model.change.PendingChange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The queue at one moment: every open change (pending, posting, conflict) with its checks, oldest
 * first, and what undo and redo would do. Immutable.
 *
 * @param undoLabel what Undo would undo ("Change budget by +10 %"), or null when there is nothing
 * @param redoLabel likewise for Redo
 * @param version grows with every change to the queue: a later snapshot has a higher one
 */
public record QueueSnapshot(List<CheckedChange> open, String undoLabel, String redoLabel, long version) {
    public QueueSnapshot {
        open = List.copyOf(open);
    }

    public boolean canUndo() {
        return undoLabel != null;
    }

    public boolean canRedo() {
        return redoLabel != null;
    }

    /** The open changes by program, then field: what the table marks on each cell. */
    public Map<String, Map<ChangeField, CheckedChange>> byProgram() {
        Map<String, Map<ChangeField, CheckedChange>> map = new HashMap<>();
        for (CheckedChange c : open) {
            PendingChange p = c.change();
            map.computeIfAbsent(p.programId(), k -> new java.util.EnumMap<>(ChangeField.class)).put(p.field(), c);
        }
        return map;
    }

    /** Open changes that are scheduled (carry a post-at time), soonest first. */
    public List<CheckedChange> scheduled() {
        return open.stream().filter(c -> c.change().scheduled())
                .sorted(java.util.Comparator.comparing(c -> c.change().postAt())).toList();
    }
}
