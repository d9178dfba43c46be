package io.adsdesk.app;

import io.adsdesk.cli.Cli;
import io.adsdesk.model.Account;
import io.adsdesk.sync.SyncProgress;
import io.adsdesk.sync.SyncReport;
import io.adsdesk.threads.Threads;
import io.adsdesk.ui.accounts.AccountSession;
import io.adsdesk.ui.accounts.AccountsViewModel;
import io.adsdesk.ui.accounts.TeamRegistryChoice;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.common.UiSettings;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The team registry's password path without a window, in a process of its own so that its logs and
 * console are real: the connect form with a team registry (Test connection, then Connect), a sync into
 * it, the settings saved, the account reopened with the stored passwords, the command line's sync
 * reading the database password from the store, an unreachable server (the offline copy), and
 * sign-out. Run by {@link TeamPasswordLeakTest}.
 *
 * <p>Arguments: data directory, username, base URL, team registry URL, database user, a dead port; the
 * partner password in ADSDESK_TEST_PASSWORD, the database password in ADSDESK_TEST_DB_PASSWORD.
 */
public final class TeamPasswordLeakRun {
    private TeamPasswordLeakRun() {
    }

    public static void main(String[] args) throws Exception {
        LogSetup.init();
        Path dataRoot = Path.of(args[0]);
        Account account = new Account(args[1], args[2]);
        String teamUrl = args[3];
        String dbUser = args[4];
        String deadUrl = "jdbc:postgresql://127.0.0.1:" + args[5] + "/adsdesk";
        String password = System.getenv("ADSDESK_TEST_PASSWORD");
        String dbPassword = System.getenv("ADSDESK_TEST_DB_PASSWORD");
        Path settingsFile = dataRoot.resolve(UiSettings.FILE_NAME);
        UiSettings settings = new UiSettings();
        try (CredentialStore store = CredentialStores.choose(new Threads("adsdesk")).join()) {
            LocalAccountGateway gateway = new LocalAccountGateway(dataRoot, new LocalBackend(), CompletableFuture.completedFuture(store));
            AccountsViewModel model = new AccountsViewModel(gateway, new CurrentThreadTaskExecutor());
            model.useSettings(settings, () -> save(settings, settingsFile));

            model.usernameProperty().set(account.username());
            model.passwordProperty().set(password);
            model.baseUrlProperty().set(account.baseUrl());
            model.rememberProperty().set(true);
            model.team().teamProperty().set(true);
            model.team().urlProperty().set(teamUrl);
            model.team().userProperty().set(dbUser);
            model.team().passwordProperty().set(dbPassword);
            model.team().testConnection(account);
            System.out.println("Test connection: " + model.team().checkProperty().get().message());
            model.connect(s -> { });
            AccountSession first = require(model);
            check("first sync", first.synchronizer().sync(SyncProgress.NONE, () -> false));
            first.registry().refreshContentsCache();

            model.reopen(account, s -> { }, a -> { });
            AccountSession again = require(model);
            check("sync after reopening", again.synchronizer().sync(SyncProgress.NONE, () -> false));
            again.close();

            Cli cli = new Cli(new DemoWiring(), LogSetup.currentDir(), List.of(), (a, url, user) ->
                    new TeamRegistryPasswords(store).load(a, url, user).map(String::new));
            int exit = cli.run(List.of("sync", "--data-dir", dataRoot.toString(), "--username", account.username(), "--base-url",
                    account.baseUrl(), "--password-env", "ADSDESK_TEST_PASSWORD", "--registry-url", teamUrl, "--registry-user",
                    dbUser), System.out, System.err).exit();
            System.out.println("command-line sync with the stored database password: exit " + exit);

            System.out.println("Test connection, nothing listening: " + gateway.testTeamRegistry(account,
                    new TeamRegistryChoice(deadUrl, dbUser), dbPassword.toCharArray()).message());
            try (AccountSession copy = gateway.connect(account, password.toCharArray(), true, false,
                    new TeamRegistryChoice(deadUrl, dbUser), dbPassword.toCharArray())) {
                System.out.println("unreachable: offline copy " + copy.registry().offlineCopy().isPresent() + ", "
                        + copy.registry().countPrograms() + " programs");
            }

            model.signOut();
            Optional<char[]> left = new TeamRegistryPasswords(store).load(account, teamUrl, dbUser);
            System.out.println("Signed out; stored database password left: " + left.isPresent());
        }
    }

    private static AccountSession require(AccountsViewModel model) {
        if (model.getSession() == null) {
            throw new IllegalStateException("not opened: " + model.errorProperty().get());
        }
        return model.getSession();
    }

    private static void save(UiSettings settings, Path file) {
        try {
            settings.save(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void check(String what, SyncReport report) {
        System.out.println(what + ": " + report.status() + " - " + report.summary());
        if (report.failure() != null) {
            throw new IllegalStateException(what + " did not complete: " + report.message());
        }
    }
}
