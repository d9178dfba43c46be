package io.adsdesk.ui.reports;

import io.adsdesk.model.report.DateRange;
import io.adsdesk.model.report.FigureBlock;
import io.adsdesk.reports.ReportFigures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The loaded figures indexed for the redraws: the cache's packed blocks in period order (a range is
 * a slice of them) and each business's blocks apart (a business scope reads only its own). Built once
 * on a worker; a redraw neither unpacks nor repacks a figure. The series themselves are still
 * {@link ReportFigures#series}, over the smaller set of blocks.
 */
final class Slices {
    private final ReportFigures all;
    private final List<FigureBlock> byPeriod;
    private final Map<String, List<FigureBlock>> byBusiness;

    private Slices(ReportFigures all, List<FigureBlock> byPeriod, Map<String, List<FigureBlock>> byBusiness) {
        this.all = all;
        this.byPeriod = byPeriod;
        this.byBusiness = byBusiness;
    }

    static Slices of(ReportFigures figures) {
        List<FigureBlock> sorted = new ArrayList<>(figures.blocks());
        sorted.sort(Comparator.comparing(FigureBlock::periodStart));
        Map<String, List<FigureBlock>> byBusiness = new HashMap<>();
        for (FigureBlock b : sorted) {
            byBusiness.computeIfAbsent(b.businessId(), k -> new ArrayList<>()).add(b);
        }
        return new Slices(figures, sorted, byBusiness);
    }

    DateRange range() {
        return all.range();
    }

    /** Figures holding at least the blocks of {@code scope} that overlap {@code within}, and few others. */
    ReportFigures of(ReportScope scope, DateRange within) {
        List<FigureBlock> blocks = switch (scope.kind()) {
            case BUSINESS -> byBusiness.getOrDefault(scope.businessId(), List.of());
            case ACCOUNT, PROGRAMS -> byPeriod;
        };
        return new ReportFigures(all.range(), all.granularity(), slice(blocks, within));
    }

    /** The blocks whose period overlaps the range; {@code blocks} are in period order. */
    private List<FigureBlock> slice(List<FigureBlock> blocks, DateRange within) {
        long from = FigureBlock.periodOf(all.granularity(), within.from()).toEpochDay();
        int start = firstNotBefore(blocks, from);
        int end = firstNotBefore(blocks, within.to().toEpochDay() + 1);
        return blocks.subList(start, end);
    }

    private static int firstNotBefore(List<FigureBlock> blocks, long epochDay) {
        int lo = 0;
        int hi = blocks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (blocks.get(mid).periodStart().toEpochDay() < epochDay) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
