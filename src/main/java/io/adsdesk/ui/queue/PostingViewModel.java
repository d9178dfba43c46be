package io.adsdesk.ui.queue;

import io.adsdesk.model.change.ChangeState;
import io.adsdesk.model.change.PendingChange;
import io.adsdesk.queue.ChangePoster;
import io.adsdesk.queue.ChangeQueue;
import io.adsdesk.queue.PostReport;
import io.adsdesk.queue.QueueSnapshot;
import io.adsdesk.ui.common.BackgroundWork;
import io.adsdesk.ui.common.TaskCallbacks;
import io.adsdesk.ui.common.TaskExecutor;
import io.adsdesk.ui.common.TaskHandle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Posting the pending changes to Yelp: all, the selected ones, conflicts kept or given up, and
 * the scheduled ones whose time has come. One run at a time, on the executor's worker; the poster
 * sends up to eight requests at once on the executor it was built with. After each run the checks
 * re-read the programs, the pending list and the history are shown again, and {@code onPosted}
 * runs (the table reloads so the new values show).
 */
public final class PostingViewModel {
    /** How many finished changes the history list keeps. */
    public static final int HISTORY = 500;

    private final TaskExecutor executor;
    private final PendingChangesViewModel pending;
    private final ObservableList<PendingChange> history = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper posting = new ReadOnlyBooleanWrapper(this, "posting");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private ChangeQueue queue;
    private ChangePoster poster;
    private TaskHandle running = TaskHandle.DONE;
    private Runnable onPosted = () -> { };
    private Consumer<List<PendingChange>> onLate = late -> { };

    public PostingViewModel(TaskExecutor executor, PendingChangesViewModel pending) {
        this.executor = executor;
        this.pending = pending;
    }

    /** The open account's queue and poster; nulls when no account is open or it cannot post. */
    public void setPoster(ChangeQueue queue, ChangePoster poster) {
        running.cancel();
        this.queue = queue;
        this.poster = poster;
        history.clear();
        message.set(null);
        if (queue != null) {
            executor.submit(ctx -> queue.history(HISTORY), TaskCallbacks.<List<PendingChange>, Void>of(
                    list -> {
                        if (this.queue == queue) {
                            history.setAll(list);
                        }
                    }, e -> message.set("Could not read the posted changes: " + e.getMessage())));
        }
    }

    /** Runs after each finished run, on the FX thread: reload the table. */
    public void setOnPosted(Runnable onPosted) {
        this.onPosted = onPosted;
    }

    /** Hears the changes a due-check posted late, to tell the user. */
    public void setOnLate(Consumer<List<PendingChange>> onLate) {
        this.onLate = onLate;
    }

    public boolean canPost() {
        return poster != null && !posting.get();
    }

    /** Every open change without an error that is not scheduled for later. */
    public void postAll() {
        ChangePoster p = poster;
        if (canPost()) {
            start((ctx, progressed) -> p.postAll(progressed, ctx::isCancelled), "Posting the pending changes");
        }
    }

    public void post(Collection<Long> changeIds) {
        ChangePoster p = poster;
        List<Long> ids = List.copyOf(changeIds);
        if (canPost() && !ids.isEmpty()) {
            start((ctx, progressed) -> p.post(ids, progressed, ctx::isCancelled), "Posting the selected changes");
        }
    }

    /** "Keep mine": the conflicts are made against Yelp's values and posted again. */
    public void keepMine(Collection<Long> conflictIds) {
        ChangePoster p = poster;
        List<Long> ids = List.copyOf(conflictIds);
        if (canPost() && !ids.isEmpty()) {
            start((ctx, progressed) -> p.keepMine(ids, progressed, ctx::isCancelled), "Posting your values again");
        }
    }

    /** "Take Yelp's": the conflicts are dropped and Yelp's values kept. */
    public void takeYelps(Collection<Long> conflictIds) {
        ChangePoster p = poster;
        List<Long> ids = List.copyOf(conflictIds);
        if (canPost() && !ids.isEmpty()) {
            start((ctx, progressed) -> {
                List<PendingChange> dropped = p.takeYelps(ids);
                return new PostReport(dropped, List.of(), false);
            }, "Taking Yelp's values");
        }
    }

    /** The scheduled changes whose time has come; quiet unless something was posted. */
    public void postDue() {
        ChangePoster p = poster;
        if (canPost()) {
            start((ctx, progressed) -> p.postDue(progressed, ctx::isCancelled), null);
        }
    }

    /** Nothing new starts; what was sent is followed to its end, the rest stay pending. */
    public void cancel() {
        running.cancel();
    }

    private interface Run {
        PostReport run(BackgroundWork.Context<Double> ctx, io.adsdesk.queue.PostProgress progressed) throws Exception;
    }

    private record Outcome(PostReport report, QueueSnapshot snapshot, List<PendingChange> history) {
    }

    private void start(Run run, String what) {
        ChangeQueue q = queue;
        posting.set(true);
        progress.set(what == null ? 0 : -1);
        if (what != null) {
            message.set(what + "…");
        }
        running = executor.submit(ctx -> {
            PostReport report = run.run(ctx, (done, total, change) -> ctx.progress(total == 0 ? 1.0 : (double) done / total));
            if (!report.changes().isEmpty()) {
                q.programsReloaded();
            }
            return new Outcome(report, q.snapshot(), q.history(HISTORY));
        }, new TaskCallbacks<Outcome, Double>(progress::set, outcome -> {
            posting.set(false);
            progress.set(1);
            if (q != queue) {
                return;
            }
            pending.show(outcome.snapshot());
            history.setAll(outcome.history());
            PostReport r = outcome.report();
            if (what != null || !r.changes().isEmpty()) {
                message.set(summary(r));
            }
            if (!r.changes().isEmpty()) {
                onPosted.run();
            }
            if (!r.late().isEmpty()) {
                onLate.accept(r.late());
            }
        }, e -> {
            posting.set(false);
            progress.set(0);
            message.set("Posting stopped: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            if (q == queue) {
                pending.setQueue(q);
            }
        }));
    }

    /** "50 completed, 1 rejected, 1 conflict" and whether it was stopped. */
    static String summary(PostReport r) {
        if (r.changes().isEmpty()) {
            return r.cancelled() ? "Stopped before anything was posted." : "Nothing to post.";
        }
        StringBuilder s = new StringBuilder();
        append(s, r.completed(), "completed");
        append(s, r.rejected(), "rejected");
        append(s, r.conflicts(), r.conflicts() == 1 ? "conflict" : "conflicts");
        append(s, r.in(ChangeState.CANCELLED).size(), "Yelp's kept");
        if (r.cancelled()) {
            s.append(s.isEmpty() ? "" : "; ").append("stopped, the rest stay pending");
        }
        return s.append('.').toString();
    }

    private static void append(StringBuilder s, int n, String what) {
        if (n > 0) {
            s.append(s.isEmpty() ? "" : ", ").append(n).append(' ').append(what);
        }
    }

    /** Finished changes, newest first: COMPLETED, REJECTED (with Yelp's reason) and CANCELLED. */
    public ObservableList<PendingChange> history() {
        return history;
    }

    public ReadOnlyBooleanProperty postingProperty() {
        return posting.getReadOnlyProperty();
    }

    /** 0..1 while posting; -1 before the first change is done. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The last run's outcome in one line. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
