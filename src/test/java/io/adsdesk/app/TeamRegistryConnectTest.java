package io.adsdesk.app;

import io.adsdesk.model.Account;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.registry.TeamRegistries;
import io.adsdesk.registry.TeamServer;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxServer;
import io.adsdesk.sync.SyncProgress;
import io.adsdesk.sync.SyncReport;
import io.adsdesk.testing.RegistryEngine;
import io.adsdesk.testing.TcpRelay;
import io.adsdesk.ui.accounts.AccountSession;
import io.adsdesk.ui.accounts.AccountsViewModel;
import io.adsdesk.ui.accounts.OfflineBannerModel;
import io.adsdesk.ui.accounts.TeamRegistryViewModel;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.common.UiSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The connect form's Team registry on a real PostgreSQL (skipped without ADSDESK_TEST_PG_URL), through
 * the app's gateway and backend: test, connect, sync into the team registry; then the server goes away
 * (a relay in front of it is taken down): the account opens from its local copy, read-only, under the
 * banner; the server comes back: Retry reopens it from the team registry and the banner goes.
 */
class TeamRegistryConnectTest {
    private static final int PROGRAMS = 40;

    @TempDir
    Path dataRoot;

    @Test
    void connectsThroughTheFormThenShowsTheCopyWhileTheServerIsAwayAndReturnsToIt() throws Exception {
        TeamServer real = RegistryEngine.server();
        URI pg = URI.create(real.url().substring("jdbc:".length()));
        String username = "team-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "partner-pw";
        SessionCredentialStore store = new SessionCredentialStore();
        UiSettings settings = new UiSettings();
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(PROGRAMS).withBusinesses(4)
                .withSeed(5).withCredentials(username, password));
             TcpRelay relay = new TcpRelay(pg.getHost(), pg.getPort())) {
            String url = "jdbc:postgresql://127.0.0.1:" + relay.port() + pg.getPath();
            LocalAccountGateway gateway = new LocalAccountGateway(dataRoot, new LocalBackend(),
                    CompletableFuture.completedFuture(store));
            AccountsViewModel model = new AccountsViewModel(gateway, new CurrentThreadTaskExecutor());
            model.useSettings(settings, () -> { });
            Account account = new Account(username, sandbox.baseUrl());

            model.usernameProperty().set(username);
            model.passwordProperty().set(password);
            model.baseUrlProperty().set(sandbox.baseUrl());
            TeamRegistryViewModel team = model.team();
            team.teamProperty().set(true);
            team.urlProperty().set(url);
            team.userProperty().set(real.user());
            team.passwordProperty().set(real.password());

            team.testConnection(account);
            assertTrue(team.checkProperty().get().ok(), team.checkProperty().get().message());
            assertTrue(team.checkProperty().get().message().startsWith("Connected to PostgreSQL "), team.checkProperty().get().message());

            model.connect(s -> { });
            AccountSession online = model.getSession();
            assertTrue(online != null, model.errorProperty().get());
            assertTrue(online.registry().offlineCopy().isEmpty());
            SyncReport report = online.synchronizer().sync(SyncProgress.NONE, () -> false);
            assertEquals(SyncOutcome.SYNCED, report.status(), report.summary());
            assertEquals(PROGRAMS, online.registry().loadContents().programs().size());
            online.registry().refreshContentsCache();
            assertEquals(PROGRAMS, programsOnTheServer(real, account), "the programs are in the account's schema on the server");
            assertEquals(url, settings.teamRegistries.get(account.key()).url);
            assertTrue(new TeamRegistryPasswords(store).load(account, url, real.user()).isPresent(),
                    "the database password went to the credential store");
            assertTrue(Files.isRegularFile(dataRoot.resolve("accounts").resolve(account.key()).resolve("team/contents.cache")));

            relay.down();
            model.reopen(account, s -> { }, a -> { });
            AccountSession copy = model.getSession();
            assertTrue(copy.registry().offlineCopy().isPresent(), model.errorProperty().get());
            assertEquals(PROGRAMS, copy.registry().loadContents().programs().size(), "the last copy's programs are shown");
            OfflineBannerModel banner = model.offline();
            assertTrue(banner.textProperty().get().matches(
                    "Team registry unreachable since \\d\\d:\\d\\d — showing the copy from \\d\\d:\\d\\d; changes are disabled"),
                    banner.textProperty().get());
            assertTrue(banner.detailProperty().get().contains("Nothing answers at 127.0.0.1:" + relay.port()),
                    banner.detailProperty().get());
            SyncReport refused = copy.synchronizer().sync(SyncProgress.NONE, () -> false);
            assertEquals(SyncOutcome.FAILED, refused.status());
            assertTrue(copy.actions() == null, "no program actions on a copy");
            assertThrows(UnsupportedOperationException.class, () -> copy.registry().changeStore());

            banner.retry();
            assertEquals(copy, model.getSession(), "still away: the copy stays");
            assertTrue(banner.detailProperty().get().startsWith("Still unreachable at "), banner.detailProperty().get());

            relay.up();
            banner.retry();
            AccountSession back = model.getSession();
            assertNotSame(copy, back);
            assertTrue(back.registry().offlineCopy().isEmpty());
            assertEquals("", banner.textProperty().get());
            assertEquals(PROGRAMS, back.registry().loadContents().programs().size());
            assertFalse(back.synchronizer().sync(SyncProgress.NONE, () -> false).status() == SyncOutcome.FAILED,
                    "syncing works again");
            back.close();
        }
    }

    @Test
    void withoutALocalCopyAnUnreachableServerIsSaidPlainly() throws Exception {
        int dead;
        try (var s = new java.net.ServerSocket(0)) {
            dead = s.getLocalPort();
        }
        LocalAccountGateway gateway = new LocalAccountGateway(dataRoot, new LocalBackend(),
                CompletableFuture.completedFuture(new SessionCredentialStore()));
        Account account = new Account("nobody", "https://partner-api.example");
        Exception e = assertThrows(Exception.class, () -> gateway.openCached(account,
                new io.adsdesk.ui.accounts.TeamRegistryChoice("jdbc:postgresql://127.0.0.1:" + dead + "/adsdesk", "adsdesk")));
        assertTrue(e.getMessage().startsWith("Nothing answers at 127.0.0.1:" + dead), e.getMessage());
        assertTrue(e.getMessage().endsWith("This computer has no copy of the team registry yet, so there is nothing to show"
                + " until it can be reached."), e.getMessage());
    }

    private static int programsOnTheServer(TeamServer server, Account account) throws Exception {
        try (var c = DriverManager.getConnection(server.url(), server.user(), server.password());
             var s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM " + TeamRegistries.schemaOf(account) + ".programs")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
