package io.adsdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one JSON object a {@code --json} command prints when it fails before it has a result of its own. */
final class JsonResult {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonResult() {
    }

    /** {@code {"status":"failed","exit":N,"failure":"WORD","message":"..."}}: the fields a sync result has too. */
    static String failure(int exit, String failure, String message) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("status", "failed");
        n.put("exit", exit);
        n.put("failure", failure);
        n.put("message", message);
        return n.toString();
    }
}
