package io.adsdesk.export;

import io.adsdesk.model.Business;
import io.adsdesk.model.FeePeriod;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One exported program: the program plus what is derived for people (status, business names).
 *
 * @param businessIds each Yelp business ID the program covers, once, in the program's order
 * @param businessNames the display name of each of those businesses (its ID when it has no name)
 */
public record ExportRow(Program program, String status, List<String> businessIds, List<String> businessNames) {

    public static ExportRow of(Program p, Map<String, Business> businesses, LocalDate today) {
        List<String> ids = new ArrayList<>(p.businesses().size());
        List<String> names = new ArrayList<>(p.businesses().size());
        for (ProgramBusiness pb : p.businesses()) {
            String id = pb.yelpBusinessId();
            if (id != null && !ids.contains(id)) {
                ids.add(id);
                Business b = businesses.get(id);
                names.add(b == null ? id : b.displayName());
            }
        }
        return new ExportRow(p, p.status(today).name(), List.copyOf(ids), List.copyOf(names));
    }

    public String pauseStatus() {
        return program.paused() ? "PAUSED" : "NOT_PAUSED";
    }

    public String feePeriod() {
        FeePeriod f = program.feePeriod();
        return f == null ? null : f.name();
    }
}
