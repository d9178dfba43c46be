package io.adsdesk.sandbox;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.util.List;

/** {@code GET /v1/business_info/{business_ids}}: up to 200 businesses; unknown IDs go into errors[]. */
final class BusinessInfoHandler implements Route {
    static final String PREFIX = "/v1/business_info/";

    private final SandboxAccount account;

    BusinessInfoHandler(SandboxAccount account) {
        this.account = account;
    }

    @Override
    public Reply handle(PartnerRequest request) {
        List<String> ids = request.pathIds(PREFIX, 200);
        AccountView view = account.view();
        return BusinessesReply.of(ids, view, (g, id, b) -> write(g, b));
    }

    private static void write(JsonGenerator g, SandboxBusiness b) throws IOException {
        g.writeStartObject();
        g.writeStringField("yelp_business_id", b.id());
        g.writeStringField("name", b.name());
        g.writeStringField("address1", b.address1());
        g.writeNullField("address2");
        g.writeNullField("address3");
        g.writeStringField("city", b.city());
        g.writeStringField("state", b.state());
        g.writeStringField("country", b.country());
        g.writeStringField("postal_code", b.postalCode());
        g.writeNumberField("latitude", b.latitude());
        g.writeNumberField("longitude", b.longitude());
        g.writeStringField("phone", b.phone());
        g.writeStringField("url", b.url());
        g.writeStringField("display_url", b.url());
        g.writeBooleanField("is_migrated", false);
        g.writeNullField("destination_yelp_business_id");
        g.writeBooleanField("is_closed", b.closed());
        g.writeBooleanField("is_removed_from_search", b.removedFromSearch());
        g.writeObjectFieldStart("additional_biz_info");
        g.writeStringField("partner_business_id", b.partnerBusinessId());
        g.writeNullField("metered_phone");
        g.writeNullField("cta");
        Json.stringArray(g, "category_list", b.categories());
        g.writeEndObject();
        g.writeEndObject();
    }
}
