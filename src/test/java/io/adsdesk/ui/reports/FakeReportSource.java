package io.adsdesk.ui.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A report source for view-model tests: cached days up to {@link #lastDay} with fixed figures per day
 * (100 impressions, 5 clicks, $2.50 per scope unit), and a fetch that reports a status and then either
 * caches the asked range or fails.
 */
final class FakeReportSource implements ReportSource {
    boolean key = true;
    /** Whether a reporting key can be entered; the keys kept, in order ("" for a forgotten one). */
    boolean editable;
    final List<String> savedKeys = new ArrayList<>();
    RuntimeException keyFailure;
    LocalDate lastDay;
    Instant receivedAt = Instant.parse("2026-03-14T18:00:00Z");
    RuntimeException fetchFailure;
    final List<DayRange> fetched = new ArrayList<>();
    final List<String> asked = new ArrayList<>();
    List<PacingRow> pacing = List.of();
    int reads;
    /** Reports an earlier run asked for: each awaitPending reports one and caches up to {@link #lastDay}. */
    int pendingFromEarlierRun;

    FakeReportSource(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    @Override
    public boolean hasKey() {
        return key;
    }

    @Override
    public boolean keyEditable() {
        return editable;
    }

    @Override
    public void saveKey(char[] typed) {
        if (keyFailure != null) {
            throw keyFailure;
        }
        savedKeys.add(new String(typed));
        key = typed.length > 0;
        java.util.Arrays.fill(typed, '\0');
    }

    @Override
    public CachedReport readCache() {
        reads++;
        LocalDate cachedUpTo = lastDay;
        return new CachedReport() {
            @Override
            public ReportFigures figures(DayRange range, ReportScope scope) {
                asked.add(range + " " + scope.kind() + " " + scope.businessId() + " " + scope.programIds());
                int units = switch (scope.kind()) {
                    case ACCOUNT -> 10;
                    case BUSINESS -> 2;
                    case PROGRAMS -> scope.programIds().size();
                };
                int n = (int) range.days();
                List<LocalDate> days = new ArrayList<>(n);
                long[] imp = new long[n];
                long[] clk = new long[n];
                long[] cost = new long[n];
                for (int i = 0; i < n; i++) {
                    LocalDate d = range.from().plusDays(i);
                    days.add(d);
                    boolean cached = cachedUpTo != null && !d.isAfter(cachedUpTo);
                    imp[i] = cached ? 100L * units : 0;
                    clk[i] = cached ? 5L * units : 0;
                    cost[i] = cached ? 250L * units : 0;
                }
                Map<String, long[]> byType = new LinkedHashMap<>();
                byType.put("CPC", cost.clone());
                List<ReportFigures.BusinessSpend> top = List.of(
                        new ReportFigures.BusinessSpend("b-1", "Bob's \"Best\" Bakery, Inc.", 1000, 4, 80),
                        new ReportFigures.BusinessSpend("b-2", "Second", 500, 2, 40));
                return new ReportFigures(range, days, imp, clk, cost, byType, top);
            }

            @Override
            public List<PacingRow> pacing(LocalDate today) {
                return pacing;
            }

            @Override
            public Optional<LocalDate> lastCachedDay() {
                return Optional.ofNullable(cachedUpTo);
            }

            @Override
            public Optional<Instant> receivedAt() {
                return cachedUpTo == null ? Optional.empty() : Optional.of(receivedAt);
            }
        };
    }

    @Override
    public boolean awaitPending(Consumer<BuildStatus> progress, BooleanSupplier cancelled) {
        if (pendingFromEarlierRun == 0) {
            return false;
        }
        progress.accept(new BuildStatus("earlier", Instant.parse("2026-03-14T20:00:00Z"), Duration.ofMinutes(30),
                "Building at Yelp: 1 report still to come", 0, 0));
        pendingFromEarlierRun--;
        lastDay = LocalDate.of(2026, 3, 14);
        return true;
    }

    @Override
    public void fetchMissing(DayRange range, ReportScope scope, Consumer<BuildStatus> progress, BooleanSupplier cancelled) {
        progress.accept(new BuildStatus("asked", Instant.parse("2026-03-15T09:00:00Z"), Duration.ofMinutes(30),
                "Waiting for Yelp: 0 of 1 reports ready", 0, 1));
        if (fetchFailure != null) {
            throw fetchFailure;
        }
        fetched.add(range);
        if (lastDay == null || range.to().isAfter(lastDay)) {
            lastDay = range.to();
        }
    }
}
