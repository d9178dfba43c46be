package io.adsdesk.model.report;

import java.util.List;

/**
 * Everything the charts of one range and scope show, ready to draw.
 *
 * @param points one point per day (daily) or month (monthly) of the range, in order, zero-filled
 * @param spendByType one layer per program type, aligned with {@code points}, largest total first
 * @param topBusinesses the businesses with the most spend over the range, at most 20, largest first
 * @param total the range's totals (dated the range's first day)
 * @param daysWithoutFigures points of the range with no figure at all in scope (not cached yet, not published yet, or nothing ran)
 */
public record ReportSeries(
        Granularity granularity,
        DateRange range,
        ReportScope scope,
        List<SeriesPoint> points,
        List<TypeSpend> spendByType,
        List<BusinessSpend> topBusinesses,
        SeriesPoint total,
        int daysWithoutFigures) {

    public static final int TOP_BUSINESSES = 20;

    public ReportSeries {
        points = List.copyOf(points);
        spendByType = List.copyOf(spendByType);
        topBusinesses = List.copyOf(topBusinesses);
    }
}
