package io.adsdesk.ui.programs;

import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.model.ProgramStatus;
import io.adsdesk.ui.common.Formats;

import java.util.List;
import java.util.Locale;

/**
 * One table row: the program plus what the table and the filter need, computed once on the worker
 * (business name, derived status, a lower-case search key) so filtering stays cheap.
 *
 * @param businessName display name of the primary business
 * @param businessIds every Yelp business ID the program covers
 * @param businessNames display names of every business, in the same order
 * @param searchKey lower-case program ID, business IDs and business names, for substring search
 * @param businessSortKey lower-case business name: sorting 100,000 rows compares it ~2 million times
 * @param featuresText active features as shown in the table: "Ad goal, Call tracking"
 */
public record ProgramRow(
        Program program,
        ProgramStatus status,
        String businessName,
        String businessId,
        List<String> businessIds,
        List<String> businessNames,
        String searchKey,
        String businessSortKey,
        String featuresText) {

    public ProgramRow(Program program, ProgramStatus status, String businessName, String businessId,
                      List<String> businessIds, List<String> businessNames, String searchKey) {
        this(program, status, businessName, businessId, businessIds, businessNames, searchKey,
                businessName.toLowerCase(Locale.ROOT), Formats.features(program.activeFeatures()));
    }

    public String programId() {
        return program.programId();
    }

    public boolean coversBusiness(String yelpBusinessId) {
        return businessIds.contains(yelpBusinessId);
    }

    static List<String> idsOf(Program p) {
        return p.businesses().stream().map(ProgramBusiness::yelpBusinessId).toList();
    }
}
