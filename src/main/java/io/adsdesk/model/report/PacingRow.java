package io.adsdesk.model.report;

import java.time.LocalDate;

/**
 * Budget pacing of one CPC program in the current month. Money in cents.
 *
 * @param spentCents spend from the 1st of the month to {@code through}, both included
 * @param through the last day whose figures are counted (normally yesterday, Pacific)
 * @param daysCounted days from the 1st to {@code through}
 * @param daysInMonth length of the month
 * @param projectedCents spend at the current daily pace by the end of the month:
 *                       {@code spentCents * daysInMonth / daysCounted}, rounded half up
 * @param runsOutOn the day the budget would be used up at the current pace, when that is before
 *                  the month ends; null otherwise
 */
public record PacingRow(
        String programId,
        String businessId,
        String businessName,
        String programType,
        long budgetCents,
        long spentCents,
        LocalDate through,
        int daysCounted,
        int daysInMonth,
        long projectedCents,
        LocalDate runsOutOn,
        PacingFlag flag) {

    /** Below this share of the budget (in per cent) the projection is flagged {@link PacingFlag#UNDER_SPEND}. */
    public static final int UNDER_SPEND_PERCENT = 80;
    /** Above this share of the budget (in per cent) the projection is flagged {@link PacingFlag#RUNS_OUT_EARLY}. */
    public static final int RUNS_OUT_PERCENT = 105;

    /** Projected spend as a share of the budget, in per cent, rounded down; 0 for a zero budget. */
    public long projectedPercent() {
        return budgetCents <= 0 ? 0 : projectedCents * 100 / budgetCents;
    }

    /** Budget left this month, never below zero. */
    public long remainingCents() {
        return Math.max(0, budgetCents - spentCents);
    }
}
