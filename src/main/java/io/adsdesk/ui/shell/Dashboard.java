package io.adsdesk.ui.shell;

import io.adsdesk.model.Account;
import io.adsdesk.ui.accounts.AccountSession;
import io.adsdesk.ui.accounts.AccountsViewModel;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.common.TaskCallbacks;
import io.adsdesk.ui.common.TaskExecutor;
import io.adsdesk.ui.common.UiSettings;
import io.adsdesk.ui.jobs.ProgramActionsViewModel;
import io.adsdesk.ui.programs.ProgramsViewModel;
import io.adsdesk.ui.sync.SyncHistoryViewModel;
import io.adsdesk.ui.sync.SyncViewModel;

/**
 * Ties the view models together: an opened account feeds the programs and sync view models,
 * a finished sync reloads the table, and the last account is remembered. No layout here.
 */
public final class Dashboard {
    private final AccountsViewModel accounts;
    private final ProgramsViewModel programs;
    private final SyncViewModel sync;
    private final SyncHistoryViewModel history;
    private final ProgramActionsViewModel actions;
    private final UiSettings settings;
    private final Runnable saveSettings;
    private io.adsdesk.ui.queue.PendingChangesViewModel pending;
    private io.adsdesk.ui.queue.PostingViewModel posting;
    private java.util.concurrent.Executor postingRequests;
    private boolean syncOnOpen = true;
    private java.time.Clock clock = java.time.Clock.systemUTC();
    private io.adsdesk.actions.Sleeper sleeper = io.adsdesk.actions.Sleeper.REAL;
    private java.util.function.Supplier<String> diagnostics = () -> "AdsDesk diagnostics are not available.";
    private TaskExecutor diagnosticsExecutor = new CurrentThreadTaskExecutor();
    private java.util.function.Consumer<java.nio.file.Path> openFolder = folder -> { };
    private io.adsdesk.ui.features.FeaturesViewModel features;
    private java.util.function.Function<AccountSession, io.adsdesk.ui.features.FeatureGateway> featureGateways = s -> null;
    /** The Reports view's model and how an open account's reports are reached; null until set. */
    private io.adsdesk.ui.reports.ReportsViewModel reports;
    private java.util.function.Function<AccountSession, io.adsdesk.ui.reports.ReportSource> reportSources = s -> null;
    /** Live updates from a team registry: where its listener runs and how results reach the FX thread; null: none. */
    private java.util.concurrent.Executor listening;
    private java.util.concurrent.Executor fxThread;
    private io.adsdesk.registry.RegistryChange.Subscription live = io.adsdesk.registry.RegistryChange.Subscription.NONE;

    /** Without program actions' own executor: only for sessions that carry no actions (tests, screenshots). */
    public Dashboard(AccountsViewModel accounts, ProgramsViewModel programs, SyncViewModel sync,
                     SyncHistoryViewModel history, UiSettings settings, Runnable saveSettings) {
        this(accounts, programs, sync, history, null, settings, saveSettings);
    }

    /** @param actions program actions; null builds one that runs on the calling thread (for sessions without actions) */
    public Dashboard(AccountsViewModel accounts, ProgramsViewModel programs, SyncViewModel sync,
                     SyncHistoryViewModel history, ProgramActionsViewModel actions, UiSettings settings,
                     Runnable saveSettings) {
        this.actions = actions != null ? actions
                : new ProgramActionsViewModel(new CurrentThreadTaskExecutor(), Runnable::run, programs::reload);
        this.accounts = accounts;
        this.programs = programs;
        this.sync = sync;
        this.history = history;
        this.settings = settings;
        this.saveSettings = saveSettings;
        sync.setOnRegistryChanged(this::registryChanged);
        programs.openingProperty().bind(accounts.busyProperty());
        sync.dataAsOfProperty().bind(programs.lastSyncedAtProperty());
        this.actions.selectedProperty().bind(programs.selectedRowProperty());
        setPendingChanges(new io.adsdesk.ui.queue.PendingChangesViewModel(new CurrentThreadTaskExecutor()));
        accounts.sessionProperty().addListener((obs, old, session) -> opened(session));
        accounts.useSettings(settings, saveSettings);
    }

    /**
     * The change queue's view model (the app gives it a worker executor); the table marks its
     * pending changes. Set before an account opens.
     */
    public void setPendingChanges(io.adsdesk.ui.queue.PendingChangesViewModel model) {
        this.pending = model;
        model.byProgramProperty().addListener((obs, old, byProgram) ->
                programs.setPendingMarks(io.adsdesk.ui.queue.PendingMarks.of(byProgram)));
    }

    public io.adsdesk.ui.queue.PendingChangesViewModel pendingChanges() {
        return pending;
    }

    /**
     * Posting from the Pending changes panel: {@code requests} runs the poster's requests (up to
     * eight at once: a pool with threads to spare). Set before an account opens.
     */
    public void setPosting(io.adsdesk.ui.queue.PostingViewModel model, java.util.concurrent.Executor requests) {
        this.posting = model;
        this.postingRequests = requests;
        model.setOnPosted(programs::reload);
    }

    /** The panel's posting; null when the app does not post. */
    public io.adsdesk.ui.queue.PostingViewModel posting() {
        return posting;
    }

    /** The support report behind "Copy diagnostics"; blocking (it reads the log), so it is built on {@code executor}. */
    public void setDiagnostics(java.util.function.Supplier<String> report, TaskExecutor executor) {
        this.diagnostics = report;
        this.diagnosticsExecutor = executor;
    }

    /** Builds the support report on a worker; the callbacks run where the executor delivers results (the FX thread). */
    public void buildDiagnostics(java.util.function.Consumer<String> onDone, java.util.function.Consumer<Throwable> onError) {
        java.util.function.Supplier<String> report = diagnostics;
        diagnosticsExecutor.submit(ctx -> report.get(), TaskCallbacks.<String, Void>of(onDone, onError));
    }

    /** How "Open folder" shows a folder in the system's file manager. */
    public void setOpenFolder(java.util.function.Consumer<java.nio.file.Path> open) {
        this.openFolder = open;
    }

    public void openFolder(java.nio.file.Path folder) {
        openFolder.accept(folder);
    }

    /**
     * Program features in the details pane: {@code gateways} gives an open account's feature service
     * (null when it has none). Call before the main window is built.
     */
    public void useFeatures(io.adsdesk.ui.features.FeaturesViewModel model,
                            java.util.function.Function<AccountSession, io.adsdesk.ui.features.FeatureGateway> gateways) {
        this.features = model;
        this.featureGateways = gateways;
        AccountSession open = accounts.getSession();
        model.setGateway(open == null ? null : gateways.apply(open));
    }

    /** The Features section's view model; null when features are not used. */
    public io.adsdesk.ui.features.FeaturesViewModel features() {
        return features;
    }

    /**
     * The Reports view: its model, and each account's reports ({@code sources} gives null for an account
     * without them). The open account's, if any, is read at once; a finished sync reads it again (pacing
     * follows the programs' budgets).
     */
    public void setReports(io.adsdesk.ui.reports.ReportsViewModel model,
                           java.util.function.Function<AccountSession, io.adsdesk.ui.reports.ReportSource> sources) {
        this.reports = model;
        this.reportSources = sources;
        io.adsdesk.ui.reports.ReportsMemory.bind(model, settings, saveSettings);
        AccountSession open = accounts.getSession();
        model.setSource(open == null ? null : sources.apply(open));
    }

    /** The Reports view's model; null when the app has none. */
    public io.adsdesk.ui.reports.ReportsViewModel reports() {
        return reports;
    }

    /**
     * The clock the change queue schedules and posts by, and how posting waits between its looks at
     * Yelp's jobs (tests move a clock of their own instead of sleeping); set before an account opens.
     */
    public void setClock(java.time.Clock clock, io.adsdesk.actions.Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public java.time.Clock clock() {
        return clock;
    }

    /** After the programs changed (a sync here or elsewhere): the table, the queue's checks and the Reports view read them again. */
    private void registryChanged() {
        programs.reload();
        pending.programsReloaded();
        if (reports != null) {
            reports.reload();
        }
    }

    /**
     * Live updates: on a team registry, what others commit (syncs, posted changes, jobs) shows here
     * within seconds. {@code listening} gives each open account's listener its thread, {@code fxThread}
     * brings what it hears to the FX thread. Set before an account opens.
     */
    public void setLiveUpdates(java.util.concurrent.Executor listening, java.util.concurrent.Executor fxThread) {
        this.listening = listening;
        this.fxThread = fxThread;
    }

    private void follow(AccountSession session) {
        live.close();
        live = io.adsdesk.registry.RegistryChange.Subscription.NONE;
        if (session != null && listening != null) {
            live = session.registry().listen(listening, change -> fxThread.execute(() -> changedElsewhere(session, change)));
        }
    }

    /** On the FX thread: what someone else committed to the open account's team registry. */
    private void changedElsewhere(AccountSession session, io.adsdesk.registry.RegistryChange change) {
        if (accounts.getSession() != session) {
            return;
        }
        switch (change.kind()) {
            case SYNC, PROGRAMS -> registryChanged();
            case JOBS -> actions.jobs().load();
            case AUDIT -> actions.audit().load();
            case PENDING_CHANGES -> pending.reloadQueue();
            case RECONNECTED -> {
                registryChanged();
                pending.reloadQueue();
                actions.jobs().load();
            }
            case LISTENING -> { }
        }
        if (change.syncChangedPrograms()) {
            sync.syncedElsewhere(change.madeBy(), change.at(), change.added(), change.updated(), change.removed());
        }
    }

    /** Tests can open an account without the automatic sync that normally follows. */
    public void setSyncOnOpen(boolean syncOnOpen) {
        this.syncOnOpen = syncOnOpen;
    }

    private void opened(AccountSession session) {
        follow(session);
        sync.setAccount(null, false);
        actions.setActions(session == null ? null : session.actions());
        if (features != null) {
            features.setGateway(session == null ? null : featureGateways.apply(session));
        }
        if (reports != null) {
            reports.setSource(session == null ? null : reportSources.apply(session));
        }
        io.adsdesk.queue.ChangeQueue queue = session == null ? null : queueOf(session);
        pending.setQueue(queue);
        if (posting != null) {
            posting.setPoster(queue, queue == null || session.actions() == null ? null
                    : new io.adsdesk.queue.ChangePoster(queue, session.actions(), postingRequests, clock, sleeper));
        }
        if (session == null) {
            programs.setRegistry(null);
            return;
        }
        remember(session);
        programs.setRegistry(session.registry(), ok -> {
            if (accounts.getSession() != session) {
                return;
            }
            sync.setAccount(session.synchronizer(), programs.totalCountProperty().get() > 0);
            // A team registry's offline copy cannot take a sync: its banner says so and offers Retry.
            if (syncOnOpen && session.registry().offlineCopy().isEmpty()) {
                sync.syncNow();
            }
        });
    }

    /** The session's change queue; null when its registry keeps none. */
    private io.adsdesk.queue.ChangeQueue queueOf(AccountSession session) {
        try {
            return io.adsdesk.queue.ChangeQueue.forAccount(session.account(), session.registry(), clock);
        } catch (UnsupportedOperationException e) {
            return null;
        }
    }

    private void remember(AccountSession session) {
        Account a = session.account();
        settings.lastAccountDemo = session.demo();
        settings.lastAccountUsername = session.demo() ? null : a.username();
        settings.lastAccountBaseUrl = session.demo() ? null : a.baseUrl();
        saveSettings.run();
    }

    public void loadHistory() {
        AccountSession s = accounts.getSession();
        history.load(s == null ? null : s.registry());
    }

    public AccountsViewModel accounts() {
        return accounts;
    }

    public ProgramsViewModel programs() {
        return programs;
    }

    public ProgramActionsViewModel actions() {
        return actions;
    }

    public SyncViewModel sync() {
        return sync;
    }

    public SyncHistoryViewModel history() {
        return history;
    }

    public UiSettings settings() {
        return settings;
    }

    public void saveSettings() {
        saveSettings.run();
    }
}
