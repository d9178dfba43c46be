package io.adsdesk.ui.common;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatsTest {

    @Test
    void centsAreShownAsDollarsWithSeparators() {
        assertEquals("$1,234.56", Formats.dollars(123_456L));
        assertEquals("$0.05", Formats.dollars(5L));
        assertEquals("-$2.50", Formats.dollars(-250L));
        assertEquals("—", Formats.dollars(null));
    }

    @Test
    void aMissingEndDateReadsOpen() {
        assertEquals("open", Formats.endDate(null));
        assertEquals("2026-04-01", Formats.endDate(LocalDate.of(2026, 4, 1)));
    }

    @Test
    void durationsReadNaturally() {
        assertEquals("4 s", Formats.duration(Duration.ofSeconds(4)));
        assertEquals("2 min 5 s", Formats.duration(Duration.ofSeconds(125)));
        assertEquals("1 h 3 min", Formats.duration(Duration.ofMinutes(63)));
    }
}
