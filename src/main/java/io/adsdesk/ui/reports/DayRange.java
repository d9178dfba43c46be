package io.adsdesk.ui.reports;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A range of whole days, both ends included; {@code from} is never after {@code to}. */
public record DayRange(LocalDate from, LocalDate to) {

    public DayRange {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a range needs both a first and a last day");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the last day " + to + " is before the first day " + from);
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
