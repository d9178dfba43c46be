package io.adsdesk.ui.sync;

import io.adsdesk.model.SyncOutcome;
import io.adsdesk.sync.AccountSynchronizer;
import io.adsdesk.sync.SyncFailure;
import io.adsdesk.sync.SyncReport;
import io.adsdesk.ui.common.Formats;
import io.adsdesk.ui.common.TaskCallbacks;
import io.adsdesk.ui.common.TaskExecutor;
import io.adsdesk.ui.common.TaskHandle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.time.Clock;
import java.time.Instant;

/**
 * Sync state and commands for one account. Runs the synchronizer through {@link SyncTask} on the
 * injected (single-thread) executor, so two syncs never overlap; turns reports into a
 * {@link SyncState}, a notification and plain-words advice.
 */
public final class SyncViewModel {
    private final TaskExecutor executor;
    private final Clock clock;
    private static final java.time.format.DateTimeFormatter ELSEWHERE_TIME =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm", java.util.Locale.ROOT);

    private final ReadOnlyObjectWrapper<SyncState> state = new ReadOnlyObjectWrapper<>(this, "state", SyncState.NEVER_SYNCED);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper phaseText = new ReadOnlyStringWrapper(this, "phaseText", "");
    private final ReadOnlyStringWrapper detailText = new ReadOnlyStringWrapper(this, "detailText", "");
    private final ReadOnlyStringWrapper timeLeftText = new ReadOnlyStringWrapper(this, "timeLeftText", "");
    private final ReadOnlyStringWrapper errorText = new ReadOnlyStringWrapper(this, "errorText", "");
    private final ReadOnlyStringWrapper bannerText = new ReadOnlyStringWrapper(this, "bannerText", "");
    private final ReadOnlyObjectWrapper<SyncReport> lastReport = new ReadOnlyObjectWrapper<>(this, "lastReport");
    private final ReadOnlyObjectWrapper<SyncNotice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ObjectProperty<Instant> dataAsOf = new SimpleObjectProperty<>(this, "dataAsOf");

    private AccountSynchronizer synchronizer;
    private boolean hasData;
    private Runnable onRegistryChanged = () -> { };
    private TaskHandle handle = TaskHandle.DONE;
    private Instant startedAt;
    private long generation;

    public SyncViewModel(TaskExecutor executor) {
        this(executor, Clock.systemUTC());
    }

    public SyncViewModel(TaskExecutor executor, Clock clock) {
        this.executor = executor;
        this.clock = clock;
        bannerText.bind(Bindings.createStringBinding(this::computeBanner, state, dataAsOf, errorText));
    }

    /** Called after a sync changed (or confirmed) the registry: reload the table. */
    public void setOnRegistryChanged(Runnable onRegistryChanged) {
        this.onRegistryChanged = onRegistryChanged;
    }

    /**
     * Switches to an account. {@code registryHasData} decides between the blocking first sync and
     * a background refresh; the caller then calls {@link #syncNow()} (or not, e.g. offline start).
     */
    public void setAccount(AccountSynchronizer synchronizer, boolean registryHasData) {
        cancel();
        generation++;
        this.synchronizer = synchronizer;
        this.hasData = registryHasData;
        running.set(false);
        errorText.set("");
        lastReport.set(null);
        state.set(registryHasData ? SyncState.READY : SyncState.NEVER_SYNCED);
    }

    /** Sync button, F5, Ctrl+R, Retry. Ignored while a sync runs or with no account. */
    public void syncNow() {
        if (running.get() || synchronizer == null) {
            return;
        }
        long myGeneration = generation;
        running.set(true);
        startedAt = clock.instant();
        progress.set(-1);
        phaseText.set("Starting sync");
        detailText.set("Contacting the partner API…");
        timeLeftText.set("");
        state.set(hasData ? SyncState.REFRESHING : SyncState.FIRST_SYNC);
        handle = executor.submit(new SyncTask(synchronizer, clock), new TaskCallbacks<>(
                snapshot -> {
                    if (myGeneration == generation) {
                        showProgress(snapshot);
                    }
                },
                report -> {
                    if (myGeneration == generation) {
                        finished(report);
                    }
                },
                error -> {
                    if (myGeneration == generation) {
                        finished(internalFailure(error));
                    }
                }));
    }

    /** Automatic sync timer tick: skipped while offline, failed (needs the user) or running. */
    public void autoSyncTick() {
        SyncState s = state.get();
        if (s == SyncState.READY) {
            syncNow();
        }
    }

    public void cancel() {
        handle.cancel();
    }

    public void dismissError() {
        if (state.get() == SyncState.FAILED || state.get() == SyncState.OFFLINE) {
            errorText.set("");
            state.set(hasData ? SyncState.READY : SyncState.NEVER_SYNCED);
        }
    }

    private void showProgress(SyncSnapshot s) {
        progress.set(s.fraction());
        phaseText.set(s.phase() == null ? "Syncing" : s.phase().label());
        detailText.set(s.detail());
        timeLeftText.set(s.timeLeft(startedAt));
    }

    private void finished(SyncReport report) {
        handle = TaskHandle.DONE;
        running.set(false);
        progress.set(-1);
        timeLeftText.set("");
        lastReport.set(report);
        SyncOutcome outcome = report.status();
        switch (outcome) {
            case SYNCED, UP_TO_DATE -> {
                hasData = report.totalDbAfter() > 0;
                errorText.set("");
                state.set(SyncState.READY);
                onRegistryChanged.run(); // first, so a notice can wait for the table to show the new rows
                SyncNotice.Kind kind = !report.marked().isEmpty() ? SyncNotice.Kind.WARNING
                        : outcome == SyncOutcome.SYNCED ? SyncNotice.Kind.SUCCESS : SyncNotice.Kind.INFO;
                notice.set(new SyncNotice(kind, "Sync finished", report.summary()));
            }
            case CANCELLED -> {
                errorText.set("");
                state.set(hasData ? SyncState.READY : SyncState.NEVER_SYNCED);
                notice.set(new SyncNotice(SyncNotice.Kind.INFO, "Sync cancelled", report.summary()));
            }
            case FAILED -> {
                SyncFailure failure = report.failure() == null ? SyncFailure.INTERNAL : report.failure();
                errorText.set(failure.advice());
                state.set(failure == SyncFailure.UNAVAILABLE ? SyncState.OFFLINE : SyncState.FAILED);
                notice.set(new SyncNotice(failure == SyncFailure.UNAVAILABLE ? SyncNotice.Kind.WARNING : SyncNotice.Kind.DANGER,
                        titleOf(failure), failure.advice()));
            }
        }
    }

    static String titleOf(SyncFailure failure) {
        return switch (failure) {
            case CREDENTIALS_REFUSED -> "Sign-in refused";
            case NO_ACCESS -> "No access to programs";
            case RATE_LIMITED -> "Partner API busy";
            case UNAVAILABLE -> "Offline";
            case INCOMPLETE -> "Sync incomplete";
            case UNTRUSTED_SERVER -> "Connection not trusted";
            case BUSY -> "Sync already running";
            case PASSWORD_NEEDED -> "Password needed";
            case LOCAL_REGISTRY -> "Local registry problem";
            case UNEXPECTED_RESPONSE, INTERNAL -> "Sync failed";
        };
    }

    private SyncReport internalFailure(Throwable error) {
        return new SyncReport(SyncOutcome.FAILED, 0, 0, 0, 0, 0, 0, 0, 0, SyncFailure.INTERNAL,
                SyncFailure.INTERNAL.advice() + " (" + error + ")", null, null, null, null);
    }

    private String computeBanner() {
        return switch (state.get()) {
            case OFFLINE -> "Offline: showing programs as of " + Formats.dateTime(dataAsOf.get());
            case FAILED -> errorText.get();
            default -> "";
        };
    }

    // ---- properties -----------------------------------------------------------------------

    public ReadOnlyObjectProperty<SyncState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public SyncState getState() {
        return state.get();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phaseTextProperty() {
        return phaseText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailTextProperty() {
        return detailText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeLeftTextProperty() {
        return timeLeftText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorTextProperty() {
        return errorText.getReadOnlyProperty();
    }

    /** "Offline: showing programs as of …" or the failure advice; "" when all is well. */
    public ReadOnlyStringProperty bannerTextProperty() {
        return bannerText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SyncReport> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
    }

    /** A fresh value after every finished sync: the shell shows it as a notification. */
    /**
     * Someone else synced the account's team registry (another dashboard, a scheduled command): says
     * who, when and what changed, as a notice like this dashboard's own syncs.
     */
    public void syncedElsewhere(String who, Instant at, int added, int updated, int removed) {
        notice.set(new SyncNotice(SyncNotice.Kind.INFO, "Team registry updated", elsewhereText(who,
                ELSEWHERE_TIME.format(at.atZone(clock.getZone())), added, updated, removed)));
    }

    /** "Synced by ana on desk-7 at 14:05: added 3, updated 12" (the counts that are not zero). */
    static String elsewhereText(String who, String time, int added, int updated, int removed) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (added > 0) {
            parts.add(String.format(java.util.Locale.US, "added %,d", added));
        }
        if (updated > 0) {
            parts.add(String.format(java.util.Locale.US, "updated %,d", updated));
        }
        if (removed > 0) {
            parts.add(String.format(java.util.Locale.US, "removed %,d", removed));
        }
        return "Synced by " + who + " at " + time + ": " + (parts.isEmpty() ? "no program changed" : String.join(", ", parts));
    }

    public ReadOnlyObjectProperty<SyncNotice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** When the shown data was last synced; the app binds it to the programs' last sync time. */
    public ObjectProperty<Instant> dataAsOfProperty() {
        return dataAsOf;
    }
}
