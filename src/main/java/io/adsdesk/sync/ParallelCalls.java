package io.adsdesk.sync;

import io.adsdesk.api.PartnerApiException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;
import java.util.function.ObjIntConsumer;

/** Runs a fixed list of API calls on the sync's bounded pool and returns their results in order. */
final class ParallelCalls {
    private final ExecutorService pool;
    private final Duration stallTimeout;

    ParallelCalls(ExecutorService pool, Duration stallTimeout) {
        this.pool = pool;
        this.stallTimeout = stallTimeout;
    }

    ExecutorService pool() {
        return pool;
    }

    /**
     * Results in the order of {@code calls}. {@code onDone} gets each finished call's result and index, on this thread.
     *
     * @param what names the calls, for the message when they stall (e.g. "Program Info")
     * @throws java.util.concurrent.CancellationException when {@code cancelled} turned true
     * @throws CallBatch.Stalled when no call finished for the stall timeout
     */
    <T> List<T> runAll(String what, List<CallBatch.ApiCall<T>> calls, BooleanSupplier cancelled, ObjIntConsumer<T> onDone)
            throws PartnerApiException, InterruptedException {
        List<T> results = new ArrayList<>(Collections.nCopies(calls.size(), null));
        try (CallBatch<T> batch = new CallBatch<>(pool, cancelled, stallTimeout,
                i -> what + " (request " + (i + 1) + " of " + calls.size() + ")")) {
            for (int i = 0; i < calls.size(); i++) {
                batch.submit(i, calls.get(i));
            }
            while (batch.hasPending()) {
                CallBatch.Done<T> done = batch.next();
                results.set(done.key(), done.value());
                onDone.accept(done.value(), done.key());
            }
        }
        return results;
    }
}
