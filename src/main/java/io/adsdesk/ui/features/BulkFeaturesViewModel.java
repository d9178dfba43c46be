package io.adsdesk.ui.features;

import io.adsdesk.ui.common.TaskCallbacks;
import io.adsdesk.ui.common.TaskExecutor;
import io.adsdesk.ui.common.TaskHandle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * One feature change for many programs: block the same negative keywords, strict category targeting
 * or ad scheduling on or off, the ad goal. Runs on a worker through the gateway (one request per
 * program, a bounded number in flight) with progress and each program's result.
 */
public final class BulkFeaturesViewModel {
    public enum Kind {
        BLOCK_KEYWORDS("Block negative keywords"),
        STRICT_ON("Turn strict category targeting on"),
        STRICT_OFF("Turn strict category targeting off"),
        SCHEDULING_ON("Turn ad scheduling on"),
        SCHEDULING_OFF("Turn ad scheduling off"),
        AD_GOAL("Set the ad goal");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum State { EDITING, RUNNING, DONE }

    private final FeatureGateway gateway;
    private final TaskExecutor executor;
    private final List<String> programIds;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.BLOCK_KEYWORDS);
    private final StringProperty keywordsText = new SimpleStringProperty(this, "keywordsText", "");
    private final ObjectProperty<String> goal = new SimpleObjectProperty<>(this, "goal", "CALLS");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.EDITING);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObservableList<FeatureGateway.BulkOutcome> results = FXCollections.observableArrayList();
    private TaskHandle running = TaskHandle.DONE;

    public BulkFeaturesViewModel(FeatureGateway gateway, TaskExecutor executor, List<String> programIds) {
        this.gateway = gateway;
        this.executor = executor;
        this.programIds = List.copyOf(programIds);
        message.set(count(this.programIds.size()) + " selected.");
    }

    /** The change as chosen; null (with the error set) when it cannot be sent. */
    BulkFeatureChange change() {
        return switch (kind.get()) {
            case BLOCK_KEYWORDS -> {
                List<String> words = Keywords.parse(keywordsText.get());
                if (words.isEmpty()) {
                    error.set("Type at least one keyword to block.");
                    yield null;
                }
                yield new BulkFeatureChange.BlockKeywords(words);
            }
            case STRICT_ON -> new BulkFeatureChange.StrictCategoryTargeting(true);
            case STRICT_OFF -> new BulkFeatureChange.StrictCategoryTargeting(false);
            case SCHEDULING_ON -> new BulkFeatureChange.AdScheduling(true);
            case SCHEDULING_OFF -> new BulkFeatureChange.AdScheduling(false);
            case AD_GOAL -> new BulkFeatureChange.AdGoal(goal.get());
        };
    }

    /** Sends the change to every program; nothing is sent when the change is incomplete. */
    public void apply() {
        if (state.get() != State.EDITING || gateway == null) {
            return;
        }
        error.set("");
        BulkFeatureChange change = change();
        if (change == null) {
            return;
        }
        state.set(State.RUNNING);
        results.clear();
        progress.set(0);
        message.set(change.describe() + " on " + count(programIds.size()) + "…");
        running = executor.submit(ctx -> {
            List<FeatureGateway.BulkOutcome> done = new ArrayList<>();
            gateway.bulk(programIds, change, outcome -> {
                synchronized (done) {
                    done.add(outcome);
                    ctx.progress(List.copyOf(done));
                }
            }, ctx::isCancelled);
            synchronized (done) {
                return List.copyOf(done);
            }
        }, new TaskCallbacks<List<FeatureGateway.BulkOutcome>, List<FeatureGateway.BulkOutcome>>(this::show, this::finished, e -> {
            state.set(State.DONE);
            message.set("Stopped: " + FeatureEditorViewModel.plain(e));
        }));
    }

    /**
     * Stops sending: no new request goes out, the ones in flight finish and are shown, and the programs
     * not reached are listed as not sent. Programs already sent keep their change.
     */
    public void cancel() {
        if (state.get() != State.RUNNING) {
            return;
        }
        message.set("Stopping: waiting for the requests already sent…");
        running.cancel();
    }

    private void show(List<FeatureGateway.BulkOutcome> soFar) {
        results.setAll(soFar);
        progress.set(programIds.isEmpty() ? 1 : (double) soFar.size() / programIds.size());
        if (state.get() == State.RUNNING && !message.get().startsWith("Stopping")) {
            message.set(soFar.size() + " of " + count(programIds.size()) + " done…");
        }
    }

    private void finished(List<FeatureGateway.BulkOutcome> all) {
        show(all);
        long changed = all.stream().filter(FeatureGateway.BulkOutcome::ok).count();
        long notSent = all.stream().filter(o -> !o.sent()).count() + Math.max(0, programIds.size() - all.size());
        long failed = all.size() - changed - all.stream().filter(o -> !o.sent()).count();
        state.set(State.DONE);
        message.set(changed + " of " + count(programIds.size()) + " changed"
                + (failed == 0 ? "" : "; " + failed + " failed (see below)")
                + (notSent == 0 ? "" : "; " + notSent + " not sent (stopped)") + ".");
    }

    private static String count(int n) {
        return n + (n == 1 ? " program" : " programs");
    }

    // ---- properties -----------------------------------------------------------------------

    public List<String> programIds() { return programIds; }

    public ObjectProperty<Kind> kindProperty() { return kind; }

    public StringProperty keywordsTextProperty() { return keywordsText; }

    /** DEFAULT, CALLS or WEBSITE_CLICKS, for {@link Kind#AD_GOAL}. */
    public ObjectProperty<String> goalProperty() { return goal; }

    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }

    /** 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** What is missing before anything can be sent. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    /** Each program's result, in the order they finished. */
    public ObservableList<FeatureGateway.BulkOutcome> results() { return results; }
}
