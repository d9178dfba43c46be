package io.adsdesk.ui.shell;

import io.adsdesk.model.Account;
import io.adsdesk.model.PacificDate;
import io.adsdesk.model.change.ChangeState;
import io.adsdesk.queue.QueueSandbox;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxProgram;
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
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole way from the table to Yelp: 50 selected programs get +10% budget through the bulk
 * change dialog, the Pending changes pane lists 50 changes, Post all sends them to the sandbox,
 * every one completes and the table shows the new budgets.
 */
@ExtendWith(ApplicationExtension.class)
class PendingChangesJourneyTest {
    private QueueSandbox box;
    private ExecutorService workers;
    private ExecutorService actionsPool;
    private Dashboard dashboard;
    private List<String> chosen;
    private final Map<String, Long> budgetsBefore = new HashMap<>();

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("pending-journey");
        box = new QueueSandbox(dir, SandboxConfig.defaults().withPrograms(240).withBusinesses(60).withSeed(11)
                .withJobDelayMs(0), Clock.systemUTC());
        var today = PacificDate.today();
        chosen = box.sandbox.account().programs().stream()
                .filter(p -> p.type().equals("CPC") && p.active(today) && !p.paused() && p.budget() >= 5000)
                .filter(p -> box.sandbox.account().business(p.businessIds().getFirst())
                        .map(b -> !b.closed() && !b.removedFromSearch()).orElse(false))
                .limit(50).map(SandboxProgram::id).toList();
        assertEquals(50, chosen.size(), "the sandbox has 50 running CPC programs");
        chosen.forEach(id -> budgetsBefore.put(id, box.atYelp(id).budget()));

        workers = Executors.newFixedThreadPool(2, daemon("test-load"));
        actionsPool = Executors.newCachedThreadPool(daemon("test-actions"));
        FxTaskExecutor load = new FxTaskExecutor(workers);
        FxTaskExecutor actions = new FxTaskExecutor(actionsPool);
        UiSettings settings = new UiSettings();
        settings.autoSyncMinutes = 0;
        ProgramsViewModel programs = new ProgramsViewModel(load);
        // As the app wires it: job updates reach the screen through the FX thread.
        dashboard = new Dashboard(new AccountsViewModel(new SandboxGateway(box), load), programs,
                new SyncViewModel(load), new SyncHistoryViewModel(load),
                new io.adsdesk.ui.jobs.ProgramActionsViewModel(actions, javafx.application.Platform::runLater, programs::reload),
                settings, () -> { });
        PendingChangesViewModel pending = new PendingChangesViewModel(actions);
        dashboard.setPendingChanges(pending);
        dashboard.setPosting(new PostingViewModel(actions, pending), actionsPool);
        new ThemeManager().apply(Theme.LIGHT);
        MainWindow window = new MainWindow(dashboard, t -> { });
        Scene scene = new Scene(window, 1280, 860);
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        workers.shutdownNow();
        actionsPool.shutdownNow();
        box.close();
    }

    @Test
    void fiftyProgramsGetTenPercentMoreBudgetThroughThePanel(FxRobot robot) throws Exception {
        robot.interact(() -> dashboard.accounts().tryDemo(s -> { }));
        TableView<ProgramRow> table = robot.lookup("#programs-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 240);

        Set<String> ids = Set.copyOf(chosen);
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (ids.contains(table.getItems().get(i).programId())) {
                    table.getSelectionModel().select(i);
                }
            }
        });
        assertEquals(50, table.getSelectionModel().getSelectedItems().size());
        robot.interact(table::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B).release(KeyCode.B, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#change-value").tryQuery().isPresent(), "the dialog is open");
        robot.clickOn("#change-value").write("10").type(KeyCode.ENTER);
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dashboard.pendingChanges().changes().size() == 50);
        } catch (Exception e) {
            throw new AssertionError("changes " + dashboard.pendingChanges().changes().size() + " error "
                    + dashboard.pendingChanges().errorProperty().get() + " queue " + dashboard.pendingChanges().queue());
        }
        waitUntil(() -> dashboard.pendingChanges().changes().size() == 50);

        robot.press(KeyCode.CONTROL, KeyCode.J).release(KeyCode.J, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> panelTable = robot.lookup("#pending-table").queryTableView();
        assertEquals(50, panelTable.getItems().size(), "the pane lists the 50 changes");
        assertEquals("✎ Pending changes (50)", robot.lookup("#pending-toggle")
                .queryAs(javafx.scene.control.ToggleButton.class).getText());

        robot.clickOn("#pending-post-all");
        waitUntil(() -> dashboard.posting().history().size() == 50 && !dashboard.posting().postingProperty().get());

        assertTrue(dashboard.posting().history().stream().allMatch(c -> c.state() == ChangeState.COMPLETED),
                "every change completed");
        assertEquals(0, panelTable.getItems().size());
        assertEquals("50 completed.", dashboard.posting().messageProperty().get());
        for (String id : chosen) {
            long expected = Math.round(budgetsBefore.get(id) * 1.1);
            assertEquals(expected, box.atYelp(id).budget(), "Yelp has the new budget of " + id);
        }
        String first = chosen.getFirst();
        long expected = Math.round(budgetsBefore.get(first) * 1.1);
        waitUntil(() -> table.getItems().stream().anyMatch(r -> r.programId().equals(first)
                && Long.valueOf(expected).equals(r.program().budgetCents())));
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Opens the sandbox's account as the demo: its registry (already mirrored) and real program actions. */
    private record SandboxGateway(QueueSandbox box) implements AccountGateway {
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
            return new AccountSession(box.account, true, box.registry, AccountSynchronizer.passwordNeeded(), () -> { },
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
