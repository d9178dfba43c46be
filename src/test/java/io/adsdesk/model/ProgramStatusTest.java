package io.adsdesk.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ProgramStatusTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    static Program program(LocalDate start, LocalDate end, boolean active, boolean paused) {
        return new Program("p1", "CPC", start, end, active, paused, 2500L, null, "USD", true,
                FeePeriod.CALENDAR_MONTH, 0, 0, 0L, List.of(new ProgramBusiness("b1", null)),
                List.of(), List.of(), List.of(), List.of(), null);
    }

    @Test
    void runningProgramIsCurrent() {
        assertEquals(ProgramStatus.CURRENT, program(TODAY.minusDays(3), null, true, false).status(TODAY));
    }

    @Test
    void futureProgramIsFutureAlthoughTheApiSaysInactive() {
        assertEquals(ProgramStatus.FUTURE, program(TODAY.plusDays(1), null, false, false).status(TODAY));
    }

    @Test
    void endedYesterdayIsPastEvenIfPaused() {
        assertEquals(ProgramStatus.PAST, program(TODAY.minusDays(30), TODAY.minusDays(1), false, true).status(TODAY));
    }

    @Test
    void pausedRunningProgramIsPaused() {
        assertEquals(ProgramStatus.PAUSED, program(TODAY.minusDays(3), null, true, true).status(TODAY));
    }

    @Test
    void inactiveWithinItsDatesWasEndedToday() {
        assertEquals(ProgramStatus.PAST, program(TODAY.minusDays(3), TODAY, false, false).status(TODAY));
    }

    @Test
    void feePeriodAcceptsEverySpelling() {
        assertEquals(FeePeriod.CALENDAR_MONTH, FeePeriod.parse("Calendar Month"));
        assertEquals(FeePeriod.ROLLING_MONTH, FeePeriod.parse("ROLLING_MONTH"));
        assertEquals(FeePeriod.ROLLING_MONTH, FeePeriod.parse("rolling month"));
        assertNull(FeePeriod.parse("weekly"));
    }

    @Test
    void accountKeyIgnoresTrailingSlashAndHostCase() {
        assertEquals(new Account("u", "https://Partner-API.yelp.com/").key(),
                new Account("u", "https://partner-api.yelp.com").key());
    }
}
