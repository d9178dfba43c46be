package io.adsdesk.actions;

/**
 * One program's result in a bulk feature change.
 *
 * @param outcome SAVED, NOT_AVAILABLE (the program does not offer the type; nothing sent), INVALID, FAILED, or
 *                NOT_SENT (the change was stopped before this program's request went out)
 * @param message a plain line for the result list ("Saved", Yelp's refusal, ...)
 */
public record BulkFeatureResult(String programId, Outcome outcome, String message) {
    public enum Outcome { SAVED, NOT_AVAILABLE, INVALID, FAILED, NOT_SENT }

    /** The message of a program whose request never went out because the change was stopped. */
    public static final String NOT_SENT_MESSAGE = "Not sent: the change was stopped before this program";

    public boolean ok() {
        return outcome == Outcome.SAVED;
    }

    static BulkFeatureResult notSent(String programId) {
        return new BulkFeatureResult(programId, Outcome.NOT_SENT, NOT_SENT_MESSAGE);
    }
}
