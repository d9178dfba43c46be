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
import java.util.function.ObjIntConsumer;

/**
 * Runs a batch of API calls on the sync's bounded pool (so at most {@code concurrency} are in
 * flight), fails fast on the first call that fails for good, and stops when cancelled.
 */
final class ParallelCalls {
    private static final long CANCEL_POLL_MS = 50;

    @FunctionalInterface
    interface ApiCall<T> {
        T call() throws PartnerApiException, InterruptedException;
    }

    private final ExecutorService pool;

    ParallelCalls(ExecutorService pool) {
        this.pool = pool;
    }

    /**
     * Results in the order of {@code calls}. {@code onDone} gets each finished call's result and index, on this thread.
     *
     * @throws CancellationException when {@code cancelled} turned true; outstanding calls are abandoned
     */
    <T> List<T> runAll(List<ApiCall<T>> calls, BooleanSupplier cancelled, ObjIntConsumer<T> onDone)
            throws PartnerApiException, InterruptedException {
        ExecutorCompletionService<Indexed<T>> done = new ExecutorCompletionService<>(pool);
        List<Future<Indexed<T>>> futures = new ArrayList<>(calls.size());
        for (int i = 0; i < calls.size(); i++) {
            int index = i;
            ApiCall<T> call = calls.get(i);
            futures.add(done.submit(() -> new Indexed<>(index, call.call())));
        }
        List<T> results = new ArrayList<>(java.util.Collections.nCopies(calls.size(), null));
        try {
            for (int received = 0; received < calls.size(); ) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("cancelled");
                }
                Future<Indexed<T>> f = done.poll(CANCEL_POLL_MS, TimeUnit.MILLISECONDS);
                if (f == null) {
                    continue;
                }
                Indexed<T> r = unwrap(f);
                results.set(r.index(), r.value());
                received++;
                onDone.accept(r.value(), r.index());
            }
            return results;
        } finally {
            futures.forEach(f -> f.cancel(true));
        }
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

    private record Indexed<T>(int index, T value) {
    }
}
