package io.adsdesk.reports;

import io.adsdesk.model.report.BusinessSpend;
import io.adsdesk.model.report.DateRange;
import io.adsdesk.model.report.FigureRow;
import io.adsdesk.model.report.Granularity;
import io.adsdesk.model.report.ReportScope;
import io.adsdesk.model.report.ReportSeries;
import io.adsdesk.model.report.SeriesPoint;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ReportFiguresTest {
    private static final LocalDate MAY_30 = LocalDate.of(2026, 5, 30);

    private static FigureRow row(LocalDate d, String business, String program, String type, long imp, long clicks, long cost) {
        return new FigureRow(Granularity.DAILY, d, business, program, type, imp, clicks, cost);
    }

    private static ReportFigures figures() {
        List<FigureRow> rows = List.of(
                row(MAY_30, "b1", "p1", "CPC", 1000, 10, 1234),
                row(MAY_30, "b2", "p2", "EP", 500, 1, 300),
                row(MAY_30.plusDays(2), "b1", "p1", "CPC", 3000, 30, 4000), // June 1st: across the month boundary
                row(MAY_30.plusDays(2), "b1", "p3", "EP", 100, 0, 50));
        return new ReportFigures(Granularity.DAILY, DateRange.of(MAY_30, MAY_30.plusDays(3)), rows);
    }

    @Test
    void theAccountSeriesHasAZeroFilledPointPerDayAndTotalsInCents() {
        ReportSeries s = figures().series(ReportScope.account(), Map.of("b1", "Bakery"));

        assertEquals(4, s.points().size());
        assertEquals(new SeriesPoint(MAY_30, 1500, 11, 1534), s.points().get(0));
        assertEquals(new SeriesPoint(MAY_30.plusDays(1), 0, 0, 0), s.points().get(1));
        assertEquals(new SeriesPoint(MAY_30.plusDays(2), 3100, 30, 4050), s.points().get(2));
        assertEquals(2, s.daysWithoutFigures());
        assertEquals(5584, s.total().costCents());
        assertEquals(135, s.points().get(2).costPerClickCents(), "4050 / 30 = 135 cents");
        assertEquals(136, s.total().costPerClickCents(), "5584 / 41 = 136.19 -> 136");
        assertEquals(139, s.points().get(0).costPerClickCents(), "1534 / 11 = 139.45 -> 139");
        assertEquals(3, new SeriesPoint(MAY_30, 0, 2, 5).costPerClickCents(), "2.5 rounds half up");
    }

    @Test
    void spendByTypeIsAlignedWithThePointsAndTopBusinessesAreByCost() {
        ReportSeries s = figures().series(ReportScope.account(), Map.of("b1", "Bakery"));

        assertEquals("CPC", s.spendByType().get(0).programType());
        assertEquals(List.of(1234L, 0L, 4000L, 0L), s.spendByType().get(0).costCents());
        assertEquals(List.of(300L, 0L, 50L, 0L), s.spendByType().get(1).costCents());
        assertEquals(List.of(new BusinessSpend("b1", "Bakery", 4100, 40, 5284), new BusinessSpend("b2", "b2", 500, 1, 300)),
                s.topBusinesses());
    }

    @Test
    void scopesAndSubRangesNarrowTheSeries() {
        ReportFigures f = figures();
        assertEquals(5284, f.series(ReportScope.business("b1"), Map.of()).total().costCents());
        assertEquals(4050, f.series(ReportScope.programs(Set.of("p3", "p1")), DateRange.of(MAY_30.plusDays(1), MAY_30.plusDays(3)),
                Map.of()).total().costCents());
        assertEquals(3, f.rows(ReportScope.business("b1"), f.range()).size());
        assertNull(new SeriesPoint(MAY_30, 0, 0, 5).costPerClickCents());
        assertEquals(0.01, new SeriesPoint(MAY_30, 1000, 10, 5).ctr(), 1e-12);
    }

    @Test
    void onlyTwentyBusinessesAreTop() {
        List<FigureRow> rows = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            rows.add(row(MAY_30, "b" + i, "p" + i, "CPC", 1, 1, 100 + i));
        }
        ReportSeries s = new ReportFigures(Granularity.DAILY, DateRange.of(MAY_30, MAY_30), rows).series(ReportScope.account(), Map.of());
        assertEquals(20, s.topBusinesses().size());
        assertEquals("b24", s.topBusinesses().get(0).businessId());
        assertEquals("b5", s.topBusinesses().get(19).businessId());
    }

    @Test
    void monthlySeriesHaveAPointPerMonth() {
        List<FigureRow> rows = List.of(
                new FigureRow(Granularity.MONTHLY, LocalDate.of(2025, 12, 1), "b1", "p1", "CPC", 10, 1, 100),
                new FigureRow(Granularity.MONTHLY, LocalDate.of(2026, 2, 1), "b1", "p1", "CPC", 30, 3, 300));
        ReportSeries s = new ReportFigures(Granularity.MONTHLY, DateRange.of(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 2, 28)), rows)
                .series(ReportScope.account(), Map.of());
        assertEquals(List.of(100L, 0L, 300L), s.points().stream().map(SeriesPoint::costCents).toList());
        assertEquals(LocalDate.of(2026, 1, 1), s.points().get(1).date());
    }
}
