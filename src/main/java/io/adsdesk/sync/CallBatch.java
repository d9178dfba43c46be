package io.adsdesk.sync;

import io.adsdesk.api.PartnerApiException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * API calls running on the sync's bounded pool (at most {@code concurrency} in flight), taken back
 * in completion order. More calls may be submitted while others run. The first call that fails for
 * good fails the batch; closing it abandons whatever is still running.
 */
final class CallBatch<T> implements AutoCloseable {
    private static final long CANCEL_POLL_MS = 50;

    @FunctionalInterface
    interface ApiCall<T> {
        T call() throws PartnerApiException, InterruptedException;
    }

    /** A finished call: the key it was submitted under, and its result. */
    record Done<T>(int key, T value) {
    }

    private final ExecutorCompletionService<Done<T>> completions;
    private final BooleanSupplier cancelled;
    private final List<Future<Done<T>>> futures = new ArrayList<>();
    private int pending;

    CallBatch(ExecutorService pool, BooleanSupplier cancelled) {
        this.completions = new ExecutorCompletionService<>(pool);
        this.cancelled = cancelled;
    }

    void submit(int key, ApiCall<T> call) {
        futures.add(completions.submit(() -> new Done<>(key, call.call())));
        pending++;
    }

    boolean hasPending() {
        return pending > 0;
    }

    /** Calls submitted and not yet taken back. */
    int pending() {
        return pending;
    }

    /**
     * The next call to finish.
     *
     * @throws CancellationException when {@code cancelled} turned true
     */
    Done<T> next() throws PartnerApiException, InterruptedException {
        while (true) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("cancelled");
            }
            Future<Done<T>> f = completions.poll(CANCEL_POLL_MS, TimeUnit.MILLISECONDS);
            if (f != null) {
                pending--;
                return unwrap(f);
            }
        }
    }

    @Override
    public void close() {
        futures.forEach(f -> f.cancel(true));
    }

    private static <T> T unwrap(Future<T> f) throws PartnerApiException, InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof PartnerApiException api) {
                throw api;
            }
            if (cause instanceof InterruptedException ie) {
                throw ie;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
    }
}
