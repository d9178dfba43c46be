package io.adsdesk.ui.reports;

/**
 * One CPC program's budget pacing this month, as the pacing table shows it. Money in cents.
 *
 * @param projectedCents the spend at the end of the month if the program keeps its pace so far
 */
public record PacingRow(String programId, String businessId, String businessName, long spentCents, long budgetCents,
                        long projectedCents, Pace pace) {

    /** Where the program is heading, the flags first; each has a word and a symbol, so it reads without colour. */
    public enum Pace {
        RUNS_OUT_EARLY("▲", "Runs out early"),
        UNDER_SPEND("▼", "Under-spend"),
        ON_TRACK("●", "On track");

        private final String symbol;
        private final String label;

        Pace(String symbol, String label) {
            this.symbol = symbol;
            this.label = label;
        }

        public String symbol() {
            return symbol;
        }

        public String label() {
            return label;
        }
    }
}
