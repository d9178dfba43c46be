package io.adsdesk.archfixtures.sync;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Breaks "threads only from the owner": its own pool. */
final class SyncCreatingExecutor {
    ExecutorService pool() {
        return Executors.newFixedThreadPool(4);
    }
}
