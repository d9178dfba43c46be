package io.adsdesk.app;

import io.adsdesk.cli.LaunchOptions;
import io.adsdesk.threads.Threads;
import io.adsdesk.ui.accounts.AccountsViewModel;
import io.adsdesk.ui.common.FxTaskExecutor;
import io.adsdesk.ui.common.UiSettings;
import io.adsdesk.ui.jobs.ProgramActionsViewModel;
import io.adsdesk.ui.programs.ProgramsViewModel;
import io.adsdesk.ui.shell.Dashboard;
import io.adsdesk.ui.sync.SyncHistoryViewModel;
import io.adsdesk.ui.sync.SyncViewModel;
import io.adsdesk.ui.update.UpdateViewModel;
import io.adsdesk.update.AppVersion;
import io.adsdesk.update.UpdateChecker;
import io.adsdesk.update.UpdateFeed;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Builds and owns everything the dashboard runs on: data root, settings, the app's {@link Threads}
 * and the executors taken from it (one single-thread executor for sync so two syncs never overlap),
 * the credential store, the account gateway and the view models (the update notice's included). {@link #close()} shuts it all down,
 * every thread last.
 */
final class AppContext implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);

    private final boolean demo;
    private final Path dataRoot;
    private final Path settingsFile;
    private final UiSettings settings;
    /** Every thread of the app comes from here; closed last. */
    private final Threads threads;
    private final ExecutorService loadExecutor;
    private final ExecutorService syncExecutor;
    /** Program actions and job polling: a job can be followed for minutes, so not on the load threads. */
    private final ExecutorService actionsExecutor;
    /** Reports from Yelp: each is waited for for up to half an hour, so not on the load threads. */
    private final ExecutorService reportsExecutor;
    private final Dashboard dashboard;
    private final UpdateViewModel updates;
    private final CompletableFuture<CredentialStore> credentials;
    private StartupPreload preload = StartupPreload.none();

    /**
     * The app: the last account was preloaded and the OS credential store looked for (in the
     * background, with a bound) since the process started; see {@link StartupPreload}.
     */
    AppContext(LaunchOptions launch, StartupPreload preload, Threads threads) {
        this(launch, new LocalBackend(preload, threads), preload.credentials(threads), threads);
        this.preload = preload;
    }

    /** With a given credential store and threads of its own (tests). */
    AppContext(LaunchOptions launch, AccountBackend backend, CredentialStore credentials) {
        this(launch, backend, CompletableFuture.completedFuture(credentials), new Threads("adsdesk"));
    }

    private AppContext(LaunchOptions launch, AccountBackend backend, CompletableFuture<CredentialStore> credentials,
                       Threads threads) {
        this.threads = threads;
        this.loadExecutor = threads.fixedPool("load", 2);
        this.syncExecutor = threads.singleThread("sync");
        this.actionsExecutor = threads.cachedPool("actions");
        this.reportsExecutor = threads.cachedPool("reports");
        this.credentials = credentials;
        this.demo = launch.demo();
        this.dataRoot = launch.dataRoot();
        this.settingsFile = dataRoot.resolve(UiSettings.FILE_NAME);
        this.settings = UiSettings.load(settingsFile);
        FxTaskExecutor load = new FxTaskExecutor(loadExecutor);
        LocalAccountGateway gateway = new LocalAccountGateway(dataRoot, backend, credentials);
        ProgramsViewModel programs = new ProgramsViewModel(load);
        ProgramActionsViewModel actions = new ProgramActionsViewModel(new FxTaskExecutor(actionsExecutor),
                Platform::runLater, programs::reload);
        this.dashboard = new Dashboard(new AccountsViewModel(gateway, load), programs,
                new SyncViewModel(new FxTaskExecutor(syncExecutor)), new SyncHistoryViewModel(load), actions,
                settings, this::saveSettings);
        dashboard.useFeatures(new io.adsdesk.ui.features.FeaturesViewModel(new FxTaskExecutor(actionsExecutor),
                Clock.systemUTC()), io.adsdesk.ui.accounts.AccountSession::features);
        dashboard.setReports(new io.adsdesk.ui.reports.ReportsViewModel(load, new FxTaskExecutor(reportsExecutor)),
                session -> io.adsdesk.ui.reports.SessionReports.of(session, gateway));
        io.adsdesk.ui.queue.PendingChangesViewModel pending =
                new io.adsdesk.ui.queue.PendingChangesViewModel(new FxTaskExecutor(actionsExecutor));
        dashboard.setPendingChanges(pending);
        // The poster's requests share the actions pool: it is cached, so eight in flight find threads.
        dashboard.setPosting(new io.adsdesk.ui.queue.PostingViewModel(new FxTaskExecutor(actionsExecutor), pending),
                actionsExecutor);
        // A team registry's listener holds its thread while the account is open; JDBC, so platform threads.
        dashboard.setLiveUpdates(threads.cachedPool("registry-changes"), Platform::runLater);
        // The update check is one short request at most once a day: it shares the load threads.
        this.updates = new UpdateViewModel(load,
                UpdateFeed.configured().map(feed -> new UpdateChecker(feed, AppVersion.current())),
                settings, this::saveSettings, Clock.systemUTC());
        dashboard.setDiagnostics(() -> Diagnostics.report(dataRoot,
                LogSetup.currentDir(),
                io.adsdesk.registry.AccountStore.listAccounts(dataRoot)), load);
    }

    boolean demoRequested() {
        return demo;
    }

    Dashboard dashboard() {
        return dashboard;
    }

    /** Where the app's other threads come from (heap trim after the first rows). */
    Threads threads() {
        return threads;
    }

    UpdateViewModel updates() {
        return updates;
    }

    UiSettings settings() {
        return settings;
    }

    void saveSettings() {
        try {
            settings.save(settingsFile);
        } catch (IOException e) {
            LOG.warn("Could not save settings to {}: {}", settingsFile, e.toString());
        }
    }

    @Override
    public void close() {
        dashboard.sync().cancel();
        saveSettings();
        loadExecutor.shutdownNow();
        actionsExecutor.shutdownNow();
        reportsExecutor.shutdownNow();
        syncExecutor.shutdown();
        try {
            if (!syncExecutor.awaitTermination(5, TimeUnit.SECONDS)) {
                syncExecutor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        dashboard.accounts().closeNow();
        preload.close();
        // A store still being looked for is closed when it arrives; none is waited for here.
        credentials.thenAccept(CredentialStore::close);
        threads.close();
    }
}
