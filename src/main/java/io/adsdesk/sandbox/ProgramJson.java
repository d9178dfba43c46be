package io.adsdesk.sandbox;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The one place that writes a program as the partner API does (partner-api.md §2.6): money in
 * cents, dates as YYYY-MM-DD, program_status derived from the Pacific today, fee_period in its
 * response spelling. Optional parts are switched by {@link Options}.
 */
final class ProgramJson {
    /**
     * @param adCategories write ad_categories (List All only when the knob says so; per business always)
     * @param ownerIds add yelp_business_id and partner_business_id at the top (Program Info)
     * @param pageUpgradeInCents write page_upgrade_info in cents instead of dollars
     */
    record Options(boolean adCategories, boolean ownerIds, boolean pageUpgradeInCents) {
    }

    private final AccountView view;
    private final LocalDate today;
    private final Options options;

    ProgramJson(AccountView view, LocalDate today, Options options) {
        this.view = view;
        this.today = today;
        this.options = options;
    }

    void write(JsonGenerator g, SandboxProgram p) throws IOException {
        g.writeStartObject();
        g.writeStringField("program_id", p.id());
        g.writeStringField("program_type", p.type());
        if (options.ownerIds()) {
            String owner = p.businessIds().getFirst();
            g.writeStringField("yelp_business_id", owner);
            g.writeStringField("partner_business_id", partnerId(owner));
        }
        g.writeStringField("start_date", p.startDate().toString());
        g.writeStringField("end_date", p.endDate().toString());
        g.writeStringField("program_status", p.active(today) ? "ACTIVE" : "INACTIVE");
        g.writeStringField("program_pause_status", p.paused() ? "PAUSED" : "NOT_PAUSED");
        writeMetrics(g, p);
        g.writeArrayFieldStart("businesses");
        for (String businessId : p.businessIds()) {
            g.writeStartObject();
            g.writeStringField("yelp_business_id", businessId);
            g.writeStringField("partner_business_id", partnerId(businessId));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("future_budget_changes");
        for (SandboxProgram.BudgetChange c : p.futureBudgetChanges()) {
            g.writeStartObject();
            g.writeNumberField("new_budget", c.newBudget());
            g.writeStringField("start_date", c.startDate().toString());
            g.writeNumberField("old_budget", c.oldBudget());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (p.pageUpgrade() != null) {
            g.writeObjectFieldStart("page_upgrade_info");
            writeMoney(g, "monthly_rate", p.pageUpgrade().monthlyRate());
            writeMoney(g, "cost", p.pageUpgrade().cost());
            g.writeEndObject();
        }
        if (options.adCategories()) {
            Json.stringArray(g, "ad_categories", p.adCategories());
        }
        Json.stringArray(g, "active_features", p.activeFeatures());
        Json.stringArray(g, "available_features", p.availableFeatures());
        g.writeEndObject();
    }

    private void writeMetrics(JsonGenerator g, SandboxProgram p) throws IOException {
        g.writeObjectFieldStart("program_metrics");
        g.writeNumberField("budget", p.budget());
        g.writeStringField("currency", p.currency());
        g.writeBooleanField("is_autobid", p.autobid());
        Json.nullableNumber(g, "max_bid", p.maxBid());
        g.writeNumberField("billed_impressions", p.billedImpressions());
        g.writeNumberField("billed_clicks", p.billedClicks());
        g.writeNumberField("ad_cost", p.adCost());
        g.writeStringField("fee_period", p.feePeriod());
        g.writeEndObject();
    }

    private void writeMoney(JsonGenerator g, String field, long cents) throws IOException {
        if (options.pageUpgradeInCents()) {
            g.writeNumberField(field, cents);
        } else {
            g.writeNumberField(field, BigDecimal.valueOf(cents, 2));
        }
    }

    private String partnerId(String businessId) {
        SandboxBusiness b = view.business(businessId);
        return b == null ? null : b.partnerBusinessId();
    }
}
