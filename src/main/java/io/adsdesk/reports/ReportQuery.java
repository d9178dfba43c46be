package io.adsdesk.reports;

import io.adsdesk.model.report.DateRange;
import io.adsdesk.model.report.Granularity;
import io.adsdesk.registry.ReportCache;

import java.util.Collection;

/**
 * Reads cached figures, never the network: works offline. Blocks on the registry, so call it on a
 * worker thread; the {@link ReportFigures} it returns then makes series for any scope in memory.
 */
public final class ReportQuery {
    private final ReportCache cache;

    public ReportQuery(ReportCache cache) {
        this.cache = cache;
    }

    /** Every cached row of {@code range} (monthly: the months it touches). */
    public ReportFigures load(Granularity granularity, DateRange range) {
        DateRange read = granularity == Granularity.MONTHLY ? range.wholeMonths() : range;
        return new ReportFigures(read, granularity, cache.blocks(granularity, read, null));
    }

    /** The cached rows of {@code range} for some businesses only. */
    public ReportFigures load(Granularity granularity, DateRange range, Collection<String> businessIds) {
        DateRange read = granularity == Granularity.MONTHLY ? range.wholeMonths() : range;
        return new ReportFigures(read, granularity, cache.blocks(granularity, read, businessIds));
    }
}
