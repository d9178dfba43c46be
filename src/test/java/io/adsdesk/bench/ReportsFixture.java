package io.adsdesk.bench;

import io.adsdesk.ui.reports.BuildStatus;
import io.adsdesk.ui.reports.DayRange;
import io.adsdesk.ui.reports.PacingRow;
import io.adsdesk.ui.reports.ReportFigures;
import io.adsdesk.ui.reports.ReportScope;
import io.adsdesk.ui.reports.ReportSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Cached figures for the Reports benchmark: {@code businesses} × {@code days} up to yesterday, one
 * program each, types in turn, deterministic figures; sliced per range and scope in memory.
 */
public record ReportsFixture(ReportSource source, List<String> businessIds) {
    private static final String[] TYPES = {"CPC", "EP", "BP", "RCA", "CTA"};
    private static final String[] FIRST = {"Golden Gate", "Mission", "Sunset", "Bayview", "Hilltop", "Harbor", "Redwood",
            "Lakeside", "Oak Street", "Pacific"};
    private static final String[] SECOND = {"Plumbing", "Dental Care", "Auto Repair", "Bakery", "Yoga Studio", "Movers",
            "Law Office", "Groomers", "Roofing", "Roasters", "Florist", "Locksmith"};

    /** "Mission Bakery #12": a readable name for business {@code b}. */
    public static String name(int b) {
        return FIRST[b % FIRST.length] + " " + SECOND[(b / FIRST.length) % SECOND.length]
                + (b >= FIRST.length * SECOND.length ? " #" + (b / (FIRST.length * SECOND.length) + 1) : "");
    }

    public static ReportsFixture build(int businesses, int days, LocalDate today) {
        return build(businesses, days, today, List.of());
    }

    /** As {@link #build(int, int, LocalDate)}, with these pacing rows. */
    public static ReportsFixture build(int businesses, int days, LocalDate today, List<PacingRow> pacingRows) {
        LocalDate first = today.minusDays(days);
        List<String> ids = new ArrayList<>(businesses);
        long[][] imp = new long[businesses][days];
        long[][] clk = new long[businesses][days];
        long[][] cost = new long[businesses][days];
        for (int b = 0; b < businesses; b++) {
            ids.add("biz-%05d".formatted(b));
            for (int d = 0; d < days; d++) {
                long seed = (b * 31L + d * 17L) % 97;
                double week = 1 + 0.25 * Math.sin(2 * Math.PI * d / 7.0) + 0.2 * Math.sin(2 * Math.PI * d / 91.0);
                double size = 1 + 4.0 / (1 + b % 23);
                imp[b][d] = Math.round((200 + seed * 3) * week * size);
                clk[b][d] = Math.round((4 + seed % 11) * week * size);
                cost[b][d] = clk[b][d] * (50 + b % 150);
            }
        }
        ReportSource.CachedReport cache = new ReportSource.CachedReport() {
            @Override
            public ReportFigures figures(DayRange range, ReportScope scope) {
                int n = (int) range.days();
                int offset = (int) (range.from().toEpochDay() - first.toEpochDay());
                List<LocalDate> dates = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    dates.add(range.from().plusDays(i));
                }
                long[] si = new long[n];
                long[] sc = new long[n];
                long[] sk = new long[n];
                Map<String, long[]> byType = new LinkedHashMap<>();
                List<ReportFigures.BusinessSpend> totals = new ArrayList<>();
                for (int b = 0; b < businesses; b++) {
                    if (scope.kind() == ReportScope.Kind.BUSINESS && !ids.get(b).equals(scope.businessId())) {
                        continue;
                    }
                    long[] type = byType.computeIfAbsent(TYPES[b % TYPES.length], t -> new long[n]);
                    long bi = 0;
                    long bc = 0;
                    long bk = 0;
                    for (int i = 0; i < n; i++) {
                        int d = offset + i;
                        if (d < 0 || d >= days) {
                            continue;
                        }
                        si[i] += imp[b][d];
                        sc[i] += clk[b][d];
                        sk[i] += cost[b][d];
                        type[i] += cost[b][d];
                        bi += imp[b][d];
                        bc += clk[b][d];
                        bk += cost[b][d];
                    }
                    totals.add(new ReportFigures.BusinessSpend(ids.get(b), name(b), bk, bc, bi));
                }
                totals.sort(Comparator.comparingLong(ReportFigures.BusinessSpend::costCents).reversed());
                return new ReportFigures(range, dates, si, sc, sk, byType,
                        List.copyOf(totals.subList(0, Math.min(ReportFigures.TOP_BUSINESSES, totals.size()))));
            }

            @Override
            public List<PacingRow> pacing(LocalDate day) {
                return pacingRows;
            }

            @Override
            public Optional<LocalDate> lastCachedDay() {
                return Optional.of(today.minusDays(1));
            }

            @Override
            public Optional<Instant> receivedAt() {
                return Optional.of(today.atTime(18, 0).toInstant(java.time.ZoneOffset.UTC)); // 10:00 Pacific
            }
        };
        ReportSource source = new ReportSource() {
            @Override
            public boolean hasKey() {
                return true;
            }

            @Override
            public CachedReport readCache() {
                return cache;
            }

            @Override
            public void fetchMissing(DayRange range, ReportScope scope, Consumer<BuildStatus> progress, BooleanSupplier cancelled) {
            }
        };
        return new ReportsFixture(source, ids);
    }
}
