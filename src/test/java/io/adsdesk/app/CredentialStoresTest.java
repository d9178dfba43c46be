package io.adsdesk.app;

import com.github.javakeyring.BackendNotSupportedException;
import io.adsdesk.model.Account;
import io.adsdesk.threads.Threads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CredentialStoresTest {
    private final Threads threads = new Threads("test");

    @AfterEach
    void closeThreads() {
        threads.close();
    }

    private static final Duration GENEROUS = Duration.ofSeconds(30);
    private static final Account ALICE = new Account("alice", "https://partner-api.yelp.com");

    @Test
    void withoutAnOsStoreTheAppSaysItWillAskAtEachStart() {
        CredentialStore store = CredentialStores.choose(() -> {
            throw new BackendNotSupportedException("No available keyring backend found");
        }, GENEROUS, threads).join();

        assertFalse(store.persistent());
        assertEquals("Your system has no credential store; AdsDesk will ask for the password at each start.",
                store.description());
    }

    @Test
    void theFallbackStillKeepsThePasswordForThisRun() {
        CredentialStore store = CredentialStores.choose(() -> {
            throw new BackendNotSupportedException("none");
        }, GENEROUS, threads).join();

        store.save(ALICE, "pw".toCharArray());
        assertEquals("pw", new String(store.load(ALICE).orElseThrow()));
        store.forget(ALICE);
        assertTrue(store.load(ALICE).isEmpty());
    }

    @Test
    void anOsStoreThatAnswersIsUsed() {
        RecordingStore os = new RecordingStore();
        CredentialStore store = CredentialStores.choose(() -> os, GENEROUS, threads).join();
        assertSame(os, store);
    }

    @Test
    void aStoreThatDoesNotAnswerWithinTheLimitIsReplacedAndClosedWhenItArrives() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        RecordingStore late = new RecordingStore();
        CredentialStore store = CredentialStores.choose(() -> {
            release.await();
            return late;
        }, Duration.ofMillis(50), threads).join();

        assertFalse(store.persistent(), "the session store took over while the OS store hung");
        release.countDown();
        assertTrue(late.closed.await(GENEROUS.toSeconds(), TimeUnit.SECONDS), "the late store is closed, not leaked");
    }

    @Test
    void withNoSessionBusOnLinuxTheRealChoiceFallsBack() {
        // What CI looks like: Linux, no D-Bus session. Elsewhere an OS store may rightly be found.
        assumeTrue(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux"), "Linux only");
        assumeTrue(System.getenv("DBUS_SESSION_BUS_ADDRESS") == null, "a D-Bus session is set");
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        assumeTrue(runtime == null || !Files.exists(Path.of(runtime, "bus")), "a D-Bus session socket exists");

        CredentialStore store = CredentialStores.choose(threads).join();

        assertFalse(store.persistent());
        assertEquals(CredentialStores.NO_STORE, store.description());
    }

    /** A persistent store that records being closed. */
    private static final class RecordingStore implements CredentialStore {
        final CountDownLatch closed = new CountDownLatch(1);

        @Override
        public Optional<char[]> load(Account account) {
            return Optional.empty();
        }

        @Override
        public void save(Account account, char[] password) {
        }

        @Override
        public void forget(Account account) {
        }

        @Override
        public boolean persistent() {
            return true;
        }

        @Override
        public String description() {
            return "OS store";
        }

        @Override
        public void close() {
            closed.countDown();
        }
    }
}
