package io.adsdesk.registry;

import io.adsdesk.model.report.DateRange;
import io.adsdesk.model.report.FigureRow;
import io.adsdesk.model.report.Granularity;
import io.adsdesk.model.report.PendingReport;
import io.adsdesk.model.report.RequestState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportCacheTest {
    private static final LocalDate MAY_30 = LocalDate.of(2026, 5, 30);

    @TempDir
    Path dir;

    private static FigureRow row(LocalDate d, String business, String program, long cost) {
        return new FigureRow(Granularity.DAILY, d, business, program, "CPC", cost * 10, cost / 100, cost);
    }

    @Test
    void figuresAcrossAMonthBoundaryComeBackExactlyAndOnlyForTheRange() {
        try (var registry = HibernateProgramRegistry.inMemory("cache-rows")) {
            ReportCache cache = registry.reportCache();
            List<FigureRow> rows = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                rows.add(row(MAY_30.plusDays(i), "b1", "p1", 1000 + i));
                rows.add(row(MAY_30.plusDays(i), "b2", "p2", 2000 + i));
            }
            DateRange range = DateRange.of(MAY_30, MAY_30.plusDays(4));
            cache.store(Granularity.DAILY, range, List.of("b1", "b2"), rows, MAY_30.plusDays(10));

            assertEquals(Set.copyOf(rows), Set.copyOf(cache.rows(Granularity.DAILY, range, null)));
            assertEquals(2, cache.rows(Granularity.DAILY, DateRange.of(MAY_30.plusDays(1), MAY_30.plusDays(2)), List.of("b1")).size());
            assertTrue(cache.missing(Granularity.DAILY, range, List.of("b1", "b2")).isEmpty(), "every day covered");
            assertEquals(Map.of("b3", Set.of(MAY_30)), cache.missing(Granularity.DAILY, DateRange.of(MAY_30, MAY_30), List.of("b1", "b3")));
        }
    }

    @Test
    void aLaterReportReplacesItsDaysKeepsTheOthersAndClearsDaysItNoLongerCarries() {
        try (var registry = HibernateProgramRegistry.inMemory("cache-merge")) {
            ReportCache cache = registry.reportCache();
            LocalDate d1 = LocalDate.of(2026, 6, 1);
            cache.store(Granularity.DAILY, DateRange.of(d1, d1.plusDays(2)), List.of("b1"),
                    List.of(row(d1, "b1", "p1", 100), row(d1.plusDays(1), "b1", "p1", 200), row(d1.plusDays(2), "b1", "p1", 300)),
                    d1.plusDays(30));
            cache.store(Granularity.DAILY, DateRange.of(d1.plusDays(1), d1.plusDays(2)), List.of("b1"),
                    List.of(row(d1.plusDays(1), "b1", "p1", 250)), d1.plusDays(30));

            List<FigureRow> after = cache.rows(Granularity.DAILY, DateRange.of(d1, d1.plusDays(2)), null);
            assertEquals(Set.of(row(d1, "b1", "p1", 100), row(d1.plusDays(1), "b1", "p1", 250)), Set.copyOf(after),
                    "the 1st kept, the 2nd replaced, the 3rd no longer carried");
        }
    }

    @Test
    void daysNotPublishedAreStoredButNotCoveredAndMonthsCoverOnlyWhenWhole() {
        try (var registry = HibernateProgramRegistry.inMemory("cache-published")) {
            ReportCache cache = registry.reportCache();
            LocalDate d1 = LocalDate.of(2026, 6, 10);
            DateRange range = DateRange.of(d1, d1.plusDays(3));
            cache.store(Granularity.DAILY, range, List.of("b1"),
                    List.of(row(d1, "b1", "p1", 1), row(d1.plusDays(3), "b1", "p1", 4)), d1.plusDays(1));

            assertEquals(2, cache.rows(Granularity.DAILY, range, null).size());
            assertEquals(Map.of("b1", Set.of(d1.plusDays(2), d1.plusDays(3))), cache.missing(Granularity.DAILY, range, List.of("b1")));

            DateRange months = DateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));
            cache.store(Granularity.MONTHLY, months, List.of("b1"), List.of(
                    new FigureRow(Granularity.MONTHLY, LocalDate.of(2026, 4, 1), "b1", "p1", "CPC", 1, 1, 1),
                    new FigureRow(Granularity.MONTHLY, LocalDate.of(2026, 6, 1), "b1", "p1", "CPC", 3, 3, 3)), LocalDate.of(2026, 6, 14));
            assertEquals(Map.of("b1", Set.of(LocalDate.of(2026, 6, 1))), cache.missing(Granularity.MONTHLY, months, List.of("b1")),
                    "June is not over, so it is asked for again");
            assertEquals(2, cache.rows(Granularity.MONTHLY, months, null).size());
        }
    }

    @Test
    void pendingRequestsAreStoredAcrossAReopen() {
        Path db = dir.resolve("acct");
        PendingReport p = new PendingReport("rep-1", Granularity.DAILY, DateRange.of(MAY_30, MAY_30.plusDays(3)),
                List.of("b1", "b2"), Instant.parse("2026-06-01T10:00:00Z"), null, 0, RequestState.BUILDING, null);
        try (var registry = HibernateProgramRegistry.open(db)) {
            registry.reportCache().savePending(p);
            registry.reportCache().savePending(p.polled(Instant.parse("2026-06-01T10:05:00Z")));
        }
        try (var registry = HibernateProgramRegistry.open(db)) {
            List<PendingReport> stored = registry.reportCache().pending();
            assertEquals(List.of(p.polled(Instant.parse("2026-06-01T10:05:00Z"))), stored);
            registry.reportCache().removePending("rep-1");
            assertTrue(registry.reportCache().pending().isEmpty());
        }
    }

    @Test
    void packedValuesRoundTripAndDamageIsReported() {
        long[] values = {0, 12, 0, 345678901234L, -5};
        long present = 0b11011;
        String text = PackedValues.encode(values, present);
        assertEquals("0,12,,345678901234,-5", text);
        long[] back = new long[5];
        assertEquals(present, PackedValues.decode(text, back));
        assertArrayEquals(new long[] {0, 12, 0, 345678901234L, -5}, back);
        assertThrows(RegistryException.class, () -> PackedValues.decode("1,2", new long[5]));
        assertThrows(RegistryException.class, () -> PackedValues.decode("1,x,,,", new long[5]));
    }
}
