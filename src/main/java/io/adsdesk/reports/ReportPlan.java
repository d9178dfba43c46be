package io.adsdesk.reports;

import io.adsdesk.model.report.DateRange;
import io.adsdesk.model.report.Granularity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Splits what is missing into report requests within Yelp's limits: at most 500 businesses and 89
 * days (daily) or 3 months (monthly) each. Businesses missing the same span of days share requests.
 */
public final class ReportPlan {

    /** One report request: a range within the limits and at most 500 businesses. */
    public record Chunk(Granularity granularity, DateRange range, List<String> businessIds) {
        public Chunk {
            businessIds = List.copyOf(businessIds);
        }
    }

    private ReportPlan() {
    }

    /** The requests for every business in {@code businessIds} over the whole of {@code range}. */
    public static List<Chunk> split(Granularity granularity, DateRange range, Collection<String> businessIds) {
        List<Chunk> chunks = new ArrayList<>();
        List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(businessIds));
        List<DateRange> ranges = splitRange(granularity, range);
        for (int i = 0; i < ids.size(); i += ReportLimits.MAX_BUSINESSES) {
            List<String> batch = ids.subList(i, Math.min(ids.size(), i + ReportLimits.MAX_BUSINESSES));
            for (DateRange r : ranges) {
                chunks.add(new Chunk(granularity, r, batch));
            }
        }
        return chunks;
    }

    /**
     * The requests for the missing days only: each business asks for the span from its first
     * missing day to its last (monthly: months); businesses with the same span are batched.
     */
    public static List<Chunk> forMissing(Granularity granularity, Map<String, Set<LocalDate>> missing) {
        Map<DateRange, List<String>> bySpan = new LinkedHashMap<>();
        new java.util.TreeMap<>(missing).forEach((business, days) -> {
            if (days.isEmpty()) {
                return;
            }
            TreeSet<LocalDate> sorted = new TreeSet<>(days);
            LocalDate last = sorted.last();
            if (granularity == Granularity.MONTHLY) {
                last = last.withDayOfMonth(last.lengthOfMonth());
            }
            bySpan.computeIfAbsent(new DateRange(sorted.first(), last), k -> new ArrayList<>()).add(business);
        });
        List<Chunk> chunks = new ArrayList<>();
        bySpan.forEach((span, ids) -> chunks.addAll(split(granularity, span, ids)));
        return chunks;
    }

    static List<DateRange> splitRange(Granularity granularity, DateRange range) {
        List<DateRange> out = new ArrayList<>();
        if (granularity == Granularity.DAILY) {
            for (LocalDate start = range.from(); !start.isAfter(range.to()); start = start.plusDays(ReportLimits.MAX_DAILY_DAYS)) {
                LocalDate end = start.plusDays(ReportLimits.MAX_DAILY_DAYS - 1);
                out.add(new DateRange(start, end.isAfter(range.to()) ? range.to() : end));
            }
        } else {
            DateRange months = range.wholeMonths();
            for (LocalDate start = months.from(); !start.isAfter(months.to()); start = start.plusMonths(ReportLimits.MAX_MONTHS)) {
                LocalDate end = start.plusMonths(ReportLimits.MAX_MONTHS).minusDays(1);
                out.add(new DateRange(start, end.isAfter(months.to()) ? months.to() : end));
            }
        }
        return out;
    }

    /** Months a monthly range touches. */
    static long months(DateRange range) {
        return ChronoUnit.MONTHS.between(range.from().withDayOfMonth(1), range.to().withDayOfMonth(1)) + 1;
    }
}
