package io.adsdesk.registry;

import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bulk reads and writes of program rows in plain JDBC on the Hibernate session's own connection and
 * transaction: a sync writes and the dashboard reads up to 100,000 programs at a time, where
 * per-entity work costs several times more (measured with {@code RegistryBenchmark}).
 */
final class ProgramRows {
    private static final String INSERT_PROGRAM = "INSERT INTO programs (program_id, program_type, start_date, end_date, "
            + "active, paused, budget_cents, max_bid_cents, currency, autobid, fee_period, billed_impressions, billed_clicks, "
            + "ad_cost_cents, ad_categories, active_features, available_features, future_budget_changes, page_monthly_rate, "
            + "page_cost, primary_business_id, issue_kind, issue_reason, issue_json) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_LINK =
            "INSERT INTO program_businesses (program_id, position, yelp_business_id, partner_business_id) VALUES (?, ?, ?, ?)";
    private static final int BATCH = 1000;
    private static final int FETCH = 5000;

    private ProgramRows() {
    }

    /** Adds the current parameters to the batch and sends it every {@value #BATCH} rows. */
    private static int add(PreparedStatement ps, int pending) throws SQLException {
        ps.addBatch();
        if (pending + 1 == BATCH) {
            ps.executeBatch();
            return 0;
        }
        return pending + 1;
    }

    static void insert(Connection c, Collection<Program> programs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_PROGRAM)) {
            int pending = 0;
            for (Program p : programs) {
                ProgramEntity e = EntityMapper.toEntity(p);
                ps.setString(1, e.programId);
                ps.setString(2, e.programType);
                ps.setDate(3, e.startDate == null ? null : Date.valueOf(e.startDate));
                ps.setDate(4, e.endDate == null ? null : Date.valueOf(e.endDate));
                ps.setBoolean(5, e.active);
                ps.setBoolean(6, e.paused);
                setLong(ps, 7, e.budgetCents);
                setLong(ps, 8, e.maxBidCents);
                ps.setString(9, e.currency);
                if (e.autobid == null) {
                    ps.setNull(10, Types.BOOLEAN);
                } else {
                    ps.setBoolean(10, e.autobid);
                }
                ps.setString(11, e.feePeriod);
                ps.setLong(12, e.billedImpressions);
                ps.setLong(13, e.billedClicks);
                setLong(ps, 14, e.adCostCents);
                ps.setString(15, e.adCategories);
                ps.setString(16, e.activeFeatures);
                ps.setString(17, e.availableFeatures);
                ps.setString(18, e.futureBudgetChanges);
                ps.setBigDecimal(19, e.pageMonthlyRate);
                ps.setBigDecimal(20, e.pageCost);
                ps.setString(21, e.primaryBusinessId);
                ps.setString(22, e.issueKind);
                ps.setString(23, e.issueReason);
                ps.setString(24, e.issueJson);
                pending = add(ps, pending);
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
        insertLinks(c, programs);
    }

    private static void insertLinks(Connection c, Collection<Program> programs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_LINK)) {
            int pending = 0;
            for (Program p : programs) {
                for (int i = 0; i < p.businesses().size(); i++) {
                    ProgramBusiness b = p.businesses().get(i);
                    ps.setString(1, p.programId());
                    ps.setInt(2, i);
                    ps.setString(3, b.yelpBusinessId());
                    ps.setString(4, b.partnerBusinessId());
                    pending = add(ps, pending);
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    private static final String SELECT_PROGRAMS = "SELECT program_id, program_type, start_date, end_date, active, "
            + "paused, budget_cents, max_bid_cents, currency, autobid, fee_period, billed_impressions, billed_clicks, "
            + "ad_cost_cents, ad_categories, active_features, available_features, future_budget_changes, page_monthly_rate, "
            + "page_cost, issue_kind, issue_reason, issue_json FROM programs ORDER BY program_id";
    private static final String SELECT_LINKS =
            "SELECT program_id, yelp_business_id, partner_business_id FROM program_businesses ORDER BY program_id, position";

    /** Every program with its businesses, in program-ID order: two queries, no per-row work beyond mapping. */
    static List<Program> readAll(Connection c) throws SQLException {
        Map<String, List<ProgramBusiness>> links = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(SELECT_LINKS)) {
            s.setFetchSize(FETCH);
            while (rs.next()) {
                links.computeIfAbsent(rs.getString(1), k -> new ArrayList<>(1))
                        .add(new ProgramBusiness(rs.getString(2), rs.getString(3)));
            }
        }
        List<Program> programs = new ArrayList<>(links.size());
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(SELECT_PROGRAMS)) {
            s.setFetchSize(FETCH);
            while (rs.next()) {
                ProgramEntity e = new ProgramEntity();
                e.programId = rs.getString(1);
                e.programType = rs.getString(2);
                e.startDate = rs.getObject(3, LocalDate.class);
                e.endDate = rs.getObject(4, LocalDate.class);
                e.active = rs.getBoolean(5);
                e.paused = rs.getBoolean(6);
                e.budgetCents = getLong(rs, 7);
                e.maxBidCents = getLong(rs, 8);
                e.currency = rs.getString(9);
                boolean autobid = rs.getBoolean(10);
                e.autobid = rs.wasNull() ? null : autobid;
                e.feePeriod = rs.getString(11);
                e.billedImpressions = rs.getLong(12);
                e.billedClicks = rs.getLong(13);
                e.adCostCents = getLong(rs, 14);
                e.adCategories = rs.getString(15);
                e.activeFeatures = rs.getString(16);
                e.availableFeatures = rs.getString(17);
                e.futureBudgetChanges = rs.getString(18);
                e.pageMonthlyRate = rs.getBigDecimal(19);
                e.pageCost = rs.getBigDecimal(20);
                e.issueKind = rs.getString(21);
                e.issueReason = rs.getString(22);
                e.issueJson = rs.getString(23);
                programs.add(EntityMapper.toModel(e, links.getOrDefault(e.programId, List.of())));
            }
        }
        return programs;
    }

    private static Long getLong(ResultSet rs, int index) throws SQLException {
        long v = rs.getLong(index);
        return rs.wasNull() ? null : v;
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
