package io.adsdesk.reports;

import io.adsdesk.model.report.BusinessSpend;
import io.adsdesk.model.report.DateRange;
import io.adsdesk.model.report.FigureBlock;
import io.adsdesk.model.report.FigureRow;
import io.adsdesk.model.report.Granularity;
import io.adsdesk.model.report.ReportScope;
import io.adsdesk.model.report.ReportSeries;
import io.adsdesk.model.report.SeriesPoint;
import io.adsdesk.model.report.TypeSpend;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cached figures of one range, in memory: turns them into chart series for any scope and any
 * sub-range without touching the cache again. Immutable; safe to use from any thread.
 */
public final class ReportFigures {
    private final Granularity granularity;
    private final DateRange range;
    private final List<FigureBlock> blocks;
    private volatile List<FigureRow> rows;

    /** Figures given as rows (packed here). */
    public ReportFigures(Granularity granularity, DateRange range, List<FigureRow> rows) {
        this(range, granularity, FigureBlock.pack(rows));
    }

    /** Figures as the cache stores them. */
    public ReportFigures(DateRange range, Granularity granularity, List<FigureBlock> blocks) {
        this.granularity = granularity;
        this.range = range;
        this.blocks = List.copyOf(blocks);
    }

    public Granularity granularity() {
        return granularity;
    }

    public DateRange range() {
        return range;
    }

    /** The figures as the cache stores them: one block per business, program and month (or year). */
    public List<FigureBlock> blocks() {
        return blocks;
    }

    /** Every row of the range, as cached (unpacked on first use). */
    public List<FigureRow> rows() {
        List<FigureRow> r = rows;
        if (r == null) {
            r = blocks.stream().flatMap(b -> b.rows().stream())
                    .filter(x -> !x.date().isBefore(range.from()) && !x.date().isAfter(range.to()))
                    .toList();
            rows = r;
        }
        return r;
    }

    /** The rows in {@code scope}, ordered by date, business and program: what an export writes. */
    public List<FigureRow> rows(ReportScope scope, DateRange within) {
        return rows().stream().filter(r -> scope.includes(r) && within.contains(r.date()))
                .sorted(Comparator.comparing(FigureRow::date).thenComparing(FigureRow::businessId)
                        .thenComparing(FigureRow::programId))
                .toList();
    }

    /** The series of the whole range. */
    public ReportSeries series(ReportScope scope, Map<String, String> businessNames) {
        return series(scope, range, businessNames);
    }

    /**
     * Everything the charts show for {@code scope} over {@code within} (inside this set's range):
     * one point per day or month, spend per program type per point, the top 20 businesses.
     *
     * @param businessNames names for the top-businesses chart; an ID stands in for a missing name
     */
    public ReportSeries series(ReportScope scope, DateRange within, Map<String, String> businessNames) {
        LocalDate first = granularity == Granularity.MONTHLY ? within.from().withDayOfMonth(1) : within.from();
        int n = granularity == Granularity.MONTHLY
                ? (int) ChronoUnit.MONTHS.between(first, within.to().withDayOfMonth(1)) + 1
                : within.days();
        long[] impressions = new long[n];
        long[] clicks = new long[n];
        long[] cost = new long[n];
        boolean[] seen = new boolean[n];
        Map<String, long[]> byType = new HashMap<>();
        Map<String, long[]> byBusiness = new HashMap<>();
        for (FigureBlock blk : blocks) {
            if (!scope.includes(blk.businessId(), blk.programId())) {
                continue;
            }
            long base = blk.offsetFrom(first);
            long[] typeCost = null;
            long[] biz = null;
            long[] bi = blk.impressions();
            long[] bc = blk.clicks();
            long[] bcost = blk.costCents();
            for (int slot = 0; slot < bi.length; slot++) {
                long idx = base + slot;
                if (idx < 0 || idx >= n || !blk.has(slot)) {
                    continue;
                }
                int i = (int) idx;
                impressions[i] += bi[slot];
                clicks[i] += bc[slot];
                cost[i] += bcost[slot];
                seen[i] = true;
                if (typeCost == null) {
                    typeCost = byType.computeIfAbsent(blk.programType(), k -> new long[n]);
                    biz = byBusiness.computeIfAbsent(blk.businessId(), k -> new long[3]);
                }
                typeCost[i] += bcost[slot];
                biz[0] += bi[slot];
                biz[1] += bc[slot];
                biz[2] += bcost[slot];
            }
        }
        List<SeriesPoint> points = new ArrayList<>(n);
        long ti = 0;
        long tc = 0;
        long tcost = 0;
        int empty = 0;
        for (int i = 0; i < n; i++) {
            LocalDate d = granularity == Granularity.MONTHLY ? first.plusMonths(i) : first.plusDays(i);
            points.add(new SeriesPoint(d, impressions[i], clicks[i], cost[i]));
            ti += impressions[i];
            tc += clicks[i];
            tcost += cost[i];
            if (!seen[i]) {
                empty++;
            }
        }
        List<TypeSpend> types = new ArrayList<>();
        byType.forEach((type, values) -> {
            List<Long> list = new ArrayList<>(n);
            for (long v : values) {
                list.add(v);
            }
            types.add(new TypeSpend(type, list));
        });
        types.sort(Comparator.comparingLong(TypeSpend::totalCents).reversed().thenComparing(TypeSpend::programType));
        List<BusinessSpend> top = byBusiness.entrySet().stream()
                .map(e -> new BusinessSpend(e.getKey(), businessNames.getOrDefault(e.getKey(), e.getKey()),
                        e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparingLong(BusinessSpend::costCents).reversed().thenComparing(BusinessSpend::businessId))
                .limit(ReportSeries.TOP_BUSINESSES)
                .toList();
        return new ReportSeries(granularity, within, scope, points, types, top, new SeriesPoint(within.from(), ti, tc, tcost),
                empty);
    }
}
