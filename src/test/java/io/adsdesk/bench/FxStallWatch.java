package io.adsdesk.bench;

import javafx.application.Platform;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How long the FX thread kept other work waiting: every 2 ms a heartbeat is posted to it, and the
 * longest wait between posting and running is the longest stall a user would have felt.
 */
final class FxStallWatch implements AutoCloseable {
    private static final long BEAT_MS = 2;
    private final AtomicLong longestNanos = new AtomicLong();
    private final ScheduledFuture<?> beats;

    FxStallWatch(ScheduledExecutorService scheduler) {
        beats = scheduler.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            Platform.runLater(() -> longestNanos.accumulateAndGet(System.nanoTime() - posted, Math::max));
        }, 0, BEAT_MS, TimeUnit.MILLISECONDS);
    }

    /** Starts a new measure: the longest stall from now on. */
    void reset() {
        longestNanos.set(0);
    }

    double longestMs() {
        return Stats.ms(longestNanos.get());
    }

    @Override
    public void close() {
        beats.cancel(false);
    }
}
