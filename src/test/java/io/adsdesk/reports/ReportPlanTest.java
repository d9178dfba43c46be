package io.adsdesk.reports;

import io.adsdesk.model.report.DateRange;
import io.adsdesk.model.report.Granularity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportPlanTest {
    private static final LocalDate START = LocalDate.of(2026, 6, 1);

    private static List<String> businesses(int n) {
        return IntStream.range(0, n).mapToObj(i -> "biz-" + i).toList();
    }

    @Test
    void sixHundredBusinessesOverOneHundredTwentyDaysTakeFourRequestsNoneOverALimit() {
        DateRange range = DateRange.of(START, START.plusDays(119));
        List<ReportPlan.Chunk> chunks = ReportPlan.split(Granularity.DAILY, range, businesses(600));

        assertEquals(4, chunks.size(), "2 batches of businesses (500 + 100) x 2 spans of days (89 + 31)");
        Map<String, Integer> timesAsked = new HashMap<>();
        for (ReportPlan.Chunk c : chunks) {
            assertTrue(c.businessIds().size() <= ReportLimits.MAX_BUSINESSES, "at most 500 businesses");
            assertTrue(c.range().days() <= ReportLimits.MAX_DAILY_DAYS, "at most 89 days");
            for (String b : c.businessIds()) {
                for (LocalDate d = c.range().from(); !d.isAfter(c.range().to()); d = d.plusDays(1)) {
                    timesAsked.merge(b + "@" + d, 1, Integer::sum);
                }
            }
        }
        assertEquals(600 * 120, timesAsked.size(), "every business-day asked for");
        assertTrue(timesAsked.values().stream().allMatch(n -> n == 1), "and only once");
    }

    @Test
    void monthlyRangesAreSplitIntoThreeMonthsAtMost() {
        DateRange range = DateRange.of(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 7, 3));
        List<ReportPlan.Chunk> chunks = ReportPlan.split(Granularity.MONTHLY, range, businesses(10));

        assertEquals(3, chunks.size(), "7 months: 3 + 3 + 1");
        assertEquals(LocalDate.of(2025, 1, 1), chunks.get(0).range().from());
        assertEquals(LocalDate.of(2025, 7, 31), chunks.get(2).range().to());
        for (ReportPlan.Chunk c : chunks) {
            assertTrue(ReportPlan.months(c.range()) <= ReportLimits.MAX_MONTHS);
        }
    }

    @Test
    void onlyTheMissingSpanOfEachBusinessIsAskedForAndSameSpansShareARequest() {
        Set<LocalDate> late = new HashSet<>();
        for (LocalDate d = START.plusDays(10); !d.isAfter(START.plusDays(19)); d = d.plusDays(1)) {
            late.add(d);
        }
        Map<String, Set<LocalDate>> missing = Map.of("a", late, "b", late, "c", Set.of(START));
        List<ReportPlan.Chunk> chunks = ReportPlan.forMissing(Granularity.DAILY, missing);

        assertEquals(2, chunks.size());
        ReportPlan.Chunk shared = chunks.stream().filter(c -> c.businessIds().size() == 2).findFirst().orElseThrow();
        assertEquals(DateRange.of(START.plusDays(10), START.plusDays(19)), shared.range());
        assertEquals(List.of("a", "b"), shared.businessIds());
        ReportPlan.Chunk single = chunks.stream().filter(c -> c.businessIds().equals(List.of("c"))).findFirst().orElseThrow();
        assertEquals(1, ChronoUnit.DAYS.between(single.range().from(), single.range().to()) + 1);
    }
}
