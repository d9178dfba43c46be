package io.adsdesk.model;

/**
 * Why a program is marked: what the partner API sent for it could not be read, or cannot be real.
 * The program is kept either way (never dropped or deleted for this), with the JSON as sent so
 * support can see exactly what arrived.
 *
 * @param reason one line in plain words naming each bad value, e.g. "end_date '12/31/2030' is not a YYYY-MM-DD date"
 * @param rawJson the program's JSON as the API sent it; null when it was not available
 */
public record ProgramIssue(Kind kind, String reason, String rawJson) {

    public enum Kind {
        /**
         * A value could not be read (an ambiguous or invalid date, a wrong type, a broken entry). The
         * fields AdsDesk could not read keep their last synced value, or are empty for a new program.
         */
        UNREADABLE,
        /** Everything was read, but a value cannot be real (a negative, absurd or fractional amount); that value is left empty. */
        FLAGGED
    }

    public ProgramIssue {
        if (kind == null || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an issue needs a kind and a reason");
        }
    }

    /** "Unreadable" or "Flagged", for a mark next to the program. */
    public String label() {
        return kind == Kind.UNREADABLE ? "Unreadable" : "Flagged";
    }
}
