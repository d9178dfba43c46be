package io.adsdesk.reports;

import io.adsdesk.model.report.DateRange;
import io.adsdesk.model.report.Granularity;
import io.adsdesk.registry.HibernateProgramRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A report key entered or forgotten while the account is open takes effect at once. */
class ReportsKeyTest {
    private static final DateRange RANGE = DateRange.of(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 3));

    @Test
    void aKeyEnteredWhileOpenLetsYelpBeAskedAndForgettingItStopsThat() throws Exception {
        try (var registry = HibernateProgramRegistry.inMemory("reports-key-switch");
             Reports reports = new Reports(registry.reportCache(), null, ReportServiceTest.CLOCK, Duration.ofMillis(5))) {
            assertFalse(reports.canRequest());
            ReportFailure refused = assertThrows(ReportFailure.class,
                    () -> reports.service().fetch(Granularity.DAILY, RANGE, List.of("b1"), p -> { }));
            assertEquals(ReportFailure.Reason.KEY_REFUSED, refused.reason());

            FakeReports yelp = new FakeReports();
            reports.useSource(yelp);
            assertTrue(reports.canRequest());
            ReportService.Outcome outcome = reports.service().fetch(Granularity.DAILY, RANGE, List.of("b1"), p -> { });
            assertEquals(1, yelp.asked.size(), "the new key's source is asked");
            assertTrue(outcome.rowsReceived() > 0);

            reports.useSource(null);
            assertFalse(reports.canRequest());
            assertThrows(ReportFailure.class, () -> reports.service().fetch(Granularity.DAILY,
                    DateRange.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2)), List.of("b1"), p -> { }));
            assertEquals(1, yelp.asked.size(), "a forgotten key's source is not asked again");
        }
    }
}
