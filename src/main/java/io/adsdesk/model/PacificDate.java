package io.adsdesk.model;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Program dates follow Pacific time: "today" for status purposes is the Pacific date. */
public final class PacificDate {
    public static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
    /** The API's spelling of "no end date". */
    public static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    private PacificDate() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public static LocalDate today() {
        return today(Clock.systemUTC());
    }
}
