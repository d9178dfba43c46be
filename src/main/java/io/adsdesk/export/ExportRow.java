package io.adsdesk.export;

import io.adsdesk.model.Business;
import io.adsdesk.model.FeePeriod;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One exported program: the program plus what is derived for people (status, business names). */
public record ExportRow(Program program, String status, List<String> businessNames) {

    public static ExportRow of(Program p, Map<String, Business> businesses, LocalDate today) {
        List<String> names = p.businesses().stream()
                .map(ProgramBusiness::yelpBusinessId)
                .map(id -> businesses.containsKey(id) ? businesses.get(id).name() : null)
                .map(n -> n == null ? "" : n)
                .toList();
        return new ExportRow(p, p.status(today).name(), names);
    }

    public List<String> businessIds() {
        return program.businesses().stream().map(ProgramBusiness::yelpBusinessId).toList();
    }

    public String pauseStatus() {
        return program.paused() ? "PAUSED" : "NOT_PAUSED";
    }

    public String feePeriod() {
        FeePeriod f = program.feePeriod();
        return f == null ? null : f.name();
    }
}
