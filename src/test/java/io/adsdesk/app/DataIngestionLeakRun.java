package io.adsdesk.app;

import io.adsdesk.model.Account;
import io.adsdesk.threads.Threads;
import io.adsdesk.ui.accounts.AccountSession;
import io.adsdesk.ui.features.FeatureCallException;
import io.adsdesk.ui.features.FeatureCopy;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The app's Data Ingestion path without a window, in a process of its own so that its log files and
 * console are real: connect with "remember", a feature read refused for want of feature access, the
 * Data Ingestion credentials saved as the dialog saves them, the read and a change then made with
 * them, and as at the next start a session that finds them in the credential store. Run by
 * {@link PasswordLeakTest}.
 *
 * <p>Arguments: data directory, username, base URL, Data Ingestion username, program ID; the passwords in
 * ADSDESK_TEST_PASSWORD and ADSDESK_TEST_INGEST_PASSWORD.
 */
public final class DataIngestionLeakRun {
    private DataIngestionLeakRun() {
    }

    public static void main(String[] args) throws Exception {
        LogSetup.init();
        Path dataRoot = Path.of(args[0]);
        Account account = new Account(args[1], args[2]);
        String ingestUser = args[3];
        String programId = args[4];
        char[] password = System.getenv("ADSDESK_TEST_PASSWORD").toCharArray();
        char[] ingestPassword = System.getenv("ADSDESK_TEST_INGEST_PASSWORD").toCharArray();
        try (CredentialStore store = CredentialStores.choose(new Threads("adsdesk")).join()) {
            System.out.println("Credential store: " + store.description());
            LocalAccountGateway gateway = new LocalAccountGateway(dataRoot, new LocalBackend(),
                    CompletableFuture.completedFuture(store));
            try (AccountSession first = gateway.connect(account, password, true)) {
                try {
                    first.features().read(programId);
                    throw new IllegalStateException("features were read without Data Ingestion credentials");
                } catch (FeatureCallException e) {
                    System.out.println("Without them: " + e.kind() + " - " + e.getMessage());
                }
                first.features().saveDataIngestionCredentials(ingestUser, ingestPassword);
                FeatureCopy read = first.features().read(programId);
                System.out.println("With them: read " + read.features().size() + " feature types");
                first.features().save(programId, "AD_GOAL", Map.of("ad_goal", "CALLS"));
                System.out.println("Ad goal saved");
            }
            char[] stored = gateway.storedPassword(account).orElseThrow(() -> new IllegalStateException("not stored"));
            try (AccountSession again = gateway.connect(account, stored, true)) {
                System.out.println("Next session: read " + again.features().read(programId).features().size() + " feature types");
            }
            new DataIngestionCredentials(store).forget(account);
            gateway.forgetPassword(account);
            System.out.println("Signed out");
        }
    }
}
