package io.adsdesk.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads an error body leniently: {@code {"error":{"code"|"id", "description"|"message"}}}, the same
 * fields at top level, non-JSON, or empty. Code and description are made safe to print here
 * ({@link ServerText}): one line, no control characters, bounded.
 */
record ErrorBody(String code, String description) {

    ErrorBody {
        code = ServerText.oneLine(code);
        description = ServerText.oneLine(description);
    }

    static ErrorBody parse(ObjectMapper json, String body) {
        if (body == null || body.isBlank()) {
            return new ErrorBody(null, null);
        }
        try {
            JsonNode root = json.readTree(body);
            if (root == null || !root.isObject()) {
                return new ErrorBody(null, shorten(body));
            }
            JsonNode err = root.path("error");
            if (err.isTextual()) {
                return new ErrorBody(err.asText(), text(root, "description", "message"));
            }
            JsonNode node = err.isObject() ? err : root;
            return new ErrorBody(text(node, "code", "id"), text(node, "description", "message"));
        } catch (Exception notJson) {
            return new ErrorBody(null, shorten(body));
        }
    }

    private static String text(JsonNode node, String first, String second) {
        JsonNode v = node.get(first);
        if (v == null || v.isNull()) {
            v = node.get(second);
        }
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String shorten(String body) {
        return ServerText.oneLine(body.strip().replaceAll("\\s+", " "));
    }

    /** "CODE: description", whichever parts exist, or the fallback. */
    String describe(String fallback) {
        if (code == null && description == null) {
            return fallback;
        }
        if (code == null) {
            return description;
        }
        return description == null ? code : code + ": " + description;
    }
}
