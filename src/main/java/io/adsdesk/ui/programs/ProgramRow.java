package io.adsdesk.ui.programs;

import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.model.ProgramStatus;

import java.util.List;

/**
 * One table row: the program plus what the table and the filter need, computed once on the worker
 * (business name, derived status, a lower-case search key) so filtering stays cheap.
 *
 * @param businessName display name of the primary business
 * @param businessIds every Yelp business ID the program covers
 * @param businessNames display names of every business, in the same order
 * @param searchKey lower-case program ID, business IDs and business names, for substring search
 */
public record ProgramRow(
        Program program,
        ProgramStatus status,
        String businessName,
        String businessId,
        List<String> businessIds,
        List<String> businessNames,
        String searchKey) {

    public String programId() {
        return program.programId();
    }

    public boolean coversBusiness(String yelpBusinessId) {
        return businessIds.contains(yelpBusinessId);
    }

    /** Active features as shown in the table: "AD_GOAL, CALL_TRACKING". */
    public String featuresText() {
        return String.join(", ", program.activeFeatures());
    }

    static List<String> idsOf(Program p) {
        return p.businesses().stream().map(ProgramBusiness::yelpBusinessId).toList();
    }
}
