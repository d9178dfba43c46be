package io.adsdesk.sandbox;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.util.List;

/**
 * The reply of the per-business read endpoints: {@code businesses[]} for the known IDs, in the order
 * asked, and a {@code BUSINESS_NOT_FOUND} entry in {@code errors[]} for each of the others.
 */
final class BusinessesReply {
    private BusinessesReply() {
    }

    /** Writes one known business, asked for by {@code id}. */
    interface BusinessWriter {
        void write(JsonGenerator g, String id, SandboxBusiness business) throws IOException;
    }

    static Reply of(List<String> ids, AccountView view, BusinessWriter writer) {
        return Reply.json(200, Json.write(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("businesses");
            for (String id : ids) {
                SandboxBusiness b = view.business(id);
                if (b != null) {
                    writer.write(g, id, b);
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("errors");
            for (String id : ids) {
                if (view.business(id) == null) {
                    ErrorEntries.write(g, "business_id", id, "BUSINESS_NOT_FOUND",
                            "Business not found or not authorized for this account.");
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }
}
