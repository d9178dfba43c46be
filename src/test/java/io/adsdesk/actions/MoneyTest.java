package io.adsdesk.actions;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MoneyTest {
    @ParameterizedTest
    @CsvSource({"25.00,2500", "25,2500", "25.5,2550", "0.25,25", "'$1,250.99',125099", "$10000000.00,1000000000"})
    void dollarsBecomeCentsOnce(String text, long cents) {
        assertEquals(cents, Money.parseDollars(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"25.001", "-25", "abc", "", " ", "25.", "1,25.00", "12e3", "10000000.01", "99999999999"})
    void anythingElseIsRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> Money.parseDollars(text));
    }

    @Test
    void centsAreShownAsDollars() {
        assertEquals("$25.00", Money.format(2500));
        assertEquals("$0.05", Money.format(5));
        assertEquals("$1,234.56", Money.format(123456));
        assertEquals("", Money.format((Long) null));
    }

    @Test
    void formatThenParseRoundTrips() {
        for (long cents : new long[] {0, 1, 25, 2500, 150000, 123456789}) {
            assertEquals(cents, Money.parseDollars(Money.format(cents)));
        }
    }
}
