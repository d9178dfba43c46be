package io.adsdesk.registry;

import io.adsdesk.model.report.DateRange;
import io.adsdesk.model.report.FigureBlock;
import io.adsdesk.model.report.FigureRow;
import io.adsdesk.model.report.Granularity;
import io.adsdesk.model.report.PendingReport;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The registry's store of performance figures, kept for good (published figures never change),
 * and of report requests Yelp is still building. Callable from any worker thread, never the FX thread.
 */
public interface ReportCache {

    /**
     * Stores what one report brought: every row replaces the stored row of the same business,
     * program and day; for each business in {@code businessIds}, rows of {@code range} that the
     * report no longer carries are removed; the days of {@code range} up to {@code finalThrough}
     * are marked covered (never asked for again). Days after {@code finalThrough} are stored but
     * stay uncovered, so a later report asks for them again. One transaction.
     */
    void store(Granularity granularity, DateRange range, Collection<String> businessIds, List<FigureRow> rows,
            LocalDate finalThrough);

    /**
     * The stored figures of the periods {@code range} touches, packed (a block per business, program
     * and month; monthly: year), for every business when {@code businessIds} is null. Slots outside
     * {@code range} may hold figures too: the reader filters by date. The fast way to read a range.
     */
    List<FigureBlock> blocks(Granularity granularity, DateRange range, Collection<String> businessIds);

    /** The stored rows of {@code range}, for every business when {@code businessIds} is null. */
    List<FigureRow> rows(Granularity granularity, DateRange range, Collection<String> businessIds);

    /**
     * For each of {@code businessIds}, the days of {@code range} (monthly: the 1sts of the months)
     * not covered yet; businesses fully covered are left out.
     */
    Map<String, Set<LocalDate>> missing(Granularity granularity, DateRange range, Collection<String> businessIds);

    /** Stores a new request or replaces the stored one with the same report ID. */
    void savePending(PendingReport report);

    /** Forgets a finished request. */
    void removePending(String reportId);

    /** Requests not yet finished, oldest first: the next start goes on polling them. */
    List<PendingReport> pending();
}
