package io.adsdesk.model.report;

/** Where a report request stands. */
public enum RequestState {
    /** Not yet sent to Yelp (waiting for a free slot). */
    QUEUED("Queued"),
    /** Yelp accepted it and is building it; polled until ready. */
    BUILDING("Building at Yelp"),
    /** Received and stored in the cache. */
    DONE("Received"),
    /** Yelp could not build it, or refused it; {@link PendingReport#problem()} says why. */
    FAILED("Failed");

    private final String label;

    RequestState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
