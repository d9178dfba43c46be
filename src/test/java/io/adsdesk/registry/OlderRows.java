package io.adsdesk.registry;

import io.adsdesk.model.Program;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** Writes program rows as schema versions 1 to 4 did (no issue columns), for migration tests. */
final class OlderRows {
    private OlderRows() {
    }

    static void insert(Connection c, List<Program> programs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO programs (program_id, program_type, start_date, "
                + "end_date, active, paused, budget_cents, max_bid_cents, currency, autobid, fee_period, billed_impressions, "
                + "billed_clicks, ad_cost_cents, ad_categories, active_features, available_features, future_budget_changes, "
                + "page_monthly_rate, page_cost, primary_business_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement link = c.prepareStatement("INSERT INTO program_businesses (program_id, position, "
                     + "yelp_business_id, partner_business_id) VALUES (?, ?, ?, ?)")) {
            for (Program p : programs) {
                ProgramEntity e = EntityMapper.toEntity(p);
                ps.setString(1, e.programId);
                ps.setString(2, e.programType);
                ps.setDate(3, e.startDate == null ? null : Date.valueOf(e.startDate));
                ps.setDate(4, e.endDate == null ? null : Date.valueOf(e.endDate));
                ps.setBoolean(5, e.active);
                ps.setBoolean(6, e.paused);
                ps.setObject(7, e.budgetCents, Types.BIGINT);
                ps.setObject(8, e.maxBidCents, Types.BIGINT);
                ps.setString(9, e.currency);
                ps.setObject(10, e.autobid, Types.BOOLEAN);
                ps.setString(11, e.feePeriod);
                ps.setLong(12, e.billedImpressions);
                ps.setLong(13, e.billedClicks);
                ps.setObject(14, e.adCostCents, Types.BIGINT);
                ps.setString(15, e.adCategories);
                ps.setString(16, e.activeFeatures);
                ps.setString(17, e.availableFeatures);
                ps.setString(18, e.futureBudgetChanges);
                ps.setBigDecimal(19, e.pageMonthlyRate);
                ps.setBigDecimal(20, e.pageCost);
                ps.setString(21, e.primaryBusinessId);
                ps.executeUpdate();
                for (ProgramBusinessEntity l : EntityMapper.linksOf(p)) {
                    link.setString(1, l.programId);
                    link.setInt(2, l.position);
                    link.setString(3, l.yelpBusinessId);
                    link.setString(4, l.partnerBusinessId);
                    link.executeUpdate();
                }
            }
        }
    }
}
