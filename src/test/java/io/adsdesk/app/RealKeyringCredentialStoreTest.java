package io.adsdesk.app;

import io.adsdesk.model.Account;
import io.adsdesk.threads.Threads;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Save, load and forget against the real OS credential store. Runs only where one answers (skipped
 * in CI, which has no D-Bus session); {@code scripts/keyring-check.sh} runs it against a throwaway
 * GNOME Keyring. Every check reads through a second, new connection, as the next app start would.
 */
class RealKeyringCredentialStoreTest {
    private static final Duration PROBE = Duration.ofSeconds(20);
    private static CredentialStore store;

    private final Account account = new Account("keyring-test-" + UUID.randomUUID(), "https://partner-api.example");

    @BeforeAll
    static void openTheOsStore() {
        store = CredentialStores.choose(KeyringCredentialStore::open, PROBE, new Threads("test")).join();
    }

    @BeforeEach
    void onlyWithAnOsStore() {
        // Per test, so a run without a store reports each test as skipped.
        assumeTrue(store.persistent(), "no OS credential store reachable here");
    }

    @AfterAll
    static void closeTheOsStore() {
        if (store != null) {
            store.close();
        }
    }

    @AfterEach
    void removeTheTestEntry() {
        if (store.persistent()) {
            store.forget(account);
        }
    }

    private static CredentialStore secondConnection() {
        CredentialStore other = CredentialStores.choose(KeyringCredentialStore::open, PROBE, new Threads("test")).join();
        assertTrue(other.persistent(), "the OS store answered a second time");
        return other;
    }

    @Test
    void aSavedPasswordIsReadBackThroughANewConnection() {
        store.save(account, "pä55-wörd ✓".toCharArray());
        try (CredentialStore other = secondConnection()) {
            assertEquals("pä55-wörd ✓", new String(other.load(account).orElseThrow()));
        }
    }

    @Test
    void savingAgainReplacesThePassword() {
        store.save(account, "first".toCharArray());
        store.save(account, "second".toCharArray());
        try (CredentialStore other = secondConnection()) {
            assertEquals("second", new String(other.load(account).orElseThrow()));
        }
    }

    @Test
    void aForgottenPasswordIsGoneForTheNextStart() {
        store.save(account, "to-forget".toCharArray());
        store.forget(account);
        try (CredentialStore other = secondConnection()) {
            assertTrue(other.load(account).isEmpty());
        }
    }

    @Test
    void anotherAccountSeesNoPassword() {
        store.save(account, "mine".toCharArray());
        Account other = new Account(account.username(), "https://other.example");
        assertTrue(store.load(other).isEmpty());
    }

    @Test
    void connectingWithoutRememberRemovesAPasswordRememberedBefore() throws Exception {
        LocalAccountGateway gateway = new LocalAccountGateway(Path.of("unused"), new NoBackend(),
                CompletableFuture.completedFuture(store));
        gateway.connect(account, "remembered".toCharArray(), true).close();
        assertEquals("remembered", new String(gateway.storedPassword(account).orElseThrow()));

        gateway.connect(account, "typed-once".toCharArray(), false).close();
        try (CredentialStore other = secondConnection()) {
            assertTrue(other.load(account).isEmpty());
        }
    }
}
