package io.adsdesk.ui.reports;

import io.adsdesk.model.report.DateRange;
import io.adsdesk.model.report.FigureRow;
import io.adsdesk.reports.ReportFigures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The loaded figures indexed for the redraws: rows in date order (a range is a slice of them) and
 * each business's rows apart (a business scope reads only its own). Built once on a worker; the
 * series themselves are still {@link ReportFigures#series}, over the smaller set of rows.
 */
final class Slices {
    private final ReportFigures all;
    private final List<FigureRow> byDate;
    private final Map<String, List<FigureRow>> byBusiness;

    private Slices(ReportFigures all, List<FigureRow> byDate, Map<String, List<FigureRow>> byBusiness) {
        this.all = all;
        this.byDate = byDate;
        this.byBusiness = byBusiness;
    }

    static Slices of(ReportFigures figures) {
        List<FigureRow> sorted = new ArrayList<>(figures.rows());
        sorted.sort(Comparator.comparing(FigureRow::date));
        Map<String, List<FigureRow>> byBusiness = new HashMap<>();
        for (FigureRow r : sorted) {
            byBusiness.computeIfAbsent(r.businessId(), k -> new ArrayList<>()).add(r);
        }
        return new Slices(figures, sorted, byBusiness);
    }

    DateRange range() {
        return all.range();
    }

    /** Figures holding at least the rows of {@code scope} within {@code within}, and few others. */
    ReportFigures of(ReportScope scope, DateRange within) {
        List<FigureRow> rows = switch (scope.kind()) {
            case BUSINESS -> byBusiness.getOrDefault(scope.businessId(), List.of());
            case ACCOUNT, PROGRAMS -> byDate;
        };
        return new ReportFigures(all.granularity(), all.range(), slice(rows, within));
    }

    /** The rows dated within the range; {@code rows} are in date order. */
    private static List<FigureRow> slice(List<FigureRow> rows, DateRange within) {
        int from = firstNotBefore(rows, within.from().toEpochDay());
        int to = firstNotBefore(rows, within.to().toEpochDay() + 1);
        return rows.subList(from, to);
    }

    private static int firstNotBefore(List<FigureRow> rows, long epochDay) {
        int lo = 0;
        int hi = rows.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rows.get(mid).date().toEpochDay() < epochDay) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
