package io.adsdesk.ui.features;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Keywords as pasted, phone numbers as read, JSON as shown. */
class FeatureTextTest {

    @Test
    void pastedKeywordsAreLowerCasedTrimmedAndDeDuplicated() {
        assertEquals(List.of("hvac jobs", "free", "diy repair"),
                Keywords.parse("HVAC Jobs, free\n  Free ,,\nDIY   repair\r\nhvac jobs"));
        assertEquals(List.of(), Keywords.parse(" , \n"));
    }

    @Test
    void phoneNumbersAreFormatted() {
        assertEquals("(415) 555-0100", PhoneText.format("4155550100"));
        assertEquals("+1 (415) 555-0100", PhoneText.format("1-415-555-0100"));
        assertEquals("555-01", PhoneText.format(" 555-01 "));
    }

    @Test
    void jsonIsIndented() {
        assertEquals("{\n  \"a\": [\n    1,\n    \"x\\\"y\"\n  ],\n  \"b\": null,\n  \"c\": {}\n}",
                Json.pretty(Json.object("a", List.of(1, "x\"y"), "b", null, "c", java.util.Map.of())));
    }
}
