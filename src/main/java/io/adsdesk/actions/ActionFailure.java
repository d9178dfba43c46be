package io.adsdesk.actions;

import io.adsdesk.api.PartnerApiException;

/**
 * Yelp refused or could not be reached; nothing was (known to be) applied.
 *
 * @param errorCode the API's error code, or null
 * @param rawBody the response as received, for support tickets, or null
 */
public record ActionFailure(Reason reason, String message, String errorCode, String rawBody) {

    public enum Reason {
        /** 400 on pause/resume: not a running CPC program, already paused, not paused. */
        NOT_ALLOWED_FOR_PROGRAM,
        /** 403 on pause/resume: the account lacks the feature. */
        FEATURE_NOT_ENABLED,
        /** Yelp does not know the program (for this account). */
        PROGRAM_UNKNOWN,
        CREDENTIALS_REFUSED,
        NO_ACCESS,
        RATE_LIMITED,
        /** Unreachable or failing; for a write the message says whether it may have been applied. */
        UNAVAILABLE,
        BAD_REQUEST,
        UNEXPECTED_RESPONSE
    }

    static ActionFailure of(PartnerApiException e) {
        Reason reason = switch (e.kind()) {
            case CREDENTIALS_REFUSED -> Reason.CREDENTIALS_REFUSED;
            case NO_ACCESS -> Reason.NO_ACCESS;
            case RATE_LIMITED -> Reason.RATE_LIMITED;
            case UNAVAILABLE, UNTRUSTED_SERVER -> Reason.UNAVAILABLE;
            case BAD_REQUEST -> Reason.BAD_REQUEST;
            case NOT_FOUND -> Reason.PROGRAM_UNKNOWN;
            case UNEXPECTED_RESPONSE -> Reason.UNEXPECTED_RESPONSE;
        };
        return new ActionFailure(reason, e.getMessage(), e.errorCode(), e.rawBody());
    }

    /** Pause/resume: 400 and 403 mean specific things there. */
    static ActionFailure ofPause(PartnerApiException e, boolean pause) {
        String verb = pause ? "paused" : "resumed";
        if (e.kind() == PartnerApiException.Kind.NO_ACCESS) {
            return new ActionFailure(Reason.FEATURE_NOT_ENABLED, "Pause/resume is not enabled for this account. "
                    + "Ask your Yelp account team to enable it.", e.errorCode(), e.rawBody());
        }
        if (e.kind() == PartnerApiException.Kind.BAD_REQUEST) {
            return new ActionFailure(Reason.NOT_ALLOWED_FOR_PROGRAM, "This program cannot be " + verb
                    + " (only a running CPC program can be paused, and only a paused one resumed). Yelp said: "
                    + e.getMessage(), e.errorCode(), e.rawBody());
        }
        return of(e);
    }
}
