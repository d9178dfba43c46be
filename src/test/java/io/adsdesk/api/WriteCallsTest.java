package io.adsdesk.api;

import io.adsdesk.model.FeePeriod;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WriteCallsTest {
    private static PartnerApiException failure(int status, Throwable cause, Duration retryAfter) {
        PartnerApiException e = new PartnerApiException(status == 0 ? PartnerApiException.Kind.UNAVAILABLE
                : status == 429 ? PartnerApiException.Kind.RATE_LIMITED : PartnerApiException.Kind.UNAVAILABLE,
                status, null, "x", null, cause);
        e.retryAfter = retryAfter;
        return e;
    }

    @Test
    void aWriteIsRepeatedOnlyWhenItProvablyDidNotReachTheServer() {
        assertTrue(WriteCalls.safeToRepeat(failure(0, new ConnectException("refused"), null)));
        assertTrue(WriteCalls.safeToRepeat(failure(429, null, Duration.ofSeconds(1))));
        assertTrue(WriteCalls.safeToRepeat(failure(503, null, Duration.ofSeconds(1))));
        assertFalse(WriteCalls.safeToRepeat(failure(0, new HttpTimeoutException("timed out"), null)));
        assertFalse(WriteCalls.safeToRepeat(failure(0, new java.io.IOException("reset"), null)));
        assertFalse(WriteCalls.safeToRepeat(failure(500, null, null)));
        assertFalse(WriteCalls.safeToRepeat(failure(503, null, null)));
    }

    @Test
    void parametersGoAsRepeatedKeysCentsDatesAndLowerCaseBooleans() {
        CreateRequest r = new CreateRequest("biz-1", "CPC", null, LocalDate.of(2026, 4, 1), null, 2500L, "USD", false,
                50L, Pacing.UNPACED, FeePeriod.ROLLING_MONTH, List.of("hvac", "plumbing"));
        assertEquals("business_id=biz-1&program_name=CPC&start=2026-04-01&budget=2500&currency=USD&is_autobid=false"
                + "&max_bid=50&pacing_method=unpaced&fee_period=ROLLING_MONTH&ad_categories=hvac&ad_categories=plumbing",
                QueryString.encode(r.parameters()));
        assertEquals("budget=3000&future_budget_date=2026-05-01",
                QueryString.encode(new EditRequest(null, null, 3000L, LocalDate.of(2026, 5, 1), null, null, null).parameters()));
        assertTrue(new EditRequest(null, null, null, null, null, null, null).parameters().isEmpty());
    }
}
