package io.adsdesk.actions;

/**
 * Hears a bulk feature change as it goes: once per program, as soon as that program's result is
 * known (from the worker that ran it, so implementations must be thread-safe).
 */
@FunctionalInterface
public interface BulkFeatureProgress {
    BulkFeatureProgress NONE = (result, done, total) -> { };

    /**
     * @param result the program's result
     * @param done   how many programs have a result so far, this one included
     * @param total  how many programs the change was asked for
     */
    void finished(BulkFeatureResult result, int done, int total);
}
