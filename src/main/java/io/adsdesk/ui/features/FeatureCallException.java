package io.adsdesk.ui.features;

/** A feature call that did not work, with why in plain words. */
public final class FeatureCallException extends Exception {
    public enum Kind {
        /** Yelp answered 400 without a code: the credentials have no feature access (Data Ingestion needed). */
        NO_FEATURE_ACCESS,
        /** Yelp could not be reached (offline, timeout, 5xx). */
        UNREACHABLE,
        /** Yelp refused the request; the message says why in plain words. */
        REJECTED
    }

    private final Kind kind;

    public FeatureCallException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
