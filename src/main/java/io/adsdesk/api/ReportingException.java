package io.adsdesk.api;

/**
 * A Reporting API call that failed for good (after any retries), with Yelp's error code in plain
 * words ({@link #getMessage()}) and what it means for the user ({@link #kind()}).
 */
public final class ReportingException extends Exception {

    public enum Kind {
        /** 401 UNAUTHORIZED_API_KEY, TOKEN_INVALID: the key was refused. */
        KEY_REFUSED,
        /** 403 AUTHORIZATION_ERROR, or the endpoint disabled for this key. */
        NO_ACCESS,
        /** 429 after retries: daily quota or requests per second. */
        RATE_LIMITED,
        /** 5xx, timeouts, network errors after retries; or a web page instead of the API. */
        UNAVAILABLE,
        /** A 400/413 code: the request broke one of Yelp's rules (range, lookback, businesses, dates, report ID). */
        INVALID_REQUEST,
        /** 202 JOB_FAILED: Yelp could not build the report. */
        JOB_FAILED,
        /** An answer that is not a report, or far too large. */
        UNEXPECTED_RESPONSE,
        /** The TLS certificate was not trusted: nothing was sent. */
        UNTRUSTED_SERVER
    }

    private final Kind kind;
    private final int httpStatus;
    private final String errorCode;
    private final String rawBody;

    ReportingException(Kind kind, int httpStatus, String errorCode, String message, String rawBody, Throwable cause) {
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

    /** Yelp's error code, e.g. {@code MAX_NUM_OF_DAILY_RANGE_ERROR}; null when none came. */
    public String errorCode() {
        return errorCode;
    }

    /** The body as received, for support tickets; may be null. */
    public String rawBody() {
        return rawBody;
    }
}
