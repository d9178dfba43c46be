package io.adsdesk.queue;

import java.time.LocalDate;

final class ChangeTestDates {
    /** The Pacific date of the tests' clock. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 19);

    private ChangeTestDates() {
    }
}
