package io.adsdesk.registry;

import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;

/**
 * Bulk writes of program rows as JDBC batches on the Hibernate session's own connection and
 * transaction: a full first sync writes 100,000 programs, where per-entity inserts cost too much.
 */
final class ProgramRows {
    private static final String INSERT_PROGRAM = "INSERT INTO programs (program_id, program_type, start_date, end_date, "
            + "active, paused, budget_cents, max_bid_cents, currency, autobid, fee_period, billed_impressions, billed_clicks, "
            + "ad_cost_cents, ad_categories, active_features, available_features, future_budget_changes, page_monthly_rate, "
            + "page_cost, primary_business_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_LINK =
            "INSERT INTO program_businesses (program_id, position, yelp_business_id, partner_business_id) VALUES (?, ?, ?, ?)";
    private static final int BATCH = 1000;

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

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
