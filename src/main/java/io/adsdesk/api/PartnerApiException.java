package io.adsdesk.api;

/**
 * A partner-API call that failed for good (after any retries). {@link #kind()} says what a user
 * can do about it; the raw body is kept for support tickets.
 */
public final class PartnerApiException extends Exception {

    /** What went wrong, in terms a user can act on. */
    public enum Kind {
        /** 401: username or password refused. */
        CREDENTIALS_REFUSED,
        /** 403, or 400 with no code on a route the credentials may not use. */
        NO_ACCESS,
        /** 429 after retries. */
        RATE_LIMITED,
        /** 5xx, timeouts, refused or reset connections, after retries. */
        UNAVAILABLE,
        /** Another 4xx: the request itself was wrong. */
        BAD_REQUEST,
        /** 404. */
        NOT_FOUND,
        /** A body that could not be understood, or one far too large to be an answer. */
        UNEXPECTED_RESPONSE,
        /** The TLS certificate was not trusted (self-signed, expired, another host's): nothing was sent. Never retried. */
        UNTRUSTED_SERVER
    }

    private final Kind kind;
    private final int httpStatus;
    private final String errorCode;
    private final String rawBody;
    /** The server's Retry-After, when it sent one. */
    java.time.Duration retryAfter;
    /** Set when a feature GET answered 400 without an error code: the credentials lack Data Ingestion access. */
    boolean featureCredentials;
    /** Set when another attempt cannot help (a web page instead of the API, an answer far too large). */
    boolean permanent;

    public PartnerApiException(Kind kind, int httpStatus, String errorCode, String message, String rawBody, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.rawBody = rawBody;
    }

    public Kind kind() {
        return kind;
    }

    /** 0 when no HTTP response arrived. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The API's error code ({@code code} or {@code id}), or null. */
    public String errorCode() {
        return errorCode;
    }

    /** The response body as received (may be empty or non-JSON), or null. */
    public String rawBody() {
        return rawBody;
    }

    /**
     * True when the Program Feature API refused these credentials (400 without an error code): the
     * account needs its Data Ingestion username and password. The message is the line to show.
     */
    public boolean needsFeatureCredentials() {
        return featureCredentials;
    }

    /** Transient failures worth another attempt. */
    boolean isRetryable() {
        return !permanent && (kind == Kind.UNAVAILABLE || kind == Kind.RATE_LIMITED || kind == Kind.UNEXPECTED_RESPONSE && httpStatus / 100 == 2);
    }
}
