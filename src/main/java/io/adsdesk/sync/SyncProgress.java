package io.adsdesk.sync;

/** Progress callback of a sync. Called from worker threads; must be cheap and thread-safe. */
@FunctionalInterface
public interface SyncProgress {
    SyncProgress NONE = (phase, pagesDone, pagesTotal, programsDone, programsTotal) -> { };

    /**
     * @param pagesTotal -1 while unknown (before the first page answered)
     * @param programsTotal -1 while unknown
     */
    void update(SyncPhase phase, int pagesDone, int pagesTotal, int programsDone, int programsTotal);
}
