package io.adsdesk.ui.reports;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The Reports view's date-range presets. Days are Pacific dates, as Yelp publishes them; "last N
 * days" ends yesterday, the last day Yelp can have published, and "this month" ends yesterday too
 * (its first day on the 1st).
 */
public enum RangePreset {
    LAST_7_DAYS("Last 7 days"),
    LAST_30_DAYS("Last 30 days"),
    LAST_90_DAYS("Last 90 days"),
    THIS_MONTH("This month"),
    LAST_MONTH("Last month"),
    CUSTOM("Custom…");

    private final String label;

    RangePreset(String label) {
        this.label = label;
    }

    /** The range this preset means on {@code today}; null for {@link #CUSTOM}, whose days the user picks. */
    public DayRange range(LocalDate today) {
        LocalDate yesterday = today.minusDays(1);
        return switch (this) {
            case LAST_7_DAYS -> new DayRange(today.minusDays(7), yesterday);
            case LAST_30_DAYS -> new DayRange(today.minusDays(30), yesterday);
            case LAST_90_DAYS -> new DayRange(today.minusDays(90), yesterday);
            case THIS_MONTH -> today.getDayOfMonth() == 1 ? new DayRange(today, today)
                    : new DayRange(today.withDayOfMonth(1), yesterday);
            case LAST_MONTH -> {
                LocalDate first = today.minusMonths(1).withDayOfMonth(1);
                yield new DayRange(first, first.with(TemporalAdjusters.lastDayOfMonth()));
            }
            case CUSTOM -> null;
        };
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
