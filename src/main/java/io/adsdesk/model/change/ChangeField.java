package io.adsdesk.model.change;

/**
 * What a pending change changes. Values travel as text in one canonical form per field (see
 * {@link ChangeValues}): money in integer cents, dates as ISO {@code yyyy-MM-dd}.
 */
public enum ChangeField {
    /** The monthly budget in cents, e.g. {@code "12500"}. */
    BUDGET("Budget"),
    /** The maximum bid in cents, or {@link ChangeValues#AUTOMATIC} for automatic bidding. */
    MAX_BID("Max bid"),
    /** The start date (only before the program starts). */
    START_DATE("Start date"),
    /** The end date, or {@link ChangeValues#OPEN_END} for open-ended. */
    END_DATE("End date"),
    /** Running, paused or ended: {@link ChangeValues#RUNNING}, {@link ChangeValues#PAUSED}, {@link ChangeValues#ENDED}. */
    STATE("State");

    private final String label;

    ChangeField(String label) {
        this.label = label;
    }

    /** The field's name as a person reads it. */
    public String label() {
        return label;
    }
}
