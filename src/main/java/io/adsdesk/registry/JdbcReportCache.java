package io.adsdesk.registry;

import io.adsdesk.model.report.DateRange;
import io.adsdesk.model.report.FigureBlock;
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
import java.util.LinkedHashMap;
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
    private static final String FIGURE_COLUMNS = "granularity, business_id, program_id, period_start, program_type, "
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
                replaceFigures(c, granularity, span, new LinkedHashSet<>(businessIds), rows);
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

    /**
     * Merges a report into the stored blocks of its businesses and periods: the report's days of
     * {@code span} replace what was stored for them (a day the report no longer carries is cleared),
     * other days of the same periods are kept.
     */
    private static void replaceFigures(Connection c, Granularity g, DateRange span, Set<String> businesses,
            List<FigureRow> rows) throws SQLException {
        LocalDate firstPeriod = FigureBlock.periodOf(g, span.from());
        LocalDate lastPeriod = FigureBlock.periodOf(g, span.to());
        Map<String, FigureBlock> merged = new LinkedHashMap<>();
        for (FigureBlock old : readBlocks(c, g, firstPeriod, lastPeriod, businesses)) {
            long keep = old.present();
            for (int i = 0; i < old.impressions().length; i++) {
                if (span.contains(old.slotDate(i))) {
                    keep &= ~(1L << i);
                }
            }
            merged.put(key(old), new FigureBlock(g, old.periodStart(), old.businessId(), old.programId(), old.programType(),
                    old.impressions().clone(), old.clicks().clone(), old.costCents().clone(), keep));
        }
        List<FigureRow> fresh = rows.stream().filter(r -> r.granularity() == g && span.contains(r.date())
                && businesses.contains(r.businessId())).toList();
        for (FigureBlock add : FigureBlock.pack(fresh)) {
            FigureBlock old = merged.get(key(add));
            if (old == null) {
                merged.put(key(add), add);
                continue;
            }
            for (int i = 0; i < add.impressions().length; i++) {
                if (add.has(i)) {
                    old.impressions()[i] = add.impressions()[i];
                    old.clicks()[i] = add.clicks()[i];
                    old.costCents()[i] = add.costCents()[i];
                }
            }
            merged.put(key(add), new FigureBlock(g, old.periodStart(), old.businessId(), old.programId(),
                    add.programType().isEmpty() ? old.programType() : add.programType(), old.impressions(), old.clicks(),
                    old.costCents(), old.present() | add.present()));
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM report_figures WHERE granularity = ? "
                + "AND business_id = ? AND period_start BETWEEN ? AND ?")) {
            for (String business : businesses) {
                del.setString(1, g.name());
                del.setString(2, business);
                del.setDate(3, Date.valueOf(firstPeriod));
                del.setDate(4, Date.valueOf(lastPeriod));
                del.addBatch();
            }
            del.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO report_figures (" + FIGURE_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int batched = 0;
            for (FigureBlock b : merged.values()) {
                if (b.isEmpty()) {
                    continue;
                }
                ps.setString(1, g.name());
                ps.setString(2, b.businessId());
                ps.setString(3, b.programId());
                ps.setDate(4, Date.valueOf(b.periodStart()));
                ps.setString(5, b.programType());
                ps.setString(6, PackedValues.encode(b.impressions(), b.present()));
                ps.setString(7, PackedValues.encode(b.clicks(), b.present()));
                ps.setString(8, PackedValues.encode(b.costCents(), b.present()));
                ps.addBatch();
                if (++batched % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static String key(FigureBlock b) {
        return b.businessId() + "\n" + b.programId() + "\n" + b.periodStart();
    }

    private static List<FigureBlock> readBlocks(Connection c, Granularity g, LocalDate firstPeriod, LocalDate lastPeriod,
            Set<String> only) throws SQLException {
        List<FigureBlock> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + FIGURE_COLUMNS + " FROM report_figures "
                + "WHERE granularity = ? AND period_start BETWEEN ? AND ?")) {
            ps.setString(1, g.name());
            ps.setDate(2, Date.valueOf(firstPeriod));
            ps.setDate(3, Date.valueOf(lastPeriod));
            ps.setFetchSize(2000);
            Map<String, String> interned = new HashMap<>();
            Map<LocalDate, LocalDate> periods = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String business = rs.getString(2);
                    if (only != null && !only.contains(business)) {
                        continue;
                    }
                    LocalDate period = periods.computeIfAbsent(rs.getObject(4, LocalDate.class), k -> k);
                    int n = FigureBlock.slots(g, period);
                    long[] impressions = new long[n];
                    long[] clicks = new long[n];
                    long[] cost = new long[n];
                    long present = PackedValues.decode(rs.getString(6), impressions);
                    PackedValues.decode(rs.getString(7), clicks);
                    PackedValues.decode(rs.getString(8), cost);
                    out.add(new FigureBlock(g, period, interned.computeIfAbsent(business, k -> k), rs.getString(3),
                            interned.computeIfAbsent(rs.getString(5), k -> k), impressions, clicks, cost, present));
                }
            }
        }
        return out;
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
        List<FigureRow> out = new ArrayList<>();
        for (FigureBlock b : blocks(granularity, range, businessIds)) {
            for (FigureRow r : b.rows()) {
                if (!r.date().isBefore(range.from()) && !r.date().isAfter(range.to())) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    @Override
    public List<FigureBlock> blocks(Granularity granularity, DateRange range, Collection<String> businessIds) {
        try (Connection c = source.getConnection()) {
            return readBlocks(c, granularity, FigureBlock.periodOf(granularity, range.from()),
                    FigureBlock.periodOf(granularity, range.to()), businessIds == null ? null : new HashSet<>(businessIds));
        } catch (SQLException e) {
            throw new RegistryException("Cannot read report figures from the local registry: " + e.getMessage(), e);
        }
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
