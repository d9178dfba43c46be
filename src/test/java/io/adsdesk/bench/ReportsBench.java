package io.adsdesk.bench;

import io.adsdesk.model.report.DateRange;
import io.adsdesk.model.report.FigureRow;
import io.adsdesk.model.report.Granularity;
import io.adsdesk.model.report.ReportScope;
import io.adsdesk.model.report.ReportSeries;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.registry.ReportCache;
import io.adsdesk.reports.ReportFigures;
import io.adsdesk.reports.ReportQuery;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The reports cache at size: a registry holding daily figures of {@code businesses} businesses over
 * {@code days} days (one CPC program each, an EP program on every other business), then (1) reading
 * the whole range from the cache, as the Reports view does when the range changes, and (2) building
 * the chart series for a scope or range change from figures in memory (the UI measures the redraw).
 * Run alone: {@code BenchSuite}'s part, or {@code main(businesses, days, runs)} at a small size.
 */
final class ReportsBench {
    static final LocalDate LAST = LocalDate.of(2026, 6, 30);

    record Result(int businesses, int days, int rows, long fillMs, List<Double> readMs, List<Double> seriesMs) {
        String table() {
            return String.format(Locale.ROOT, """
                    | reports measure | result | goal |
                    |---|---|---|
                    | fill the cache: %,d businesses × %d days, %,d rows | %,d ms | |
                    | read the cache for the whole range (median of %d) | %.0f ms (max %.0f) | < 200 ms |
                    | chart series for a scope or range change, in memory (median of %d) | %.1f ms (max %.1f) | |
                    """, businesses, days, rows, fillMs, readMs.size(), Stats.median(readMs), Stats.max(readMs),
                    seriesMs.size(), Stats.median(seriesMs), Stats.max(seriesMs));
        }
    }

    private ReportsBench() {
    }

    static Result run(Path dir, int businesses, int days, int runs) {
        DateRange range = DateRange.of(LAST.minusDays(days - 1), LAST);
        List<String> ids = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < businesses; i++) {
            String id = "bench-business-%05d".formatted(i);
            ids.add(id);
            names.put(id, "Business " + i);
        }
        try (HibernateProgramRegistry registry = HibernateProgramRegistry.open(dir)) {
            ReportCache cache = registry.reportCache();
            long began = System.nanoTime();
            int rows = 0;
            for (int from = 0; from < businesses; from += 100) {
                List<String> batch = ids.subList(from, Math.min(businesses, from + 100));
                List<FigureRow> figures = new ArrayList<>();
                for (int b = 0; b < batch.size(); b++) {
                    String id = batch.get(b);
                    for (LocalDate d = range.from(); !d.isAfter(range.to()); d = d.plusDays(1)) {
                        long h = (id.hashCode() * 31L + d.toEpochDay()) & 0xff;
                        figures.add(new FigureRow(Granularity.DAILY, d, id, id + "-cpc", "CPC", 400 + h * 3, 10 + h / 16, 900 + h * 7));
                        if ((from + b) % 2 == 0) {
                            figures.add(new FigureRow(Granularity.DAILY, d, id, id + "-ep", "EP", 150 + h, 1 + h / 64, 330));
                        }
                    }
                }
                rows += figures.size();
                cache.store(Granularity.DAILY, range, batch, figures, LAST);
            }
            long fillMs = (System.nanoTime() - began) / 1_000_000;
            ReportQuery query = new ReportQuery(cache);
            List<Double> read = new ArrayList<>();
            ReportFigures figures = null;
            for (int r = 0; r < runs + 1; r++) {
                long t = System.nanoTime();
                figures = query.load(Granularity.DAILY, range);
                if (r > 0) { // the first read warms the JIT and the page cache
                    read.add(Stats.ms(System.nanoTime() - t));
                }
            }
            List<ReportScope> scopes = List.of(ReportScope.account(), ReportScope.business(ids.get(businesses / 2)),
                    ReportScope.programs(Set.of(ids.get(1) + "-cpc", ids.get(2) + "-cpc", ids.get(4) + "-ep")));
            List<DateRange> ranges = List.of(range, DateRange.of(LAST.minusDays(29), LAST), DateRange.of(LAST.minusDays(6), LAST));
            List<Double> series = new ArrayList<>();
            long sink = 0;
            for (int r = 0; r < runs + 1; r++) {
                for (ReportScope scope : scopes) {
                    for (DateRange sub : ranges) {
                        long t = System.nanoTime();
                        ReportSeries s = figures.series(scope, sub, names);
                        sink += s.total().costCents();
                        if (r > 0) {
                            series.add(Stats.ms(System.nanoTime() - t));
                        }
                    }
                }
            }
            if (sink < 0) {
                throw new IllegalStateException();
            }
            return new Result(businesses, days, rows, fillMs, read, series);
        }
    }

    public static void main(String[] args) throws Exception {
        int businesses = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 365;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        Path dir = java.nio.file.Files.createTempDirectory("reports-bench");
        try {
            System.out.println(run(dir, businesses, days, runs).table());
        } finally {
            SyncRuns.deleteTree(dir);
        }
        System.exit(0);
    }
}
