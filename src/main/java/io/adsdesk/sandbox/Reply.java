package io.adsdesk.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A response a route wants sent: status, body bytes, content type and extra headers. */
record Reply(int status, byte[] body, String contentType, Map<String, String> headers) {
    static final String JSON = "application/json; charset=utf-8";

    static Reply json(int status, byte[] body) {
        return new Reply(status, body, JSON, Map.of());
    }

    /** The error body the partner API uses: {"error":{"code":...,"description":...}}. */
    static Reply error(int status, String code, String description) {
        return json(status, Json.write(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("error");
            g.writeStringField("code", code);
            g.writeStringField("description", description);
            g.writeEndObject();
            g.writeEndObject();
        }));
    }

    static Reply badRequest(String description) {
        return error(400, "INVALID_REQUEST", description);
    }

    /** A status with no body and no Content-Type, as pause/resume answer 202. */
    static Reply empty(int status) {
        return new Reply(status, new byte[0], null, Map.of());
    }

    static Reply text(int status, String contentType, String body) {
        return new Reply(status, body.getBytes(StandardCharsets.UTF_8), contentType, Map.of());
    }

    Reply withHeader(String name, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, body, contentType, Map.copyOf(more));
    }

    /** The body cut in half: still 200, no longer valid JSON. */
    Reply truncated() {
        byte[] half = java.util.Arrays.copyOf(body, body.length / 2);
        return new Reply(status, half, contentType, headers);
    }
}
