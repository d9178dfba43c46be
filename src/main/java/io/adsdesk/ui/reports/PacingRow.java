package io.adsdesk.ui.reports;

/**
 * One CPC program's budget pacing this month, as the pacing table shows it. Money in cents.
 *
 * @param projectedCents the spend at the end of the month if the program keeps its pace so far
 */
public record PacingRow(String programId, String businessId, String businessName, long spentCents, long budgetCents,
                        long projectedCents, Pace pace) {

    /** The projected spend as a whole percentage of the budget; -1 without a budget. */
    public int percentOfBudget() {
        return budgetCents <= 0 ? -1 : (int) Math.round(100.0 * projectedCents / budgetCents);
    }

    /** The rows as exported: in the order given (the table's), money in cents, the flag in words. */
    static FigureTable figures(java.util.List<PacingRow> rows) {
        java.util.List<java.util.List<Object>> out = new java.util.ArrayList<>(rows.size());
        for (PacingRow r : rows) {
            out.add(java.util.Arrays.asList(r.programId(), r.businessId(), r.businessName(), r.spentCents(),
                    r.budgetCents(), r.projectedCents(), r.pace().name().toLowerCase(java.util.Locale.ROOT)));
        }
        return new FigureTable("budget-pacing", java.util.List.of("program_id", "business_id", "business_name",
                "spent_cents", "budget_cents", "projected_cents", "pace"), out);
    }

    /** Where the program is heading, the flags first; each has a word and a symbol, so it reads without colour. */
    public enum Pace {
        RUNS_OUT_EARLY("▲", "Runs out early"),
        UNDER_SPEND("▼", "Under-spending"),
        ON_TRACK("●", "On pace"),
        NO_DATA("○", "No figures yet");

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
