package io.adsdesk.reports;

import io.adsdesk.model.report.DateRange;
import io.adsdesk.model.report.FigureRow;
import io.adsdesk.model.report.Granularity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A report source that records what was asked: each business has one program with figures derived
 * from the day; a report is ready after {@code notReadyPolls} polls answered "not complete".
 */
final class FakeReports implements ReportSource {
    record Asked(Granularity granularity, DateRange range, List<String> businessIds) {
    }

    final List<Asked> asked = new CopyOnWriteArrayList<>();
    final AtomicInteger polls = new AtomicInteger();
    private final Map<String, Asked> byId = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> pollsById = new ConcurrentHashMap<>();
    volatile int notReadyPolls;
    volatile ReportFailure failOnPoll;
    volatile ReportFailure failOnRequest;

    @Override
    public String request(Granularity granularity, DateRange range, List<String> businessIds) throws ReportFailure {
        if (failOnRequest != null) {
            throw failOnRequest;
        }
        Asked a = new Asked(granularity, range, businessIds);
        asked.add(a);
        String id = "r" + asked.size() + "-" + range.from();
        byId.put(id, a);
        return id;
    }

    @Override
    public Optional<List<FigureRow>> poll(Granularity granularity, String reportId) throws ReportFailure {
        polls.incrementAndGet();
        if (failOnPoll != null) {
            throw failOnPoll;
        }
        Asked a = byId.get(reportId);
        if (a == null) {
            throw new ReportFailure(ReportFailure.Reason.INVALID_REQUEST, "INVALID_REPORT_ID", "unknown report", null);
        }
        if (pollsById.computeIfAbsent(reportId, k -> new AtomicInteger()).incrementAndGet() <= notReadyPolls) {
            return Optional.empty();
        }
        return Optional.of(rows(a));
    }

    /** Knows a report asked for by an earlier run (the same ID scheme). */
    void know(String reportId, Granularity g, DateRange range, List<String> ids) {
        byId.put(reportId, new Asked(g, range, ids));
    }

    static List<FigureRow> rows(Asked a) {
        List<FigureRow> rows = new ArrayList<>();
        for (String b : a.businessIds()) {
            for (LocalDate d = a.range().from(); !d.isAfter(a.range().to());
                 d = a.granularity() == Granularity.DAILY ? d.plusDays(1) : d.plusMonths(1)) {
                rows.add(figure(a.granularity(), d, b));
            }
        }
        return rows;
    }

    static FigureRow figure(Granularity g, LocalDate d, String business) {
        int day = d.getDayOfMonth();
        return new FigureRow(g, d, business, "prog-" + business, "CPC", 100L * day, day, 250L * day);
    }
}
