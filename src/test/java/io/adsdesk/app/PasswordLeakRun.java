package io.adsdesk.app;

import io.adsdesk.actions.ActionResult;
import io.adsdesk.actions.JobStatus;
import io.adsdesk.actions.TrackedJob;
import io.adsdesk.model.Account;
import io.adsdesk.model.PacificDate;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.command.CreateProgram;
import io.adsdesk.sync.SyncProgress;
import io.adsdesk.sync.SyncReport;
import io.adsdesk.threads.Threads;
import io.adsdesk.ui.accounts.AccountSession;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The app's password path without a window, in a process of its own so that its log files and
 * console are real: the credential store the app would choose, connect with "remember", a full sync,
 * then as at the next start the password from the store, a program created and its job followed to
 * the end, a second sync, and sign-out. Run by {@link PasswordLeakTest}.
 *
 * <p>Arguments: data directory, username, base URL, business ID; the password in ADSDESK_TEST_PASSWORD.
 * With two more, a team registry's JDBC URL and database user (its password in
 * ADSDESK_TEST_REGISTRY_PASSWORD), the account's registry is on that PostgreSQL server instead, opened
 * as the command line opens it, and its change notices are listened to as a dashboard does.
 */
public final class PasswordLeakRun {
    private PasswordLeakRun() {
    }

    public static void main(String[] args) throws Exception {
        LogSetup.init();
        Path dataRoot = Path.of(args[0]);
        Account account = new Account(args[1], args[2]);
        String businessId = args[3];
        char[] password = System.getenv("ADSDESK_TEST_PASSWORD").toCharArray();
        if (args.length > 5) {
            runOnTeamRegistry(dataRoot, account, businessId, password, new io.adsdesk.registry.TeamServer(args[4], args[5],
                    System.getenv("ADSDESK_TEST_REGISTRY_PASSWORD")));
            return;
        }
        try (CredentialStore store = CredentialStores.choose(new Threads("adsdesk")).join()) {
            System.out.println("Credential store: " + store.description());
            LocalAccountGateway gateway = new LocalAccountGateway(dataRoot, new LocalBackend(),
                    CompletableFuture.completedFuture(store));
            try (AccountSession first = gateway.connect(account, password, true)) {
                check("first sync", first.synchronizer().sync(SyncProgress.NONE, () -> false));
            }
            char[] stored = gateway.storedPassword(account).orElseThrow(() -> new IllegalStateException("not stored"));
            try (AccountSession again = gateway.connect(account, stored, true)) {
                CreateProgram request = CreateProgram.cpc(businessId, PacificDate.today(), 5_000L, true, null);
                ActionResult result = again.actions().create(request);
                if (!(result instanceof ActionResult.Submitted submitted)) {
                    throw new IllegalStateException("create was not submitted: " + result);
                }
                TrackedJob job = again.actions().jobs().await(submitted.job().jobId());
                System.out.println("Create job " + job.status() + ", program " + job.programId());
                if (job.status() != JobStatus.COMPLETED) {
                    throw new IllegalStateException("create job " + job.status() + " " + job.problems());
                }
                check("second sync", again.synchronizer().sync(SyncProgress.NONE, () -> false));
            }
            gateway.forgetPassword(account);
            System.out.println("Signed out; stored password left: " + gateway.storedPassword(account).isPresent());
        }
    }

    /** The same path on a team registry: password remembered and read back, sync, create, sync, sign-out. */
    private static void runOnTeamRegistry(Path dataRoot, Account account, String businessId, char[] password,
                                          io.adsdesk.registry.TeamServer team) throws Exception {
        Threads threads = new Threads("adsdesk");
        try (CredentialStore store = CredentialStores.choose(threads).join()) {
            System.out.println("Credential store: " + store.description());
            store.save(account, password);
            try (var registry = io.adsdesk.registry.AccountStore.openTeamRegistry(dataRoot, account, team, null);
                 var heard = registry.listen(threads.cachedPool("registry-changes"), change -> { })) {
                var settings = io.adsdesk.api.ApiSettings.defaults(account.baseUrl(), true);
                char[] stored = store.load(account).orElseThrow(() -> new IllegalStateException("not stored"));
                var credentials = new io.adsdesk.api.Credentials(account.username(), stored);
                var sync = new io.adsdesk.sync.RegistrySynchronizer(new io.adsdesk.api.PartnerApiClient(settings, credentials),
                        registry, io.adsdesk.sync.SyncOptions.defaults(), io.adsdesk.sync.AccountSyncGuard.forAccount(account, dataRoot),
                        threads);
                check("first sync", sync.sync(SyncProgress.NONE, () -> false));
                var actions = io.adsdesk.actions.ProgramActions.forAccount(account, new io.adsdesk.api.PartnerApiClient(settings,
                        credentials), registry, java.time.Clock.systemUTC(), io.adsdesk.actions.Sleeper.REAL);
                ActionResult result = actions.create(CreateProgram.cpc(businessId, PacificDate.today(), 5_000L, true, null));
                if (!(result instanceof ActionResult.Submitted submitted)) {
                    throw new IllegalStateException("create was not submitted: " + result);
                }
                TrackedJob job = actions.jobs().await(submitted.job().jobId());
                System.out.println("Create job " + job.status() + ", program " + job.programId());
                check("second sync", sync.sync(SyncProgress.NONE, () -> false));
                registry.refreshContentsCache();
            }
            store.forget(account);
            System.out.println("Signed out; stored password left: " + store.load(account).isPresent());
        } finally {
            threads.close();
        }
    }

    private static void check(String what, SyncReport report) {
        System.out.println(what + ": " + report.status() + " - " + report.summary());
        if (report.status() == SyncOutcome.FAILED || report.status() == SyncOutcome.CANCELLED) {
            throw new IllegalStateException(what + " did not complete");
        }
    }
}
