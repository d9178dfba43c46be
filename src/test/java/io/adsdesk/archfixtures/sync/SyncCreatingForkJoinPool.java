package io.adsdesk.archfixtures.sync;

import java.util.concurrent.ForkJoinPool;

/** Breaks "threads only from the owner": its own fork-join pool. */
final class SyncCreatingForkJoinPool {
    ForkJoinPool pool() {
        return new ForkJoinPool(2);
    }
}
