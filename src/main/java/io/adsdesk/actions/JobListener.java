package io.adsdesk.actions;

/**
 * Told whenever a tracked job changes (submitted, polled, finished). Called on the thread that
 * polls, never the FX thread: a view model hands the value over with its executor.
 */
@FunctionalInterface
public interface JobListener {
    void jobChanged(TrackedJob job);
}
