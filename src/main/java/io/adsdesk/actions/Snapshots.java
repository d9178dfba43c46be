package io.adsdesk.actions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Programs and requests as JSON for the job record and the audit log. Money stays in cents. */
final class Snapshots {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Snapshots() {
    }

    static String program(Program p) {
        if (p == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("program_id", p.programId());
        m.put("program_type", p.programType());
        m.put("start_date", p.startDate() == null ? null : p.startDate().toString());
        m.put("end_date", p.endDate() == null ? null : p.endDate().toString());
        m.put("active", p.active());
        m.put("paused", p.paused());
        m.put("budget_cents", p.budgetCents());
        m.put("max_bid_cents", p.maxBidCents());
        m.put("currency", p.currency());
        m.put("autobid", p.autobid());
        m.put("fee_period", p.feePeriod() == null ? null : p.feePeriod().name());
        m.put("ad_categories", p.adCategories());
        m.put("businesses", p.businesses().stream().map(ProgramBusiness::yelpBusinessId).toList());
        return write(m);
    }

    static String parameters(Map<String, List<String>> params) {
        return write(params);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
