package io.adsdesk.model.report;

import java.time.LocalDate;

/**
 * The scope's totals on one day (or month). Money in cents.
 */
public record SeriesPoint(LocalDate date, long impressions, long clicks, long costCents) {

    /** Click-through rate as a fraction (0.0123 = 1.23 %); 0 with no impressions. */
    public double ctr() {
        return impressions == 0 ? 0 : (double) clicks / impressions;
    }

    /** Cost per click in whole cents, rounded half up; null with no clicks. */
    public Long costPerClickCents() {
        return clicks == 0 ? null : Math.floorDiv(2 * costCents + clicks, 2 * clicks);
    }
}
