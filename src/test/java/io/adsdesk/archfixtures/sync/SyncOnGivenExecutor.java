package io.adsdesk.archfixtures.sync;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** Allowed: async work on an executor handed in by the owner. */
final class SyncOnGivenExecutor {
    CompletableFuture<String> later(Executor executor) {
        return CompletableFuture.supplyAsync(() -> "done", executor).thenApplyAsync(String::trim, executor);
    }
}
