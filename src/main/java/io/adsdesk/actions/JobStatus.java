package io.adsdesk.actions;

/** Where a tracked job stands, as a view shows it. */
public enum JobStatus {
    /** Submitted; Yelp has not finished it (or its result is not read back yet). */
    PROCESSING,
    /** Applied in full. */
    COMPLETED,
    /** Nothing applied. */
    REJECTED,
    /** Applied, but some of its values were rejected. */
    PARTIAL,
    /** It could not be followed to the end (Yelp no longer knows the job). */
    FAILED
}
