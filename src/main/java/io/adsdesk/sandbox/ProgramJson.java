package io.adsdesk.sandbox;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;

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
    private final Map<String, Set<OddValues.Kind>> odd;

    ProgramJson(AccountView view, LocalDate today, Options options) {
        this(view, today, options, null);
    }

    /** Writes the programs the {@link OddValues} knobs pick with their odd values. */
    ProgramJson(AccountView view, LocalDate today, Options options, OddValues oddValues) {
        this.view = view;
        this.today = today;
        this.options = options;
        this.odd = oddValues == null ? Map.of() : oddValues.plan(view.programs());
    }

    void write(JsonGenerator g, SandboxProgram p) throws IOException {
        Set<OddValues.Kind> kinds = odd.getOrDefault(p.id(), Set.of());
        boolean nulls = kinds.contains(OddValues.Kind.NULLS_IN_LISTS);
        boolean longValues = kinds.contains(OddValues.Kind.LONG_VALUES);
        g.writeStartObject();
        if (kinds.contains(OddValues.Kind.MISSING_IDS)) {
            g.writeNullField("program_id");
        } else {
            g.writeStringField("program_id", longValues ? p.id() + OddValues.LONG_SUFFIX : p.id());
        }
        g.writeStringField("program_type", longValues ? p.type() + "_" + "T".repeat(60) : p.type());
        if (options.ownerIds()) {
            String owner = p.businessIds().getFirst();
            g.writeStringField("yelp_business_id", owner);
            g.writeStringField("partner_business_id", partnerId(owner));
        }
        g.writeStringField("start_date", startDate(p.startDate(), kinds));
        g.writeStringField("end_date", endDate(p.endDate(), kinds));
        g.writeStringField("program_status", p.active(today) ? "ACTIVE" : "INACTIVE");
        g.writeStringField("program_pause_status", p.paused() ? "PAUSED" : "NOT_PAUSED");
        writeMetrics(g, p, kinds);
        g.writeArrayFieldStart("businesses");
        if (nulls) {
            g.writeNull();
        }
        for (String businessId : p.businessIds()) {
            g.writeStartObject();
            g.writeStringField("yelp_business_id", businessId);
            String partnerId = partnerId(businessId);
            g.writeStringField("partner_business_id", longValues ? partnerId + "P".repeat(300) : partnerId);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("future_budget_changes");
        if (nulls) {
            g.writeNull();
        }
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
        g.writeArrayFieldStart("active_features");
        if (nulls) {
            g.writeNull();
        }
        for (String feature : p.activeFeatures()) {
            g.writeString(feature);
        }
        g.writeEndArray();
        Json.stringArray(g, "available_features", p.availableFeatures());
        g.writeEndObject();
    }

    private void writeMetrics(JsonGenerator g, SandboxProgram p, Set<OddValues.Kind> kinds) throws IOException {
        g.writeObjectFieldStart("program_metrics");
        if (kinds.contains(OddValues.Kind.HUGE_BUDGETS)) {
            g.writeNumberField("budget", new BigDecimal("1E+30"));
        } else if (kinds.contains(OddValues.Kind.NEGATIVE_BUDGETS)) {
            g.writeNumberField("budget", -p.budget());
        } else if (kinds.contains(OddValues.Kind.FRACTIONAL_BUDGETS)) {
            g.writeNumberField("budget", BigDecimal.valueOf(p.budget()).add(new BigDecimal("0.75")));
        } else {
            g.writeNumberField("budget", p.budget());
        }
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

    private static String startDate(LocalDate d, Set<OddValues.Kind> kinds) {
        if (kinds.contains(OddValues.Kind.COMPACT_DATES)) {
            return d.format(DateTimeFormatter.BASIC_ISO_DATE);
        }
        return kinds.contains(OddValues.Kind.AMBIGUOUS_DATES) ? d.format(DateTimeFormatter.ofPattern("dd.MM.uuuu")) : d.toString();
    }

    private static String endDate(LocalDate d, Set<OddValues.Kind> kinds) {
        if (kinds.contains(OddValues.Kind.COMPACT_DATES)) {
            return d.getYear() + "-" + d.getMonthValue() + "-" + d.getDayOfMonth();
        }
        return kinds.contains(OddValues.Kind.AMBIGUOUS_DATES) ? d.format(DateTimeFormatter.ofPattern("MM/dd/uuuu")) : d.toString();
    }

    private String partnerId(String businessId) {
        SandboxBusiness b = view.business(businessId);
        return b == null ? null : b.partnerBusinessId();
    }
}
