package io.adsdesk.ui.reports;

import io.adsdesk.model.report.DateRange;
import io.adsdesk.model.report.FigureRow;
import io.adsdesk.model.report.Granularity;
import io.adsdesk.model.report.ReportScope;
import io.adsdesk.reports.ReportFigures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The redraw index gives exactly the series of the whole loaded set, for any range and scope. */
class SlicesTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);

    private static ReportFigures figures() {
        List<FigureRow> rows = new ArrayList<>();
        // Business-major order, as a cache may return it: the index must not rely on date order.
        for (int b = 0; b < 5; b++) {
            for (int d = 0; d < 60; d++) {
                rows.add(new FigureRow(Granularity.DAILY, FIRST.plusDays(d), "b" + b, "p" + b, b % 2 == 0 ? "CPC" : "EP",
                        100 + b * 10 + d, 3 + d % 4, 250L * (b + 1) + d));
            }
        }
        return new ReportFigures(Granularity.DAILY, new DateRange(FIRST, FIRST.plusDays(59)), rows);
    }

    @Test
    void slicedSeriesEqualTheSeriesOfEveryRow() {
        ReportFigures all = figures();
        Slices slices = Slices.of(all);
        Map<String, String> names = Map.of("b1", "One");
        List<DateRange> ranges = List.of(new DateRange(FIRST, FIRST.plusDays(59)), new DateRange(FIRST.plusDays(10), FIRST.plusDays(10)),
                new DateRange(FIRST.plusDays(20), FIRST.plusDays(44)));
        for (DateRange r : ranges) {
            for (io.adsdesk.ui.reports.ReportScope scope : List.of(io.adsdesk.ui.reports.ReportScope.ACCOUNT,
                    io.adsdesk.ui.reports.ReportScope.business("b1"), io.adsdesk.ui.reports.ReportScope.business("nobody"),
                    io.adsdesk.ui.reports.ReportScope.programs(List.of("p2", "p4")))) {
                ReportScope theirs = switch (scope.kind()) {
                    case ACCOUNT -> ReportScope.account();
                    case BUSINESS -> ReportScope.business(scope.businessId());
                    case PROGRAMS -> ReportScope.programs(Set.copyOf(scope.programIds()));
                };
                assertEquals(all.series(theirs, r, names), slices.of(scope, r).series(theirs, r, names), r + " " + scope);
            }
        }
    }

    @Test
    void aSliceSharesTheLoadedBlocksAndKeepsOnlyThoseOverlappingTheRange() {
        ReportFigures all = figures();
        Slices slices = Slices.of(all);
        DateRange february = new DateRange(FIRST.plusDays(35), FIRST.plusDays(40));
        List<io.adsdesk.model.report.FigureBlock> blocks = slices.of(io.adsdesk.ui.reports.ReportScope.ACCOUNT, february).blocks();
        assertEquals(5, blocks.size(), "one February block per business");
        for (io.adsdesk.model.report.FigureBlock b : blocks) {
            assertEquals(LocalDate.of(2026, 2, 1), b.periodStart());
            org.junit.jupiter.api.Assertions.assertTrue(all.blocks().stream().anyMatch(x -> x == b), "not repacked");
        }
        assertEquals(3, slices.of(io.adsdesk.ui.reports.ReportScope.business("b3"), new DateRange(FIRST, FIRST.plusDays(59)))
                .blocks().size(), "b3's January, February and March 1");
    }
}
