package io.adsdesk.sandbox;

import java.util.List;

/**
 * {@code GET /v1/programs/info/{program_ids}}: up to 200 programs by ID, each with
 * yelp_business_id and partner_business_id of the business it is listed under. The optional
 * {@code start} skips that many of the requested IDs. Unknown IDs go into errors[].
 */
final class ProgramInfoHandler implements Route {
    static final String PREFIX = "/v1/programs/info/";

    private final SandboxAccount account;
    private final SandboxKnobs knobs;

    ProgramInfoHandler(SandboxAccount account, SandboxKnobs knobs) {
        this.account = account;
        this.knobs = knobs;
    }

    @Override
    public Reply handle(PartnerRequest request) {
        List<String> requested = request.pathIds(PREFIX, 200);
        int start = request.intParam("start", 0, 0, Integer.MAX_VALUE);
        List<String> ids = requested.subList(Math.min(start, requested.size()), requested.size());
        AccountView view = account.view();
        ProgramJson programJson = new ProgramJson(view, account.today(),
                new ProgramJson.Options(false, true, knobs.pageUpgradeInCents()), knobs.oddValues());
        return Reply.json(200, Json.write(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("programs");
            for (String id : ids) {
                SandboxProgram p = view.program(id);
                if (p != null) {
                    programJson.write(g, p);
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("errors");
            for (String id : ids) {
                if (view.program(id) == null) {
                    ErrorEntries.write(g, "program_id", id, "PROGRAM_NOT_FOUND",
                            "Program not found or not authorized for this account.");
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }
}
