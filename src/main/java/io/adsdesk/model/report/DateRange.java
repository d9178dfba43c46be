package io.adsdesk.model.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Days {@code from} to {@code to}, both included (Pacific dates). */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The end date " + to + " is before the start date " + from);
        }
    }

    public static DateRange of(LocalDate from, LocalDate to) {
        return new DateRange(from, to);
    }

    /** Number of days, both ends included. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The same range widened to whole calendar months (1st of {@code from}'s month to the last of {@code to}'s). */
    public DateRange wholeMonths() {
        return new DateRange(from.withDayOfMonth(1), to.withDayOfMonth(to.lengthOfMonth()));
    }

    @Override
    public String toString() {
        return from + " to " + to;
    }
}
