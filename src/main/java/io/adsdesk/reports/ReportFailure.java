package io.adsdesk.reports;

/**
 * A report that could not be had, in plain words ({@link #getMessage()}), with what a user can do
 * about it ({@link #reason()}).
 */
public final class ReportFailure extends Exception {

    public enum Reason {
        /** The dates or businesses asked for are not allowed (nothing was sent). */
        INVALID_REQUEST,
        /** No report key, or Yelp refused it (401). */
        KEY_REFUSED,
        /** The key is not enabled for reporting, or not for these businesses (403). */
        NO_ACCESS,
        /** Yelp's daily quota or per-second limit (429), after retries. */
        RATE_LIMITED,
        /** Yelp could not be reached, or answered with errors, after retries. */
        UNAVAILABLE,
        /** Yelp accepted the request but could not build the report (JOB_FAILED). */
        JOB_FAILED,
        /** Yelp answered with something that is not a report. */
        UNEXPECTED_RESPONSE
    }

    private final Reason reason;
    private final String code;

    public ReportFailure(Reason reason, String code, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.code = code;
    }

    public ReportFailure(Reason reason, String message) {
        this(reason, null, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /** Yelp's error code (e.g. {@code MAX_NUM_OF_DAILY_RANGE_ERROR}), or null. */
    public String code() {
        return code;
    }
}
