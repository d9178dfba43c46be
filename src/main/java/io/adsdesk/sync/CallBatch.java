package io.adsdesk.sync;

import io.adsdesk.api.PartnerApiException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

/**
 * API calls running on the sync's bounded pool (at most {@code concurrency} in flight), taken back
 * in completion order. More calls may be submitted while others run. The first call that fails for
 * good fails the batch; closing it abandons whatever is still running. When no call has finished or
 * gone out for the stall timeout, waiting ends with {@link Stalled}, naming the oldest call waited for.
 */
final class CallBatch<T> implements AutoCloseable {
    private static final long CANCEL_POLL_MS = 50;

    /** No call finished for the stall timeout; {@link #getMessage()} names the call that stalled. */
    static final class Stalled extends RuntimeException {
        Stalled(String message) {
            super(message);
        }
    }

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
    private final Duration stallTimeout;
    private final IntFunction<String> label;
    private final NavigableSet<Integer> waitingFor = new TreeSet<>();
    private long lastProgress = System.nanoTime();
    private int pending;

    /**
     * @param label names a call by its key, for the message when it stalls (e.g. "page 3 (offset 80)")
     */
    CallBatch(ExecutorService pool, BooleanSupplier cancelled, Duration stallTimeout, IntFunction<String> label) {
        this.completions = new ExecutorCompletionService<>(pool);
        this.cancelled = cancelled;
        this.stallTimeout = stallTimeout;
        this.label = label;
    }

    void submit(int key, ApiCall<T> call) {
        lastProgress = System.nanoTime(); // a call that just went out has not stalled yet
        futures.add(completions.submit(() -> new Done<>(key, call.call())));
        waitingFor.add(key);
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
     * @throws Stalled when no call finished for the stall timeout
     */
    Done<T> next() throws PartnerApiException, InterruptedException {
        while (true) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("cancelled");
            }
            Future<Done<T>> f = completions.poll(CANCEL_POLL_MS, TimeUnit.MILLISECONDS);
            if (f != null) {
                pending--;
                Done<T> done = unwrap(f);
                waitingFor.remove(done.key());
                lastProgress = System.nanoTime();
                return done;
            }
            if (System.nanoTime() - lastProgress > stallTimeout.toNanos() && !waitingFor.isEmpty()) {
                throw new Stalled("no progress on " + label.apply(waitingFor.first()) + " for " + seconds(stallTimeout));
            }
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : "%.1f s".formatted(d.toMillis() / 1000.0);
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
