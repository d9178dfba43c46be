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
}
