package io.adsdesk.reports;

import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.model.report.FigureRow;
import io.adsdesk.model.report.Granularity;
import io.adsdesk.model.report.PacingFlag;
import io.adsdesk.model.report.PacingRow;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class BudgetPacingTest {
    private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);

    @Test
    void projectionIsSpendTimesDaysInMonthOverDaysCountedRoundedHalfUpInCents() {
        // 10 days counted of 30, $100.01 spent: 10001 * 30 / 10 = 30003 cents exactly
        PacingRow row = BudgetPacing.row("p", "b", "B", 30000, 10001, JUNE_1.plusDays(9), 10, 30, JUNE_1);
        assertEquals(30003, row.projectedCents());
        assertEquals(PacingFlag.ON_PACE, row.flag(), "100.01 % of budget is on pace");

        // 7 of 30 days, 1000 cents: 1000 * 30 / 7 = 4285.71... -> 4286
        assertEquals(4286, BudgetPacing.row("p", "b", "B", 5000, 1000, JUNE_1.plusDays(6), 7, 30, JUNE_1).projectedCents());
        // 3 of 30 days, 5 cents: 5 * 30 / 3 = 50 exactly; 1 of 31 days, 1 cent -> 31
        assertEquals(50, BudgetPacing.row("p", "b", "B", 50, 5, JUNE_1.plusDays(2), 3, 30, JUNE_1).projectedCents());
        assertEquals(31, BudgetPacing.divideHalfUp(31, 1));
        assertEquals(2, BudgetPacing.divideHalfUp(3, 2), "1.5 rounds up");
        assertEquals(1, BudgetPacing.divideHalfUp(7, 5), "1.4 rounds down");
    }

    @Test
    void flagsFollowTheDocumentedThresholds() {
        // budget 10000; 15 of 30 days counted -> projection = spent * 2
        assertEquals(PacingFlag.UNDER_SPEND, flag(3999), "7998 < 80 % of 10000");
        assertEquals(PacingFlag.ON_PACE, flag(4000), "exactly 80 % is on pace");
        assertEquals(PacingFlag.ON_PACE, flag(5250), "exactly 105 % is on pace");
        assertEquals(PacingFlag.RUNS_OUT_EARLY, flag(5251), "10502 > 105 %");
        assertEquals(PacingFlag.NO_DATA, BudgetPacing.row("p", "b", "B", 10000, 0, null, 0, 30, JUNE_1).flag());
    }

    @Test
    void theDayTheBudgetRunsOutIsTheFirstWhoseSpendReachesIt() {
        // 10 days spent 6000 of 10000: 600/day -> day ceil(10000*10/6000) = 17
        PacingRow row = BudgetPacing.row("p", "b", "B", 10000, 6000, JUNE_1.plusDays(9), 10, 30, JUNE_1);
        assertEquals(PacingFlag.RUNS_OUT_EARLY, row.flag());
        assertEquals(18000, row.projectedCents());
        assertEquals(LocalDate.of(2026, 6, 17), row.runsOutOn());
        assertEquals(180, row.projectedPercent());
        assertEquals(4000, row.remainingCents());
        assertNull(BudgetPacing.row("p", "b", "B", 10000, 3000, JUNE_1.plusDays(9), 10, 30, JUNE_1).runsOutOn());
    }

    @Test
    void computeSumsThisMonthsDailyCostOfRunningCpcProgramsOnly() {
        LocalDate today = LocalDate.of(2026, 6, 11);
        Program cpc = program("cpc1", "CPC", 30000L, LocalDate.of(2026, 1, 1), null);
        Program ended = program("cpc2", "CPC", 30000L, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 31));
        Program ep = program("ep1", "EP", 5000L, LocalDate.of(2026, 1, 1), null);
        List<FigureRow> rows = new ArrayList<>();
        for (int day = 1; day <= 11; day++) {
            rows.add(new FigureRow(Granularity.DAILY, LocalDate.of(2026, 6, day), "biz", "cpc1", "CPC", 100, 5, 1000));
        }
        rows.add(new FigureRow(Granularity.DAILY, LocalDate.of(2026, 5, 31), "biz", "cpc1", "CPC", 100, 5, 99999));

        List<PacingRow> out = BudgetPacing.compute(List.of(cpc, ended, ep), rows, Map.of("biz", "Bakery"),
                LocalDate.of(2026, 6, 10), today);

        assertEquals(1, out.size(), "the ended and the EP programs have no row");
        PacingRow row = out.get(0);
        assertEquals(10000, row.spentCents(), "June 1-10 only: May and the unpublished 11th are left out");
        assertEquals(10, row.daysCounted());
        assertEquals(30000, row.projectedCents());
        assertEquals("Bakery", row.businessName());
        assertEquals(PacingFlag.ON_PACE, row.flag());
    }

    @Test
    void onTheFirstOfTheMonthNothingIsCountedYet() {
        Program cpc = program("cpc1", "CPC", 30000L, LocalDate.of(2026, 1, 1), null);
        List<PacingRow> out = BudgetPacing.compute(List.of(cpc), List.of(), Map.of(), LocalDate.of(2026, 5, 31), JUNE_1);
        assertEquals(PacingFlag.NO_DATA, out.get(0).flag());
        assertEquals(0, out.get(0).daysCounted());
    }

    private static PacingFlag flag(long spent) {
        return BudgetPacing.row("p", "b", "B", 10000, spent, JUNE_1.plusDays(14), 15, 30, JUNE_1).flag();
    }

    static Program program(String id, String type, Long budget, LocalDate start, LocalDate end) {
        return new Program(id, type, start, end, true, false, budget, null, "USD", true, null, 0, 0, null,
                List.of(new ProgramBusiness("biz", null)), List.of(), List.of(), List.of(), List.of(), null, null);
    }
}
