package io.adsdesk.actions;

/**
 * One program's result in a bulk feature change.
 *
 * @param outcome SAVED, NOT_AVAILABLE (the program does not offer the type; nothing sent), INVALID, or FAILED
 * @param message a plain line for the result list ("Saved", Yelp's refusal, ...)
 */
public record BulkFeatureResult(String programId, Outcome outcome, String message) {
    public enum Outcome { SAVED, NOT_AVAILABLE, INVALID, FAILED }

    public boolean ok() {
        return outcome == Outcome.SAVED;
    }
}
