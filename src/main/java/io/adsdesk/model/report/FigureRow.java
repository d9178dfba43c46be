package io.adsdesk.model.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One program's figures for one business on one day (daily) or in one month (monthly, {@code date}
 * is the 1st of the month). Money in integer cents.
 */
public record FigureRow(
        Granularity granularity,
        LocalDate date,
        String businessId,
        String programId,
        String programType,
        long billedImpressions,
        long billedClicks,
        long adCostCents) {

    public FigureRow {
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(businessId, "businessId");
        Objects.requireNonNull(programId, "programId");
        programType = programType == null ? "" : programType;
        if (granularity == Granularity.MONTHLY && date.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("a monthly row is dated the first of its month");
        }
    }
}
