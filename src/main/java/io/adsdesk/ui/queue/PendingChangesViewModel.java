package io.adsdesk.ui.queue;

import io.adsdesk.queue.BulkEdit;
import io.adsdesk.queue.ChangeQueue;
import io.adsdesk.queue.CheckedChange;
import io.adsdesk.queue.QueueSnapshot;
import io.adsdesk.ui.common.TaskCallbacks;
import io.adsdesk.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The open account's change queue for the screen: its pending changes with their checks, bulk
 * edits on a selection, revert, undo and redo. Every queue call blocks (it stores before it
 * returns), so each runs on the executor's worker; the snapshot it returns is shown on the FX
 * thread unless a newer one is already shown.
 */
public final class PendingChangesViewModel {
    private static final QueueSnapshot NONE = new QueueSnapshot(List.of(), null, null, -1);
    private final TaskExecutor executor;
    private final ObservableList<CheckedChange> changes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Map<String, Map<io.adsdesk.model.change.ChangeField, CheckedChange>>> byProgram =
            new ReadOnlyObjectWrapper<>(this, "byProgram", Map.of());
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private ChangeQueue queue;
    private long shownVersion = -1;
    private int running;

    public PendingChangesViewModel(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Shows this account's queue (null: no account open). */
    public void setQueue(ChangeQueue queue) {
        this.queue = queue;
        shownVersion = -1;
        show(NONE);
        if (queue != null) {
            run(queue::snapshot, "Could not read the pending changes");
        }
    }

    /** One pending change per program of {@code programIds} where the edit changes something; one undo step. */
    public void queue(BulkEdit edit, Collection<String> programIds, Instant postAt) {
        ChangeQueue q = queue;
        List<String> ids = List.copyOf(programIds);
        if (q != null && !ids.isEmpty()) {
            run(() -> q.queue(edit, ids, postAt), "Could not queue the change");
        }
    }

    /** Gives one change a new value (canonical text, as {@code ChangeValues} writes it). */
    public void setNewValue(long changeId, String value) {
        ChangeQueue q = queue;
        if (q != null) {
            run(() -> q.setNewValue(changeId, value), "Could not change the value");
        }
    }

    public void revert(Collection<Long> changeIds) {
        ChangeQueue q = queue;
        List<Long> ids = List.copyOf(changeIds);
        if (q != null && !ids.isEmpty()) {
            run(() -> q.revert(ids), "Could not revert");
        }
    }

    /** Gives the changes a new post-at time, or none (null: they post with the rest); one undo step. */
    public void reschedule(Collection<Long> changeIds, Instant postAt) {
        ChangeQueue q = queue;
        List<Long> ids = List.copyOf(changeIds);
        if (q != null && !ids.isEmpty()) {
            run(() -> q.reschedule(ids, postAt), postAt == null ? "Could not unschedule" : "Could not reschedule");
        }
    }

    public void revertAll() {
        ChangeQueue q = queue;
        if (q != null) {
            run(q::revertAll, "Could not revert");
        }
    }

    /** Reads the queue from the registry again: someone else on the team registry changed it. */
    public void reloadQueue() {
        ChangeQueue q = queue;
        if (q != null) {
            run(q::reload, "Could not read the pending changes");
        }
    }

    /** After a sync: the checks read the programs' new copies from the registry. */
    public void programsReloaded() {
        ChangeQueue q = queue;
        if (q != null) {
            run(() -> {
                q.programsReloaded();
                return q.snapshot();
            }, "Could not check the pending changes");
        }
    }

    /**
     * Reads a spreadsheet of changes (UTF-8 CSV, as {@code adsdesk apply} reads it) against these
     * programs and queues its changes as one undo step, unless it has an error: then nothing is
     * queued. {@code onRead} gets the result (its errors and warnings by row and column) on the FX thread.
     */
    public void importCsv(java.nio.file.Path file, Map<String, io.adsdesk.model.Program> programs,
                          java.time.Clock clock, java.util.function.Consumer<io.adsdesk.queue.ImportResult> onRead) {
        ChangeQueue q = queue;
        if (q == null) {
            return;
        }
        String name = String.valueOf(file.getFileName());
        running++;
        busy.set(true);
        executor.submit(ctx -> {
            io.adsdesk.queue.ImportResult result;
            try (java.io.Reader in = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
                result = new io.adsdesk.queue.ChangeImport(clock).read(in, programs);
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new java.io.IOException(name + " is not UTF-8 text; save it as CSV UTF-8", e);
            } catch (java.nio.file.NoSuchFileException e) {
                throw new java.io.IOException("there is no file " + name, e);
            }
            QueueSnapshot snapshot = result.valid() && !result.changes().isEmpty()
                    ? q.queue(result.proposed(), "Import " + name) : null;
            return new Imported(result, snapshot);
        }, TaskCallbacks.<Imported, Void>of(imported -> {
            finished();
            if (imported.snapshot() != null && q == queue) {
                show(imported.snapshot());
            }
            onRead.accept(imported.result());
        }, e -> {
            finished();
            error.set("Could not import " + name + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }));
    }

    private record Imported(io.adsdesk.queue.ImportResult result, QueueSnapshot snapshot) {
    }

    /** The queue shown; null without an account. */
    public ChangeQueue queue() {
        return queue;
    }

    /** Ctrl+Z. */
    public void undo() {
        ChangeQueue q = queue;
        if (q != null && undoLabel.get() != null) {
            run(q::undo, "Could not undo");
        }
    }

    /** Ctrl+Y. */
    public void redo() {
        ChangeQueue q = queue;
        if (q != null && redoLabel.get() != null) {
            run(q::redo, "Could not redo");
        }
    }

    private void run(Callable<QueueSnapshot> call, String failure) {
        ChangeQueue q = queue;
        running++;
        busy.set(true);
        executor.submit(ctx -> call.call(), TaskCallbacks.<QueueSnapshot, Void>of(
                snapshot -> {
                    finished();
                    if (q == queue) {
                        show(snapshot);
                    }
                },
                e -> {
                    finished();
                    error.set(failure + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                }));
    }

    private void finished() {
        running--;
        busy.set(running > 0);
    }

    /** Shows a snapshot of the queue unless a newer one is shown; any thread may hand one here through the FX thread. */
    public void show(QueueSnapshot snapshot) {
        if (snapshot.version() < shownVersion) {
            return;
        }
        shownVersion = snapshot.version();
        changes.setAll(snapshot.open());
        byProgram.set(snapshot.byProgram());
        undoLabel.set(snapshot.undoLabel());
        redoLabel.set(snapshot.redoLabel());
        error.set(null);
    }

    /** The open changes, oldest first, each with its checks. */
    public ObservableList<CheckedChange> changes() {
        return changes;
    }

    /** Program ID → field → its open change: what the table marks. */
    public ReadOnlyObjectProperty<Map<String, Map<io.adsdesk.model.change.ChangeField, CheckedChange>>> byProgramProperty() {
        return byProgram.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What Ctrl+Z undoes ("Undo +10% budget on 50 programs"); null when there is nothing to undo. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    /** The last failure in one line; null after the next success. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
