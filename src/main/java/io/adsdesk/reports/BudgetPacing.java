package io.adsdesk.reports;

import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramType;
import io.adsdesk.model.report.FigureRow;
import io.adsdesk.model.report.Granularity;
import io.adsdesk.model.report.PacingFlag;
import io.adsdesk.model.report.PacingRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Budget pacing of CPC programs in the current month, in integer cents.
 *
 * <p>Spend to date is the sum of the program's daily {@code ad_cost} from the 1st of the month to
 * the last counted day ({@code through}, normally yesterday: today is not published yet). The
 * projection assumes the same daily pace for the rest of the month:
 * {@code projected = spent × daysInMonth ÷ daysCounted}, rounded half up. Flags:
 * <ul>
 * <li>{@link PacingFlag#RUNS_OUT_EARLY}: projection above {@value PacingRow#RUNS_OUT_PERCENT} % of the
 *     monthly budget (Yelp stops the ads once the budget is spent), or the budget already spent
 *     with days of the month left;</li>
 * <li>{@link PacingFlag#UNDER_SPEND}: projection below {@value PacingRow#UNDER_SPEND_PERCENT} % of the budget;</li>
 * <li>{@link PacingFlag#NO_DATA}: no day of this month counted yet (the 1st, or nothing cached);</li>
 * <li>{@link PacingFlag#ON_PACE} otherwise.</li>
 * </ul>
 * {@code runsOutOn} is the first day whose cumulative spend at the current pace reaches the budget:
 * day {@code ceil(budget × daysCounted ÷ spent)} of the month, when that is before its last day.
 */
public final class BudgetPacing {
    private BudgetPacing() {
    }

    /**
     * One row per running CPC program with a budget, in the order given.
     *
     * @param dailyRows daily rows of the month (others are ignored)
     * @param through the last day to count (normally {@link ReportLimits#lastPublishedDay} or
     *                yesterday); a day before the month counts nothing
     * @param today today (Pacific): fixes the month
     */
    public static List<PacingRow> compute(Collection<Program> programs, Collection<FigureRow> dailyRows,
            Map<String, String> businessNames, LocalDate through, LocalDate today) {
        LocalDate monthStart = today.withDayOfMonth(1);
        int daysInMonth = today.lengthOfMonth();
        LocalDate last = through.isAfter(today) ? today : through;
        int counted = last.isBefore(monthStart) ? 0 : last.getDayOfMonth();
        Map<String, Long> spent = new HashMap<>();
        for (FigureRow r : dailyRows) {
            if (r.granularity() == Granularity.DAILY && !r.date().isBefore(monthStart) && !r.date().isAfter(last)) {
                spent.merge(r.programId(), r.adCostCents(), Long::sum);
            }
        }
        List<PacingRow> out = new ArrayList<>();
        for (Program p : programs) {
            if (!ProgramType.CPC.name().equals(p.programType()) || p.budgetCents() == null || !runsThisMonth(p, monthStart)) {
                continue;
            }
            String business = p.businesses().isEmpty() ? "" : p.businesses().get(0).yelpBusinessId();
            out.add(row(p.programId(), business, businessNames.getOrDefault(business, business), p.budgetCents(),
                    spent.getOrDefault(p.programId(), 0L), counted == 0 ? null : last, counted, daysInMonth, monthStart));
        }
        return out;
    }

    /** The pacing of one program: the arithmetic, apart from where the numbers come from. */
    static PacingRow row(String programId, String businessId, String businessName, long budgetCents, long spentCents,
            LocalDate through, int daysCounted, int daysInMonth, LocalDate monthStart) {
        if (daysCounted <= 0) {
            return new PacingRow(programId, businessId, businessName, ProgramType.CPC.name(), budgetCents, spentCents,
                    through, 0, daysInMonth, 0, null, PacingFlag.NO_DATA);
        }
        long projected = divideHalfUp(spentCents * daysInMonth, daysCounted);
        LocalDate runsOut = null;
        if (spentCents > 0 && budgetCents > 0) {
            long day = ceilDiv(budgetCents * daysCounted, spentCents);
            if (day < daysInMonth) {
                runsOut = monthStart.withDayOfMonth((int) Math.max(1, day));
            }
        }
        PacingFlag flag;
        if (projected * 100 > budgetCents * PacingRow.RUNS_OUT_PERCENT
                || spentCents >= budgetCents && budgetCents > 0 && daysCounted < daysInMonth) {
            flag = PacingFlag.RUNS_OUT_EARLY;
        } else if (projected * 100 < budgetCents * PacingRow.UNDER_SPEND_PERCENT) {
            flag = PacingFlag.UNDER_SPEND;
        } else {
            flag = PacingFlag.ON_PACE;
        }
        return new PacingRow(programId, businessId, businessName, ProgramType.CPC.name(), budgetCents, spentCents, through,
                daysCounted, daysInMonth, projected, flag == PacingFlag.RUNS_OUT_EARLY ? runsOut : null, flag);
    }

    private static boolean runsThisMonth(Program p, LocalDate monthStart) {
        boolean started = p.startDate() == null || !p.startDate().isAfter(monthStart.withDayOfMonth(monthStart.lengthOfMonth()));
        boolean notEnded = p.endDate() == null || !p.endDate().isBefore(monthStart);
        return started && notEnded;
    }

    static long divideHalfUp(long numerator, long denominator) {
        return Math.floorDiv(2 * numerator + denominator, 2 * denominator);
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
