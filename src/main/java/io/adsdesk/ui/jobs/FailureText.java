package io.adsdesk.ui.jobs;

import io.adsdesk.actions.ActionFailure;
import io.adsdesk.actions.ErrorCodes;

/** An {@link ActionFailure} in plain words, for a notice or the form's message line. */
public final class FailureText {
    private FailureText() {
    }

    /** @param pause true/false for pause/resume (their refusals mean specific things), null for other actions */
    public static String of(ActionFailure failure, Boolean pause) {
        return switch (failure.reason()) {
            case FEATURE_NOT_ENABLED -> (Boolean.FALSE.equals(pause) ? "Resuming" : "Pausing")
                    + " is not enabled for this account. Ask Yelp to enable it.";
            case NOT_ALLOWED_FOR_PROGRAM -> Boolean.FALSE.equals(pause)
                    ? "Only a paused CPC program can be resumed." : "Only a running CPC program can be paused.";
            case PROGRAM_UNKNOWN -> "Yelp does not know this program for this account.";
            case CREDENTIALS_REFUSED -> "Yelp refused the account's username or password. Reconnect the account.";
            case NO_ACCESS -> "This account is not allowed to do that. Ask Yelp for access.";
            case RATE_LIMITED -> "Yelp is limiting requests right now. Try again in a minute.";
            case UNAVAILABLE -> "Yelp could not be reached: " + failure.message();
            case BAD_REQUEST, UNEXPECTED_RESPONSE -> failure.errorCode() != null && ErrorCodes.isKnown(failure.errorCode())
                    ? ErrorCodes.describe(failure.errorCode(), failure.message())
                    : "Yelp refused the request: " + failure.message();
        };
    }
}
