package io.adsdesk.ui.jobs;

import io.adsdesk.actions.JobListener;
import io.adsdesk.actions.ProgramActions;
import io.adsdesk.actions.TrackedJob;
import io.adsdesk.ui.common.TaskCallbacks;
import io.adsdesk.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * The account's recent jobs, newest first, updated live: {@link io.adsdesk.actions.JobTracker}
 * listeners fire on the polling thread and are handed to the UI thread here, at that one boundary.
 * When a job finishes with something applied, {@code onRegistryChanged} runs (the table reloads).
 */
public final class JobsViewModel {
    static final int LIMIT = 100;

    private final TaskExecutor executor;
    private final Executor uiThread;
    private final Runnable onRegistryChanged;
    private final ObservableList<JobItem> jobs = FXCollections.observableArrayList();
    private final ObservableList<JobItem> readOnlyJobs = FXCollections.unmodifiableObservableList(jobs);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final Set<String> reloadedFor = new HashSet<>();
    private final IntegerBinding unfinished = Bindings.createIntegerBinding(
            () -> (int) jobs.stream().filter(j -> !j.finished()).count(), jobs);
    private ProgramActions actions;
    private JobListener listener;

    /** @param uiThread runs a task on the UI thread ({@code Platform::runLater}; tests: {@code Runnable::run}) */
    public JobsViewModel(TaskExecutor executor, Executor uiThread, Runnable onRegistryChanged) {
        this.executor = executor;
        this.uiThread = uiThread;
        this.onRegistryChanged = onRegistryChanged;
    }

    /** Follows another account's jobs (null: none); loads them and resumes its unfinished ones on a worker. */
    public void setActions(ProgramActions next) {
        if (actions != null) {
            actions.jobs().removeListener(listener);
        }
        jobs.clear();
        reloadedFor.clear();
        error.set("");
        actions = next;
        if (next == null) {
            return;
        }
        listener = job -> uiThread.execute(() -> {
            if (actions == next) {
                apply(job);
            }
        });
        next.jobs().addListener(listener);
        load();
        executor.submit(ctx -> next.jobs().resumePending(), TaskCallbacks.<List<TrackedJob>, Void>of(
                done -> { }, e -> {
                    if (next == actions) {
                        error.set("Could not resume unfinished jobs: " + e.getMessage());
                    }
                }));
    }

    /** Reads the recent jobs again. */
    public void load() {
        ProgramActions source = actions;
        if (source == null) {
            return;
        }
        executor.submit(ctx -> source.jobs().recent(LIMIT), TaskCallbacks.<List<TrackedJob>, Void>of(list -> {
            if (source == actions) {
                jobs.setAll(list.stream().map(JobItem::of).toList());
            }
        }, e -> error.set("Could not read the jobs: " + e.getMessage())));
    }

    /** Follows a job just submitted to its end on a worker; the listener reports each step. */
    public void follow(TrackedJob job) {
        ProgramActions source = actions;
        apply(job);
        if (source == null) {
            return;
        }
        executor.submit(ctx -> source.jobs().await(job.jobId()), TaskCallbacks.<TrackedJob, Void>of(done -> {
            if (source == actions) {
                apply(done);
            }
        }, e -> {
            if (source == actions) {
                error.set("Lost track of job " + job.jobId() + ": " + e.getMessage());
            }
        }));
    }

    void apply(TrackedJob job) {
        JobItem item = JobItem.of(job);
        for (int i = 0; i < jobs.size(); i++) {
            if (jobs.get(i).jobId().equals(item.jobId())) {
                jobs.set(i, item);
                reloadIfChanged(item);
                return;
            }
        }
        jobs.addFirst(item);
        reloadIfChanged(item);
    }

    private void reloadIfChanged(JobItem item) {
        if (item.changedRegistry() && reloadedFor.add(item.jobId())) {
            onRegistryChanged.run();
        }
    }

    /** Newest first. */
    public ObservableList<JobItem> jobs() {
        return readOnlyJobs;
    }

    /** Jobs still followed: the Jobs button shows it. */
    public IntegerBinding unfinishedBinding() {
        return unfinished;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
