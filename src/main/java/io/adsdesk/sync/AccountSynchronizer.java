package io.adsdesk.sync;

import java.util.function.BooleanSupplier;

/**
 * Brings one account's registry up to date with the partner API. Plain Java, blocking, toolkit-free:
 * the UI wraps it in a Task, the command line calls it directly.
 */
public interface AccountSynchronizer {

    /**
     * Runs one sync. Never throws for API or network trouble: the report says what happened.
     * If the sync fails or is cancelled, the registry is left exactly as it was.
     *
     * @param cancelled polled between pages; when it turns true the sync stops and changes nothing
     */
    SyncReport sync(SyncProgress progress, BooleanSupplier cancelled);

    /**
     * The synchronizer of an account opened without its password (cached data only): every sync
     * fails at once with {@link SyncFailure#PASSWORD_NEEDED}, touching neither network nor registry.
     */
    /**
     * The synchronizer of a registry that cannot be written (a team registry's offline copy): every sync
     * fails at once with {@code why}, touching neither network nor registry.
     */
    static AccountSynchronizer readOnly(String why) {
        return (progress, cancelled) -> new SyncClock(java.time.Clock.systemUTC())
                .failed(SyncFailure.LOCAL_REGISTRY, why, 0, 0);
    }

    static AccountSynchronizer passwordNeeded() {
        return (progress, cancelled) -> new SyncClock(java.time.Clock.systemUTC())
                .failed(SyncFailure.PASSWORD_NEEDED, SyncFailure.PASSWORD_NEEDED.advice(), 0, 0);
    }
}
