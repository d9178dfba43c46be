package io.adsdesk.ui.common;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FormatsTest {

    @Test
    void centsAreShownAsDollarsWithSeparators() {
        assertEquals("$1,234.56", Formats.dollars(123_456L));
        assertEquals("$0.05", Formats.dollars(5L));
        assertEquals("-$2.50", Formats.dollars(-250L));
        assertEquals("—", Formats.dollars((Long) null));
        assertEquals("$12,345,678.09", Formats.dollars(1_234_567_809L));
        assertEquals("$999.99", Formats.dollars(99_999L));
        assertEquals("$1,250.00", Formats.dollars(new java.math.BigDecimal("1250")));
        assertEquals("$0.13", Formats.dollars(new java.math.BigDecimal("0.125")));
        assertEquals("—", Formats.dollars((java.math.BigDecimal) null), "a missing amount is a dash, never \"null\"");
    }

    @Test
    void moneyASyncChangedIsSpelledAsTheTableSpellsIt() {
        assertEquals("$1,250.00", Formats.changedValue("Monthly budget", "1250.00"));
        assertEquals("$0.75", Formats.changedValue("Max bid", "0.75"));
        assertEquals("$12,345.60", Formats.changedValue("Ad cost", "12345.60"));
        assertEquals("$1,250.00 from 2026-04-01, $99.00 from 2026-05-01",
                Formats.changedValue("Budget changes", "1250.00 from 2026-04-01, 99.00 from 2026-05-01"));
        assertEquals("rate $29.99, cost $0.00", Formats.changedValue("Page upgrade", "rate 29.99, cost 0.00"));
        assertEquals("", Formats.changedValue("Monthly budget", ""), "no budget stays blank");
        assertEquals("2026-12-05", Formats.changedValue("End", "2026-12-05"), "not money: as stored");
        assertEquals("1250", Formats.changedValue("Impressions", "1250"), "a count is not money");
        assertEquals("n/a", Formats.changedValue("Monthly budget", "n/a"), "not an amount: as stored");
    }

    @Test
    void countsHaveThousandsSeparators() {
        assertEquals("0", Formats.count(0));
        assertEquals("999", Formats.count(999));
        assertEquals("2,000", Formats.count(2000));
        assertEquals("1,234,567", Formats.count(1_234_567));
        assertEquals("-12,345", Formats.count(-12_345));
        assertEquals("x1,000", Formats.appendCount(new StringBuilder("x"), 1000).toString());
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

    @Test
    void datesAndTimesAreIsoEverywhere() {
        assertEquals("2026-03-10", Formats.date(LocalDate.of(2026, 3, 10)));
        assertEquals("2026-03-10 09:05", Formats.dateTime(Instant.parse("2026-03-10T09:05:00Z"), ZoneOffset.UTC));
        assertEquals("2026-03-10", Formats.dateConverter().toString(LocalDate.of(2026, 3, 10)));
        assertEquals(LocalDate.of(2026, 3, 10), Formats.dateConverter().fromString(" 2026-03-10 "));
        assertNull(Formats.dateConverter().fromString(""));
        assertThrows(DateTimeParseException.class, () -> Formats.dateConverter().fromString("3/10/2026"));
    }

    @Test
    void countsTakeTheRightPlural() {
        assertEquals("1 run", Formats.count(1, "run", "runs"));
        assertEquals("0 runs", Formats.count(0, "run", "runs"));
        assertEquals("2,000 runs", Formats.count(2000, "run", "runs"));
    }

    @Test
    void featureTypesReadAsWords() {
        assertEquals("Negative keyword targeting", Formats.feature("NEGATIVE_KEYWORD_TARGETING"));
        assertEquals("Ad goal", Formats.feature("AD_GOAL"));
        assertEquals("Yelp Portfolio", Formats.feature("YELP_PORTFOLIO"));
        assertEquals("Link tracking, Call tracking", Formats.features(List.of("LINK_TRACKING", "CALL_TRACKING")));
    }
}
