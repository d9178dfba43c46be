package io.adsdesk.api;

import java.util.Locale;
import java.util.Map;

/** Every documented Reporting API error code, in plain words and as a {@link ReportingException.Kind}. */
final class ReportingErrors {
    private record Meaning(ReportingException.Kind kind, String words) {
    }

    private static final Map<String, Meaning> CODES = Map.ofEntries(
            Map.entry("UNAUTHORIZED_API_KEY", new Meaning(ReportingException.Kind.KEY_REFUSED,
                    "Yelp refused the report key (Fusion API key): check it, or ask Yelp to enable it")),
            Map.entry("TOKEN_INVALID", new Meaning(ReportingException.Kind.KEY_REFUSED,
                    "Yelp refused the report key (Fusion API key) as invalid: check it")),
            Map.entry("TOKEN_MISSING", new Meaning(ReportingException.Kind.KEY_REFUSED,
                    "Yelp did not receive a report key")),
            Map.entry("AUTHORIZATION_ERROR", new Meaning(ReportingException.Kind.NO_ACCESS,
                    "The report key may not report on these businesses, or reporting is not enabled for it")),
            Map.entry("NUMBER_OF_BUSINESS_LIMIT_ERROR", new Meaning(ReportingException.Kind.INVALID_REQUEST,
                    "Yelp takes at most 500 businesses per report request")),
            Map.entry("MAX_NUM_OF_DAILY_RANGE_ERROR", new Meaning(ReportingException.Kind.INVALID_REQUEST,
                    "A daily report request covers at most 89 days")),
            Map.entry("MAX_NUM_OF_DAILY_LOOKBACK_ERROR", new Meaning(ReportingException.Kind.INVALID_REQUEST,
                    "Yelp reports reach back at most 730 days")),
            Map.entry("MAX_NUM_OF_MONTHS_RANGE_ERROR", new Meaning(ReportingException.Kind.INVALID_REQUEST,
                    "A monthly report request covers at most 3 months")),
            Map.entry("END_DATE_EARLIER_THAN_START_DATE", new Meaning(ReportingException.Kind.INVALID_REQUEST,
                    "The end date is before the start date")),
            Map.entry("VALIDATION_ERROR", new Meaning(ReportingException.Kind.INVALID_REQUEST,
                    "Yelp found the report request invalid")),
            Map.entry("INVALID_REQUEST", new Meaning(ReportingException.Kind.INVALID_REQUEST,
                    "Yelp found the report request invalid")),
            Map.entry("INVALID_REPORT_ID", new Meaning(ReportingException.Kind.INVALID_REQUEST,
                    "Yelp does not know this report (it may have expired): ask for it again")),
            Map.entry("REPORT_GRANULARITY_ERROR", new Meaning(ReportingException.Kind.INVALID_REQUEST,
                    "The report was asked for as daily and fetched as monthly, or the other way round")),
            Map.entry("JOB_FAILED", new Meaning(ReportingException.Kind.JOB_FAILED,
                    "Yelp could not build the report: ask for it again later")),
            Map.entry("TOO_MANY_REQUESTS_PER_SECOND", new Meaning(ReportingException.Kind.RATE_LIMITED,
                    "Yelp is receiving too many report requests per second from this key")),
            Map.entry("ACCESS_LIMIT_REACHED", new Meaning(ReportingException.Kind.RATE_LIMITED,
                    "The report key reached its daily limit of requests at Yelp: try again tomorrow")));

    private ReportingErrors() {
    }

    /** The failure an error answer means. */
    static ReportingException classify(int status, ErrorBody error, String rawBody) {
        String code = error.code() == null ? null : error.code().toUpperCase(Locale.ROOT);
        Meaning m = code == null ? null : CODES.get(code);
        if (m == null) {
            m = byStatus(status);
        }
        String words = m.words() + (code != null && !CODES.containsKey(code) || error.description() != null && code == null
                ? " (" + error.describe("") + ")" : "");
        return new ReportingException(m.kind(), status, error.code(), words + " [HTTP " + status + (code == null ? "" : ", " + code) + "]",
                rawBody, null);
    }

    private static Meaning byStatus(int status) {
        return switch (status) {
            case 401 -> new Meaning(ReportingException.Kind.KEY_REFUSED, "Yelp refused the report key (Fusion API key)");
            case 403 -> new Meaning(ReportingException.Kind.NO_ACCESS,
                    "The report key may not use the Reporting API (it is disabled for this key)");
            case 413 -> new Meaning(ReportingException.Kind.INVALID_REQUEST, "Yelp takes at most 500 businesses per report request");
            case 429 -> new Meaning(ReportingException.Kind.RATE_LIMITED, "Yelp's limit of report requests was reached");
            default -> status >= 500
                    ? new Meaning(ReportingException.Kind.UNAVAILABLE, "Yelp's Reporting API is not working right now")
                    : new Meaning(ReportingException.Kind.INVALID_REQUEST, "Yelp refused the report request");
        };
    }
}
