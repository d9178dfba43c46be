package io.adsdesk.model.report;

/**
 * How a CPC program's spend this month compares with its monthly budget (thresholds in
 * {@link PacingRow}).
 */
public enum PacingFlag {
    /** Projected end-of-month spend within the thresholds of the budget. */
    ON_PACE("On pace"),
    /** Projected end-of-month spend below 80 % of the budget. */
    UNDER_SPEND("Under-spending"),
    /** At the current pace the budget is used up before the month ends (projection above 105 %, or already spent). */
    RUNS_OUT_EARLY("Runs out early"),
    /** No spend figures yet this month (first day, or nothing cached). */
    NO_DATA("No figures yet");

    private final String label;

    PacingFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
