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

    private static void check(String what, SyncReport report) {
        System.out.println(what + ": " + report.status() + " - " + report.summary());
        if (report.status() == SyncOutcome.FAILED || report.status() == SyncOutcome.CANCELLED) {
            throw new IllegalStateException(what + " did not complete");
        }
    }
}
