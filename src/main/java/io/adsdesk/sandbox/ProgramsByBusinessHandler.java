package io.adsdesk.sandbox;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.util.List;

/**
 * {@code GET /v1/programs/list/{business_ids}}: programs per business, paged inside each business
 * by start/limit, with ad_categories per program. Unknown IDs go into errors[].
 */
final class ProgramsByBusinessHandler implements Route {
    static final String PREFIX = "/v1/programs/list/";

    private final SandboxAccount account;
    private final SandboxKnobs knobs;

    ProgramsByBusinessHandler(SandboxAccount account, SandboxKnobs knobs) {
        this.account = account;
        this.knobs = knobs;
    }

    @Override
    public Reply handle(PartnerRequest request) {
        List<String> ids = request.pathIds(PREFIX, 200);
        int start = request.intParam("start", 0, 0, Integer.MAX_VALUE);
        int limit = request.intParam("limit", 20, 0, ListAllHandler.MAX_LIMIT);
        AccountView view = account.view();
        ProgramJson programJson = new ProgramJson(view, account.today(),
                new ProgramJson.Options(true, false, knobs.pageUpgradeInCents()), knobs.oddValues());
        return BusinessesReply.of(ids, view,
                (g, id, b) -> writeBusiness(g, b, page(view.programsOf(id), start, limit), programJson));
    }

    private static void writeBusiness(JsonGenerator g, SandboxBusiness b, List<SandboxProgram> programs,
                                      ProgramJson programJson) throws IOException {
        g.writeStartObject();
        g.writeStringField("yelp_business_id", b.id());
        g.writeNullField("destination_yelp_business_id");
        g.writeStringField("advertiser_status", "ADVERTISER");
        g.writeStringField("partner_business_id", b.partnerBusinessId());
        g.writeArrayFieldStart("programs");
        for (SandboxProgram p : programs) {
            programJson.write(g, p);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static List<SandboxProgram> page(List<SandboxProgram> all, int start, int limit) {
        int from = Math.min(start, all.size());
        return all.subList(from, Math.min(from + limit, all.size()));
    }
}
