package io.adsdesk.app;

import io.adsdesk.api.ApiSettings;
import io.adsdesk.api.Credentials;
import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.model.Account;
import io.adsdesk.model.Program;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.registry.Makers;
import io.adsdesk.registry.TeamRegistries;
import io.adsdesk.registry.TeamServer;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxServer;
import io.adsdesk.sync.AccountSynchronizer;
import io.adsdesk.sync.RegistrySynchronizer;
import io.adsdesk.sync.SyncGuard;
import io.adsdesk.sync.SyncOptions;
import io.adsdesk.testing.RegistryEngine;
import io.adsdesk.threads.Threads;
import io.adsdesk.ui.accounts.AccountGateway;
import io.adsdesk.ui.accounts.AccountSession;
import io.adsdesk.ui.accounts.AccountsViewModel;
import io.adsdesk.ui.accounts.PasswordStorage;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.common.UiSettings;
import io.adsdesk.ui.programs.ProgramRow;
import io.adsdesk.ui.programs.ProgramsViewModel;
import io.adsdesk.ui.shell.Dashboard;
import io.adsdesk.ui.sync.SyncHistoryViewModel;
import io.adsdesk.ui.sync.SyncNotice;
import io.adsdesk.ui.sync.SyncViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two dashboards on one account's team registry (PostgreSQL; skipped without a server): a sync in
 * one, and a program written back after a job in it, show in the other without a refresh. Each
 * dashboard's view models live on one "FX" thread of the test, as in the app.
 */
class TeamLiveUpdatesTest {
    private static final int PROGRAMS = 120;
    private static final long WAIT_SECONDS = 30;

    private final Threads threads = new Threads("live-test");
    private final ExecutorService fx = threads.singleThread("fx");
    private SandboxServer sandbox;
    private HibernateProgramRegistry firstRegistry;
    private HibernateProgramRegistry secondRegistry;

    @BeforeEach
    void start() throws Exception {
        TeamServer server = RegistryEngine.server();
        Account account = RegistryEngine.freshAccount("live");
        sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(PROGRAMS).withBusinesses(12).withSeed(21));
        firstRegistry = TeamRegistries.open(server, account, null, null);
        secondRegistry = TeamRegistries.open(server, account, null, null);
    }

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
            firstRegistry.close();
            secondRegistry.close();
        }
        threads.close();
    }

    /** A dashboard as the app wires it, on the test's FX thread; {@code listening} counts down when its listener is heard from. */
    private Dashboard dashboard(HibernateProgramRegistry registry, CountDownLatch listening) throws Exception {
        CurrentThreadTaskExecutor now = new CurrentThreadTaskExecutor();
        AccountSynchronizer synchronizer = new RegistrySynchronizer(new PartnerApiClient(ApiSettings.defaults(sandbox.baseUrl()),
                new Credentials("demo", SandboxConfig.DEFAULT_PASSWORD.toCharArray())), registry, SyncOptions.defaults(),
                SyncGuard.inProcess("live-" + sandbox.port() + "-" + System.identityHashCode(registry)));
        AccountSession session = new AccountSession(new Account("demo", sandbox.baseUrl()), false, registry, synchronizer, () -> { });
        Executor fxFromListener = task -> {
            listening.countDown();
            fx.execute(task);
        };
        return onFx(() -> {
            Dashboard d = new Dashboard(new AccountsViewModel(new OneSession(session), now), new ProgramsViewModel(now),
                    new SyncViewModel(now), new SyncHistoryViewModel(now), new UiSettings(), () -> { });
            d.setSyncOnOpen(false);
            d.setLiveUpdates(threads.cachedPool("registry-changes"), fxFromListener);
            d.accounts().tryDemo(s -> { });
            return d;
        });
    }

    private <T> T onFx(Callable<T> work) throws Exception {
        return fx.submit(work).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** Waits until the dashboard's rows pass {@code test}, re-checked on the FX thread after every change of the table. */
    private void awaitRows(Dashboard d, Predicate<List<ProgramRow>> test) throws Exception {
        CompletableFuture<Void> seen = new CompletableFuture<>();
        onFx(() -> {
            Runnable check = () -> {
                if (test.test(List.copyOf(d.programs().rows()))) {
                    seen.complete(null);
                }
            };
            d.programs().rows().addListener((javafx.collections.ListChangeListener<ProgramRow>) c -> check.run());
            check.run();
            return null;
        });
        seen.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void aSyncInOneDashboardShowsInTheOtherWithWhoMadeIt() throws Exception {
        CountDownLatch firstListening = new CountDownLatch(1);
        CountDownLatch secondListening = new CountDownLatch(1);
        Dashboard first = dashboard(firstRegistry, firstListening);
        Dashboard second = dashboard(secondRegistry, secondListening);
        assertTrue(secondListening.await(WAIT_SECONDS, TimeUnit.SECONDS), "the second dashboard listens");
        assertEquals(0, (int) onFx(() -> second.programs().rows().size()));

        onFx(() -> {
            first.sync().syncNow();
            return null;
        });
        assertEquals(PROGRAMS, (int) onFx(() -> first.programs().rows().size()));

        awaitRows(second, rows -> rows.size() == PROGRAMS);
        SyncNotice notice = onFx(() -> second.sync().noticeProperty().get());
        assertEquals("Synced by " + Makers.current() + " at ", notice.text().substring(0, notice.text().indexOf(" at ") + 4));
        assertTrue(notice.text().endsWith(": added " + PROGRAMS), notice.text());
        assertEquals("Sync finished", onFx(() -> first.sync().noticeProperty().get()).title(),
                "the dashboard that synced shows its own notice, not another's");
    }

    @Test
    void aProgramWrittenBackInOneDashboardShowsInTheOther() throws Exception {
        Dashboard first = dashboard(firstRegistry, new CountDownLatch(1));
        onFx(() -> {
            first.sync().syncNow();
            return null;
        });
        CountDownLatch secondListening = new CountDownLatch(1);
        Dashboard second = dashboard(secondRegistry, secondListening);
        assertTrue(secondListening.await(WAIT_SECONDS, TimeUnit.SECONDS), "the second dashboard listens");
        awaitRows(second, rows -> rows.size() == PROGRAMS);

        Program before = firstRegistry.findAll().getFirst();
        long newBudget = (before.budgetCents() == null ? 0 : before.budgetCents()) + 12_345;
        firstRegistry.upsertProgram(withBudget(before, newBudget)); // what a finished job's read-back writes

        awaitRows(second, rows -> rows.stream().anyMatch(r -> r.programId().equals(before.programId())
                && Optional.ofNullable(r.program().budgetCents()).orElse(0L) == newBudget));
    }

    private static Program withBudget(Program p, long cents) {
        return new Program(p.programId(), p.programType(), p.startDate(), p.endDate(), p.active(), p.paused(), cents,
                p.maxBidCents(), p.currency(), p.autobid(), p.feePeriod(), p.billedImpressions(), p.billedClicks(),
                p.adCostCents(), p.businesses(), p.adCategories(), p.activeFeatures(), p.availableFeatures(),
                p.futureBudgetChanges(), p.pageUpgradeInfo(), p.issue());
    }

    /** Opens the one session it was given. */
    private record OneSession(AccountSession session) implements AccountGateway {
        @Override
        public String defaultBaseUrl() {
            return session.account().baseUrl();
        }

        @Override
        public List<Account> knownAccounts() {
            return List.of(session.account());
        }

        @Override
        public Optional<char[]> storedPassword(Account account) {
            return Optional.empty();
        }

        @Override
        public AccountSession connect(Account account, char[] password, boolean remember) {
            return session;
        }

        @Override
        public AccountSession openDemo() {
            return session;
        }

        @Override
        public AccountSession openCached(Account account) {
            return session;
        }

        @Override
        public void forgetPassword(Account account) {
        }

        @Override
        public PasswordStorage passwordStorage() {
            return new PasswordStorage(false, "Not kept.");
        }
    }
}
