package io.adsdesk.app;

import io.adsdesk.threads.Threads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Picks the credential store at start: the OS store when it answers a round trip within
 * {@link #PROBE_LIMIT}, otherwise a session-only store that says so. The probe runs on its own daemon
 * thread, so neither the FX thread nor the load threads wait on a hung D-Bus.
 */
final class CredentialStores {
    static final Duration PROBE_LIMIT = Duration.ofSeconds(5);
    static final String NO_STORE =
            "Your system has no credential store; AdsDesk will ask for the password at each start.";
    private static final Logger LOG = LoggerFactory.getLogger(CredentialStores.class);

    /** Opens and checks a store; throws when there is none. */
    interface Opener {
        CredentialStore open() throws Exception;
    }

    private CredentialStores() {
    }

    /** The OS credential store, or the session-only fallback; completes within {@link #PROBE_LIMIT}. */
    static CompletableFuture<CredentialStore> choose(Threads threads) {
        return choose(KeyringCredentialStore::open, PROBE_LIMIT, threads);
    }

    static CompletableFuture<CredentialStore> choose(Opener opener, Duration limit, Threads threads) {
        CompletableFuture<CredentialStore> probe = new CompletableFuture<>();
        threads.start("credential-probe", () -> {
            try {
                CredentialStore store = opener.open();
                if (!probe.complete(store)) {
                    store.close(); // answered after the limit: the fallback is already in use
                }
            } catch (Throwable e) {
                probe.completeExceptionally(e);
            }
        });
        return probe.orTimeout(limit.toMillis(), TimeUnit.MILLISECONDS)
                .handle((store, error) -> store != null ? chosen(store) : fallback(error, limit));
    }

    private static CredentialStore chosen(CredentialStore store) {
        LOG.info("Passwords go to the OS credential store");
        return store;
    }

    private static CredentialStore fallback(Throwable error, Duration limit) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof TimeoutException) {
            LOG.warn("The OS credential store did not answer within {} ms: passwords are kept for this run only",
                    limit.toMillis());
        } else {
            LOG.info("No OS credential store ({}): passwords are kept for this run only", cause.toString());
        }
        return new SessionCredentialStore(NO_STORE);
    }
}
