package io.adsdesk.ui.shell;

import io.adsdesk.model.Account;
import io.adsdesk.model.change.ChangeField;
import io.adsdesk.model.change.PendingChange;
import io.adsdesk.queue.CheckedChange;
import io.adsdesk.queue.QueueSandbox;
import io.adsdesk.sync.AccountSynchronizer;
import io.adsdesk.ui.accounts.AccountGateway;
import io.adsdesk.ui.accounts.AccountSession;
import io.adsdesk.ui.accounts.AccountsViewModel;
import io.adsdesk.ui.accounts.PasswordStorage;
import io.adsdesk.ui.common.FxTaskExecutor;
import io.adsdesk.ui.common.Theme;
import io.adsdesk.ui.common.ThemeManager;
import io.adsdesk.ui.common.UiSettings;
import io.adsdesk.ui.programs.ProgramRow;
import io.adsdesk.ui.programs.ProgramsViewModel;
import io.adsdesk.ui.queue.PendingChangesViewModel;
import io.adsdesk.ui.queue.PostingViewModel;
import io.adsdesk.ui.sync.SyncHistoryViewModel;
import io.adsdesk.ui.sync.SyncViewModel;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The main window over a {@link QueueSandbox}, wired as the app wires it (a worker for loading, a pool
 * for actions and posting, job updates through the FX thread), on the sandbox's clock: the queue
 * schedules and the due check posts by it, so a test moves time instead of waiting. {@link #quit()}
 * closes the account and its registry, as quitting the app does.
 */
final class QueueJourneyApp implements AutoCloseable {
    final Dashboard dashboard;
    final MainWindow window;
    private final java.time.Clock clock;
    private final ExecutorService workers = Executors.newFixedThreadPool(2, daemon("journey-load"));
    private final ExecutorService actionsPool = Executors.newCachedThreadPool(daemon("journey-actions"));

    /** Builds the window on the stage (call on the FX thread); no account is open yet. */
    QueueJourneyApp(Stage stage, QueueSandbox box) {
        this.clock = box.clock;
        FxTaskExecutor load = new FxTaskExecutor(workers);
        FxTaskExecutor actions = new FxTaskExecutor(actionsPool);
        UiSettings settings = new UiSettings();
        settings.autoSyncMinutes = 0;
        ProgramsViewModel programs = new ProgramsViewModel(load);
        dashboard = new Dashboard(new AccountsViewModel(new Gateway(box), load), programs,
                new SyncViewModel(load), new SyncHistoryViewModel(load),
                new io.adsdesk.ui.jobs.ProgramActionsViewModel(actions, javafx.application.Platform::runLater, programs::reload),
                settings, () -> { });
        dashboard.setClock(box.clock, this::waitOnTheClock);
        dashboard.setSyncOnOpen(false);
        PendingChangesViewModel pending = new PendingChangesViewModel(actions);
        dashboard.setPendingChanges(pending);
        dashboard.setPosting(new PostingViewModel(actions, pending), actionsPool);
        new ThemeManager().apply(Theme.LIGHT);
        window = new MainWindow(dashboard, t -> { });
        Scene scene = new Scene(window, 1280, 860);
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** Opens the sandbox's account and waits until the table and the queue are shown. */
    void openAccount(org.testfx.api.FxRobot robot, int programs) throws Exception {
        robot.interact(() -> dashboard.accounts().tryDemo(s -> { }));
        waitUntil(() -> dashboard.programs().rows().size() == programs && dashboard.pendingChanges().queue() != null
                && !dashboard.pendingChanges().busyProperty().get());
    }

    ProgramRow row(String programId) {
        return dashboard.programs().rows().stream().filter(r -> r.programId().equals(programId)).findFirst().orElseThrow();
    }

    /** The open change of this program's field, if any. */
    Optional<PendingChange> pendingOf(String programId, ChangeField field) {
        return dashboard.pendingChanges().changes().stream().map(CheckedChange::change)
                .filter(c -> c.programId().equals(programId) && c.field() == field).findFirst();
    }

    /** Waits until nothing is being queued or posted. */
    void settle() throws Exception {
        waitUntil(() -> !dashboard.pendingChanges().busyProperty().get() && !dashboard.posting().postingProperty().get());
    }

    /** Posting's waits move the sandbox's clock instead of the test's time (as the sandbox's own actions do). */
    private void waitOnTheClock(java.time.Duration d) throws InterruptedException {
        if (clock instanceof io.adsdesk.testing.MutableClock m) {
            m.advance(d);
        }
        Thread.sleep(1); // let the other workers run
    }

    static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes the account (and its registry) and stops the workers, as quitting the app does. */
    void quit() {
        dashboard.accounts().closeNow();
        close();
    }

    /** Stops the workers; the sandbox closes the registry. */
    @Override
    public void close() {
        workers.shutdownNow();
        actionsPool.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Opens the sandbox's account as the demo: its registry (already mirrored) and real program actions. */
    private record Gateway(QueueSandbox box) implements AccountGateway {
        public String defaultBaseUrl() {
            return box.sandbox.baseUrl();
        }

        public List<Account> knownAccounts() {
            return List.of();
        }

        public Optional<char[]> storedPassword(Account account) {
            return Optional.empty();
        }

        public AccountSession connect(Account account, char[] password, boolean remember) {
            return openDemo();
        }

        public AccountSession openDemo() {
            var registry = box.registry;
            return new AccountSession(box.account, true, registry, AccountSynchronizer.passwordNeeded(), registry::close,
                    box.actions);
        }

        public AccountSession openCached(Account account) {
            return openDemo();
        }

        public void forgetPassword(Account account) {
        }

        public PasswordStorage passwordStorage() {
            return null;
        }
    }
}
