package io.adsdesk.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A removed program as it was stored, kept with the run that removed it so it can still be shown:
 * the columns of its {@code programs} row and its business links, as JSON.
 */
final class RemovedProgramJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RemovedProgramJson() {
    }

    static String write(Program p) {
        ProgramEntity e = EntityMapper.toEntity(p);
        ObjectNode n = JSON.createObjectNode();
        n.put("program_id", e.programId);
        n.put("program_type", e.programType);
        n.put("start_date", e.startDate == null ? null : e.startDate.toString());
        n.put("end_date", e.endDate == null ? null : e.endDate.toString());
        n.put("active", e.active);
        n.put("paused", e.paused);
        n.put("budget_cents", e.budgetCents);
        n.put("max_bid_cents", e.maxBidCents);
        n.put("currency", e.currency);
        n.put("autobid", e.autobid);
        n.put("fee_period", e.feePeriod);
        n.put("billed_impressions", e.billedImpressions);
        n.put("billed_clicks", e.billedClicks);
        n.put("ad_cost_cents", e.adCostCents);
        n.put("ad_categories", e.adCategories);
        n.put("active_features", e.activeFeatures);
        n.put("available_features", e.availableFeatures);
        n.put("future_budget_changes", e.futureBudgetChanges);
        n.put("page_monthly_rate", e.pageMonthlyRate == null ? null : e.pageMonthlyRate.toPlainString());
        n.put("page_cost", e.pageCost == null ? null : e.pageCost.toPlainString());
        ArrayNode links = n.putArray("businesses");
        for (ProgramBusiness b : p.businesses()) {
            links.addArray().add(b.yelpBusinessId()).add(b.partnerBusinessId());
        }
        return n.toString();
    }

    static Program read(String json) {
        try {
            JsonNode n = JSON.readTree(json);
            ProgramEntity e = new ProgramEntity();
            e.programId = text(n, "program_id");
            e.programType = text(n, "program_type");
            e.startDate = date(text(n, "start_date"));
            e.endDate = date(text(n, "end_date"));
            e.active = n.path("active").asBoolean();
            e.paused = n.path("paused").asBoolean();
            e.budgetCents = number(n, "budget_cents");
            e.maxBidCents = number(n, "max_bid_cents");
            e.currency = text(n, "currency");
            e.autobid = n.path("autobid").isBoolean() ? n.get("autobid").asBoolean() : null;
            e.feePeriod = text(n, "fee_period");
            e.billedImpressions = n.path("billed_impressions").asLong();
            e.billedClicks = n.path("billed_clicks").asLong();
            e.adCostCents = number(n, "ad_cost_cents");
            e.adCategories = text(n, "ad_categories");
            e.activeFeatures = text(n, "active_features");
            e.availableFeatures = text(n, "available_features");
            e.futureBudgetChanges = text(n, "future_budget_changes");
            e.pageMonthlyRate = decimal(text(n, "page_monthly_rate"));
            e.pageCost = decimal(text(n, "page_cost"));
            List<ProgramBusiness> businesses = new ArrayList<>();
            for (JsonNode link : n.path("businesses")) {
                businesses.add(new ProgramBusiness(link.path(0).asText(), link.path(1).isNull() ? null : link.path(1).asText()));
            }
            return EntityMapper.toModel(e, businesses);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new RegistryException("The change log of a sync is damaged: cannot read a removed program", e);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Long number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asLong();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
