package io.adsdesk.queue;

import io.adsdesk.model.change.PendingChange;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Undo and redo over queue edits: a stack of {@link Edit}s, each the before and after of every change
 * it touched. Plain Java, not thread-safe: {@link ChangeQueue} calls it under its lock.
 */
final class EditHistory {
    /** How many edits Undo can go back. */
    static final int DEPTH = 100;

    /**
     * One change as an edit found and left it: {@code before} null means the edit created it,
     * {@code after} null means the edit removed it.
     */
    record Step(PendingChange before, PendingChange after) {
    }

    record Edit(String description, List<Step> steps) {
        Edit {
            steps = List.copyOf(steps);
        }
    }

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();

    void done(Edit edit) {
        if (edit.steps().isEmpty()) {
            return;
        }
        undo.push(edit);
        if (undo.size() > DEPTH) {
            undo.removeLast();
        }
        redo.clear();
    }

    Edit popUndo() {
        Edit e = undo.poll();
        if (e != null) {
            redo.push(e);
        }
        return e;
    }

    Edit popRedo() {
        Edit e = redo.poll();
        if (e != null) {
            undo.push(e);
        }
        return e;
    }

    String undoLabel() {
        return undo.isEmpty() ? null : undo.peek().description();
    }

    String redoLabel() {
        return redo.isEmpty() ? null : redo.peek().description();
    }

    void clear() {
        undo.clear();
        redo.clear();
    }
}
