package io.adsdesk.app;

import io.adsdesk.model.Account;
import io.adsdesk.ui.accounts.PasswordStorage;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalAccountGatewayTest {
    private static final Account ALICE = new Account("alice", "https://partner-api.example");

    private final PersistentMemoryStore os = new PersistentMemoryStore();
    private final LocalAccountGateway gateway = gateway(os);

    private static LocalAccountGateway gateway(CredentialStore store) {
        return new LocalAccountGateway(Path.of("unused"), new NoBackend(), CompletableFuture.completedFuture(store));
    }

    @Test
    void rememberPutsThePasswordInTheStore() throws Exception {
        gateway.connect(ALICE, "pw".toCharArray(), true).close();
        assertEquals("pw", new String(gateway.storedPassword(ALICE).orElseThrow()));
    }

    @Test
    void connectingWithoutRememberRemovesAnOlderStoredPassword() throws Exception {
        gateway.connect(ALICE, "old".toCharArray(), true).close();
        gateway.connect(ALICE, "new".toCharArray(), false).close();
        assertTrue(gateway.storedPassword(ALICE).isEmpty());
    }

    @Test
    void signOutRemovesTheStoredPassword() throws Exception {
        gateway.connect(ALICE, "pw".toCharArray(), true).close();
        gateway.forgetPassword(ALICE);
        assertTrue(os.passwords.isEmpty());
    }

    @Test
    void aSessionOnlyStoreKeepsThePasswordForThisRunEvenWithoutRemember() throws Exception {
        LocalAccountGateway session = gateway(new SessionCredentialStore(CredentialStores.NO_STORE));
        session.connect(ALICE, "pw".toCharArray(), false).close();
        assertEquals("pw", new String(session.storedPassword(ALICE).orElseThrow()));
        assertEquals(new PasswordStorage(false, CredentialStores.NO_STORE), session.passwordStorage());
    }

    @Test
    void theConnectDialogIsToldWhereThePasswordGoes() {
        assertEquals(new PasswordStorage(true, "Kept by the OS."), gateway.passwordStorage());
    }

    /** Stands in for the OS store: persistent, keyed like it by {@link Account#key()}. */
    private static final class PersistentMemoryStore implements CredentialStore {
        final Map<String, String> passwords = new HashMap<>();

        @Override
        public Optional<char[]> load(Account account) {
            return Optional.ofNullable(passwords.get(account.key())).map(String::toCharArray);
        }

        @Override
        public void save(Account account, char[] password) {
            passwords.put(account.key(), new String(password));
        }

        @Override
        public void forget(Account account) {
            passwords.remove(account.key());
        }

        @Override
        public boolean persistent() {
            return true;
        }

        @Override
        public String description() {
            return "Kept by the OS.";
        }
    }

    @Test
    void theReportKeyIsKeptApartFromThePasswordAndCanBeForgotten() throws Exception {
        gateway.connect(ALICE, "pw".toCharArray(), true).close();
        gateway.saveReportKey(ALICE, "fusion-key".toCharArray());

        assertTrue(gateway.hasReportKey(ALICE));
        assertEquals("pw", new String(gateway.storedPassword(ALICE).orElseThrow()), "the password is untouched");
        assertEquals("fusion-key", new String(ReportWiring.loadKey(os, ALICE).orElseThrow()));

        gateway.saveReportKey(ALICE, new char[0]);
        assertTrue(!gateway.hasReportKey(ALICE));
        assertEquals("pw", new String(gateway.storedPassword(ALICE).orElseThrow()));
    }

    @Test
    void aReportKeyEnteredWhileTheAccountIsOpenIsKeptAndUsedAtOnceAndCanBeForgotten() throws Exception {
        try (var registry = io.adsdesk.registry.HibernateProgramRegistry.inMemory("gateway-key")) {
            io.adsdesk.ui.accounts.AccountSession open = ReportWiring.withReports(
                    new io.adsdesk.ui.accounts.AccountSession(ALICE, false, registry,
                            io.adsdesk.sync.AccountSynchronizer.passwordNeeded(), () -> { }),
                    ReportWiring.reportingUrl(ALICE), null, java.time.Duration.ofSeconds(20), false);
            try (var reports = open.reports()) {
                assertTrue(!reports.canRequest(), "opened without a key");
                char[] typed = "fusion-key".toCharArray();

                gateway.useReportKey(open, typed);

                assertTrue(reports.canRequest(), "the open session's reports can ask Yelp now");
                assertEquals("fusion-key", new String(ReportWiring.loadKey(os, ALICE).orElseThrow()));
                assertEquals(new String(new char[typed.length]), new String(typed), "the typed key is wiped");
                assertTrue(os.passwords.keySet().stream().noneMatch(k -> k.equals(ALICE.key())), "not the password's entry");

                gateway.useReportKey(open, new char[0]);
                assertTrue(!reports.canRequest());
                assertTrue(!gateway.hasReportKey(ALICE));
            }
        }
    }

    @Test
    void theDemoAccountsKeyCannotBeReplaced() {
        io.adsdesk.ui.accounts.AccountSession demo = new io.adsdesk.ui.accounts.AccountSession(ALICE, true, null,
                null, () -> { });
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> gateway.useReportKey(demo, "k".toCharArray()));
        assertTrue(!gateway.hasReportKey(ALICE));
    }

    @Test
    void reportsGoToYelpsApiHostForAYelpAccountAndToTheAccountsOwnAddressOtherwise() {
        assertEquals("https://api.yelp.com", ReportWiring.reportingUrl(new Account("a", "https://partner-api.yelp.com")));
        assertEquals("http://127.0.0.1:4000", ReportWiring.reportingUrl(new Account("a", "http://127.0.0.1:4000")));
    }
}
