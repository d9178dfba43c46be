package io.adsdesk.sync;

import java.time.Clock;
import java.time.Duration;

/**
 * Tuning of a sync.
 *
 * @param concurrency most List All requests in flight at once
 * @param driftRetries how often to re-page when the account changed while paging, before giving up safely
 * @param nameRefreshAge business names older than this are fetched again
 * @param stallTimeout the sync fails safely (nothing changed) when no request has finished for this long,
 *                     whatever the retries in flight would still try
 */
public record SyncOptions(int concurrency, int pageSize, int driftRetries, Duration nameRefreshAge, Clock clock,
                          Duration stallTimeout) {
    public static final int DEFAULT_CONCURRENCY = 8;
    public static final int MAX_CONCURRENCY = 32;
    /** Longer than a request timeout plus the longest Retry-After honoured, so only a true stall trips it. */
    public static final Duration DEFAULT_STALL_TIMEOUT = Duration.ofSeconds(120);

    public SyncOptions {
        if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
            throw new IllegalArgumentException("concurrency must be between 1 and " + MAX_CONCURRENCY);
        }
        if (pageSize < 1 || pageSize > 40) {
            throw new IllegalArgumentException("page size must be between 1 and 40");
        }
        if (stallTimeout == null || !stallTimeout.isPositive()) {
            throw new IllegalArgumentException("the stall timeout must be positive");
        }
    }

    public static SyncOptions defaults() {
        return new SyncOptions(DEFAULT_CONCURRENCY, 40, 2, Duration.ofHours(24), Clock.systemUTC(), DEFAULT_STALL_TIMEOUT);
    }

    public SyncOptions withConcurrency(int n) {
        return new SyncOptions(n, pageSize, driftRetries, nameRefreshAge, clock, stallTimeout);
    }

    public SyncOptions withClock(Clock c) {
        return new SyncOptions(concurrency, pageSize, driftRetries, nameRefreshAge, c, stallTimeout);
    }

    public SyncOptions withStallTimeout(Duration timeout) {
        return new SyncOptions(concurrency, pageSize, driftRetries, nameRefreshAge, clock, timeout);
    }
}
