package io.adsdesk.ui.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the Reports view's charts show for one range and scope: daily totals, daily spend by program
 * type and the top businesses by spend. Money in cents. Arrays are indexed by day, like {@link #days}.
 */
public record ReportFigures(DayRange range, List<LocalDate> days, long[] impressions, long[] clicks, long[] costCents,
                            Map<String, long[]> costByType, List<BusinessSpend> topBusinesses) {
    public static final int TOP_BUSINESSES = 20;

    /** One business's totals over the range. */
    public record BusinessSpend(String businessId, String name, long costCents, long clicks, long impressions) {
    }

    public boolean isEmpty() {
        for (int i = 0; i < days.size(); i++) {
            if (impressions[i] != 0 || clicks[i] != 0 || costCents[i] != 0) {
                return false;
            }
        }
        return true;
    }

    public long totalCostCents() {
        long sum = 0;
        for (long c : costCents) {
            sum += c;
        }
        return sum;
    }

    public long totalClicks() {
        long sum = 0;
        for (long c : clicks) {
            sum += c;
        }
        return sum;
    }

    public long totalImpressions() {
        long sum = 0;
        for (long c : impressions) {
            sum += c;
        }
        return sum;
    }

    /** Click-through rate of day {@code i} in percent; null on a day without impressions. */
    public Double ctrPercent(int i) {
        return impressions[i] == 0 ? null : 100.0 * clicks[i] / impressions[i];
    }

    /** Cost per click of day {@code i} in cents; null on a day without clicks. */
    public Double costPerClickCents(int i) {
        return clicks[i] == 0 ? null : (double) costCents[i] / clicks[i];
    }

    // ---- the figures of each chart, as exported ----------------------------------------------

    FigureTable overTime() {
        List<List<Object>> rows = new ArrayList<>(days.size());
        for (int i = 0; i < days.size(); i++) {
            rows.add(List.of(days.get(i).toString(), impressions[i], clicks[i], costCents[i]));
        }
        return new FigureTable("spend-clicks-impressions", List.of("date", "billed_impressions", "billed_clicks",
                "ad_cost_cents"), rows);
    }

    FigureTable rates() {
        List<List<Object>> rows = new ArrayList<>(days.size());
        for (int i = 0; i < days.size(); i++) {
            rows.add(java.util.Arrays.asList(days.get(i).toString(), round(ctrPercent(i), 4),
                    round(costPerClickCents(i), 2)));
        }
        return new FigureTable("ctr-cost-per-click", List.of("date", "ctr_percent", "cost_per_click_cents"), rows);
    }

    FigureTable byType() {
        List<String> columns = new ArrayList<>(List.of("date"));
        costByType.keySet().forEach(t -> columns.add("ad_cost_cents_" + t.toLowerCase(java.util.Locale.ROOT)));
        List<List<Object>> rows = new ArrayList<>(days.size());
        for (int i = 0; i < days.size(); i++) {
            List<Object> row = new ArrayList<>(columns.size());
            row.add(days.get(i).toString());
            for (long[] cost : costByType.values()) {
                row.add(cost[i]);
            }
            rows.add(row);
        }
        return new FigureTable("spend-by-program-type", columns, rows);
    }

    FigureTable top() {
        List<List<Object>> rows = new ArrayList<>(topBusinesses.size());
        for (BusinessSpend b : topBusinesses) {
            rows.add(List.of(b.businessId(), b.name(), b.costCents(), b.clicks(), b.impressions()));
        }
        return new FigureTable("top-businesses", List.of("business_id", "business_name", "ad_cost_cents", "billed_clicks",
                "billed_impressions"), rows);
    }

    private static Double round(Double value, int places) {
        if (value == null) {
            return null;
        }
        return java.math.BigDecimal.valueOf(value).setScale(places, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
