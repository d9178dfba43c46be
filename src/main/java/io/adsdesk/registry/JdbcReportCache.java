package io.adsdesk.registry;

import io.adsdesk.model.report.DateRange;
import io.adsdesk.model.report.FigureRow;
import io.adsdesk.model.report.Granularity;
import io.adsdesk.model.report.PendingReport;
import io.adsdesk.model.report.RequestState;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@link ReportCache} on the registry's database (tables of migration V10), in plain JDBC: one
 * connection and transaction per call; a write is on disk when it returns.
 */
final class JdbcReportCache implements ReportCache {
    private static final String FIGURE_COLUMNS = "granularity, business_id, figure_date, program_id, program_type, "
            + "billed_impressions, billed_clicks, ad_cost_cents";
    private static final String REQUEST_COLUMNS = "report_id, granularity, first_day, last_day, business_ids, "
            + "requested_at, last_polled_at, polls, state, problem";

    private final DataSource source;
    private final Jdbc jdbc;

    JdbcReportCache(DataSource source) {
        this.source = source;
        this.jdbc = new Jdbc(source);
    }

    @Override
    public void store(Granularity granularity, DateRange range, Collection<String> businessIds, List<FigureRow> rows,
            LocalDate finalThrough) {
        DateRange span = granularity == Granularity.MONTHLY ? range.wholeMonths() : range;
        try (Connection c = source.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement del = c.prepareStatement("DELETE FROM report_figures WHERE granularity = ? "
                        + "AND business_id = ? AND figure_date BETWEEN ? AND ?")) {
                    for (String business : new LinkedHashSet<>(businessIds)) {
                        del.setString(1, granularity.name());
                        del.setString(2, business);
                        del.setDate(3, Date.valueOf(span.from()));
                        del.setDate(4, Date.valueOf(span.to()));
                        del.addBatch();
                    }
                    del.executeBatch();
                }
                insertFigures(c, rows);
                LocalDate coveredTo = coveredThrough(granularity, span, finalThrough);
                if (coveredTo != null) {
                    LocalDate first = granularity == Granularity.MONTHLY ? span.from().withDayOfMonth(1) : span.from();
                    for (String business : new LinkedHashSet<>(businessIds)) {
                        cover(c, granularity, business, first, coveredTo);
                    }
                }
                c.commit();
                DiskSync.force(c);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new RegistryException("Cannot store report figures in the local registry: " + e.getMessage(), e);
        }
    }

    /** The last day (monthly: the 1st of the last month) of {@code span} that is published for good; null for none. */
    private static LocalDate coveredThrough(Granularity granularity, DateRange span, LocalDate finalThrough) {
        if (granularity == Granularity.DAILY) {
            LocalDate last = span.to().isAfter(finalThrough) ? finalThrough : span.to();
            return last.isBefore(span.from()) ? null : last;
        }
        LocalDate month = span.to().withDayOfMonth(1);
        while (!month.isBefore(span.from()) && month.withDayOfMonth(month.lengthOfMonth()).isAfter(finalThrough)) {
            month = month.minusMonths(1);
        }
        return month.isBefore(span.from()) ? null : month;
    }

    private static void insertFigures(Connection c, List<FigureRow> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO report_figures (" + FIGURE_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            Set<String> seen = new HashSet<>();
            int batched = 0;
            for (FigureRow r : rows) {
                if (!seen.add(r.granularity() + "|" + r.businessId() + "|" + r.date() + "|" + r.programId())) {
                    continue; // a row sent twice is stored once
                }
                ps.setString(1, r.granularity().name());
                ps.setString(2, r.businessId());
                ps.setDate(3, Date.valueOf(r.date()));
                ps.setString(4, r.programId());
                ps.setString(5, r.programType());
                ps.setLong(6, r.billedImpressions());
                ps.setLong(7, r.billedClicks());
                ps.setLong(8, r.adCostCents());
                ps.addBatch();
                if (++batched % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** Adds a span to the business's covered spans, merging those that touch or overlap. */
    private static void cover(Connection c, Granularity g, String business, LocalDate first, LocalDate last) throws SQLException {
        List<LocalDate[]> spans = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT first_day, last_day FROM report_coverage "
                + "WHERE granularity = ? AND business_id = ?")) {
            ps.setString(1, g.name());
            ps.setString(2, business);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    spans.add(new LocalDate[] {rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate()});
                }
            }
        }
        spans.add(new LocalDate[] {first, last});
        spans.sort((a, b) -> a[0].compareTo(b[0]));
        List<LocalDate[]> merged = new ArrayList<>();
        for (LocalDate[] s : spans) {
            LocalDate[] top = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            LocalDate next = top == null ? null : g == Granularity.DAILY ? top[1].plusDays(1) : top[1].plusMonths(1);
            if (top != null && !s[0].isAfter(next)) {
                if (s[1].isAfter(top[1])) {
                    top[1] = s[1];
                }
            } else {
                merged.add(new LocalDate[] {s[0], s[1]});
            }
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM report_coverage WHERE granularity = ? AND business_id = ?")) {
            del.setString(1, g.name());
            del.setString(2, business);
            del.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO report_coverage (granularity, business_id, first_day, "
                + "last_day) VALUES (?, ?, ?, ?)")) {
            for (LocalDate[] s : merged) {
                ins.setString(1, g.name());
                ins.setString(2, business);
                ins.setDate(3, Date.valueOf(s[0]));
                ins.setDate(4, Date.valueOf(s[1]));
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    @Override
    public List<FigureRow> rows(Granularity granularity, DateRange range, Collection<String> businessIds) {
        Set<String> only = businessIds == null ? null : new HashSet<>(businessIds);
        List<FigureRow> out = new ArrayList<>();
        try (Connection c = source.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + FIGURE_COLUMNS + " FROM report_figures "
                     + "WHERE granularity = ? AND figure_date BETWEEN ? AND ?")) {
            ps.setString(1, granularity.name());
            ps.setDate(2, Date.valueOf(range.from()));
            ps.setDate(3, Date.valueOf(range.to()));
            ps.setFetchSize(5000);
            Map<String, String> interned = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String business = rs.getString(2);
                    if (only != null && !only.contains(business)) {
                        continue;
                    }
                    out.add(new FigureRow(granularity, rs.getObject(3, LocalDate.class),
                            interned.computeIfAbsent(business, k -> k), rs.getString(4),
                            interned.computeIfAbsent(rs.getString(5), k -> k), rs.getLong(6), rs.getLong(7), rs.getLong(8)));
                }
            }
        } catch (SQLException e) {
            throw new RegistryException("Cannot read report figures from the local registry: " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public Map<String, Set<LocalDate>> missing(Granularity granularity, DateRange range, Collection<String> businessIds) {
        Map<String, List<LocalDate[]>> covered = new HashMap<>();
        Set<String> wanted = new LinkedHashSet<>(businessIds);
        jdbc.query("SELECT business_id, first_day, last_day FROM report_coverage WHERE granularity = ? "
                        + "AND last_day >= ? AND first_day <= ?", ps -> {
                    ps.setString(1, granularity.name());
                    ps.setDate(2, Date.valueOf(granularity == Granularity.MONTHLY ? range.from().withDayOfMonth(1) : range.from()));
                    ps.setDate(3, Date.valueOf(range.to()));
                }, rs -> {
                    String business = rs.getString(1);
                    if (wanted.contains(business)) {
                        covered.computeIfAbsent(business, k -> new ArrayList<>())
                                .add(new LocalDate[] {rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate()});
                    }
                    return null;
                });
        List<LocalDate> units = new ArrayList<>();
        if (granularity == Granularity.DAILY) {
            for (LocalDate d = range.from(); !d.isAfter(range.to()); d = d.plusDays(1)) {
                units.add(d);
            }
        } else {
            for (LocalDate d = range.from().withDayOfMonth(1); !d.isAfter(range.to()); d = d.plusMonths(1)) {
                units.add(d);
            }
        }
        Map<String, Set<LocalDate>> out = new TreeMap<>();
        for (String business : wanted) {
            List<LocalDate[]> spans = covered.getOrDefault(business, List.of());
            Set<LocalDate> gaps = new LinkedHashSet<>();
            for (LocalDate d : units) {
                boolean in = false;
                for (LocalDate[] s : spans) {
                    if (!d.isBefore(s[0]) && !d.isAfter(s[1])) {
                        in = true;
                        break;
                    }
                }
                if (!in) {
                    gaps.add(d);
                }
            }
            if (!gaps.isEmpty()) {
                out.put(business, gaps);
            }
        }
        return out;
    }

    @Override
    public void savePending(PendingReport r) {
        if (r.reportId() == null) {
            throw new IllegalArgumentException("a request Yelp has not accepted has no report ID to store");
        }
        try (Connection c = source.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement del = c.prepareStatement("DELETE FROM report_requests WHERE report_id = ?")) {
                    del.setString(1, r.reportId());
                    del.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO report_requests (" + REQUEST_COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, r.reportId());
                    ps.setString(2, r.granularity().name());
                    ps.setDate(3, Date.valueOf(r.range().from()));
                    ps.setDate(4, Date.valueOf(r.range().to()));
                    ps.setString(5, String.join(",", r.businessIds()));
                    Jdbc.setInstant(ps, 6, r.requestedAt());
                    Jdbc.setInstant(ps, 7, r.lastPolledAt());
                    ps.setInt(8, r.polls());
                    ps.setString(9, r.state().name());
                    ps.setString(10, r.problem());
                    ps.executeUpdate();
                }
                c.commit();
                DiskSync.force(c);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new RegistryException("Cannot store a report request in the local registry: " + e.getMessage(), e);
        }
    }

    @Override
    public void removePending(String reportId) {
        jdbc.update("DELETE FROM report_requests WHERE report_id = ?", ps -> ps.setString(1, reportId));
    }

    @Override
    public List<PendingReport> pending() {
        return jdbc.query("SELECT " + REQUEST_COLUMNS + " FROM report_requests ORDER BY requested_at, report_id",
                ps -> { }, rs -> new PendingReport(rs.getString("report_id"), Granularity.valueOf(rs.getString("granularity")),
                        new DateRange(rs.getDate("first_day").toLocalDate(), rs.getDate("last_day").toLocalDate()),
                        Arrays.stream(rs.getString("business_ids").split(",")).filter(s -> !s.isEmpty()).toList(),
                        Jdbc.instant(rs, "requested_at"), Jdbc.instant(rs, "last_polled_at"), rs.getInt("polls"),
                        RequestState.valueOf(rs.getString("state")), rs.getString("problem")));
    }
}
