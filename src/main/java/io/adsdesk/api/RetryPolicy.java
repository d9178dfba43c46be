package io.adsdesk.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter. Retries only transient failures (5xx, 429, network errors, a
 * 2xx body that did not parse); never another 4xx. A server's Retry-After wins over the backoff.
 */
final class RetryPolicy {
    /** Never wait longer than this for one Retry-After, whatever the server asks. */
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(RetryPolicy.class);

    @FunctionalInterface
    interface Call<T> {
        T attempt() throws PartnerApiException, InterruptedException;
    }

    private final ApiSettings settings;

    RetryPolicy(ApiSettings settings) {
        this.settings = settings;
    }

    <T> T run(String what, Call<T> call) throws PartnerApiException, InterruptedException {
        return run(what, call, PartnerApiException::isRetryable);
    }

    /** As {@link #run(String, Call)}, retrying only the failures {@code retryable} accepts. */
    <T> T run(String what, Call<T> call, java.util.function.Predicate<PartnerApiException> retryable)
            throws PartnerApiException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.attempt();
            } catch (PartnerApiException e) {
                if (!retryable.test(e) || attempt >= settings.maxAttempts()) {
                    throw e;
                }
                Duration wait = delay(attempt, e.retryAfter);
                LOG.info("Attempt {} of {} failed ({}); retrying in {} ms", attempt, what.replaceAll("\\?.*", ""),
                        e.getMessage(), wait.toMillis());
                Thread.sleep(wait.toMillis());
            }
        }
    }

    /** Equal jitter: half the exponential step fixed, half random; capped. */
    Duration delay(int attempt, Duration retryAfter) {
        if (retryAfter != null) {
            Duration capped = retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter;
            return capped.plusMillis(ThreadLocalRandom.current().nextLong(0, 100));
        }
        long base = settings.initialBackoff().toMillis() << Math.min(attempt - 1, 16);
        long step = Math.min(base, settings.maxBackoff().toMillis());
        long half = step / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(0, half + 1));
    }
}
