package io.adsdesk.sandbox;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;

/** Writes one errors[] entry of the batch read endpoints: {"<id field>", "code", "description"}. */
final class ErrorEntries {
    private ErrorEntries() {
    }

    static void write(JsonGenerator g, String idField, String id, String code, String description)
            throws IOException {
        g.writeStartObject();
        g.writeStringField(idField, id);
        g.writeStringField("code", code);
        g.writeStringField("description", description);
        g.writeEndObject();
    }
}
