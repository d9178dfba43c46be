package io.adsdesk.archfixtures.sync;

import java.util.concurrent.CompletableFuture;

/** Breaks "threads only from the owner": an async call without an executor runs on the common pool. */
final class SyncOnCommonPool {
    CompletableFuture<String> later() {
        return CompletableFuture.supplyAsync(() -> "done");
    }
}
