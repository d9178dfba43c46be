package io.adsdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions over receipt JSON. */
final class Receipts {
    private Receipts() {
    }

    /** The business entry itself rejected: its error, no update_results, top level REJECTED. */
    static void assertBusinessRejected(JsonNode receipt, String code) {
        assertEquals("REJECTED", receipt.get("status").asText(), receipt.toString());
        JsonNode business = WriteClient.business(receipt);
        assertEquals("REJECTED", business.get("status").asText());
        assertEquals(code, business.at("/error/code").asText(), receipt.toString());
        assertTrue(business.at("/error/message").asText().startsWith("ValidationError: "));
        assertTrue(business.path("update_results").isMissingNode(), receipt.toString());
    }

    /** The update group rejected with this code and every entry under it PARENT_WAS_REJECTED. */
    static void assertGroupRejected(JsonNode receipt, String code) {
        assertEquals("REJECTED", receipt.get("status").asText(), receipt.toString());
        assertEquals("REJECTED", WriteClient.business(receipt).get("status").asText());
        assertTrue(WriteClient.business(receipt).path("error").isMissingNode());
        JsonNode group = WriteClient.group(receipt);
        assertEquals("REJECTED", group.get("status").asText());
        assertEquals(code, group.at("/error/code").asText(), receipt.toString());
        assertTrue(group.path("program_id").isMissingNode(), "no program was made");
        JsonNode values = group.path("requested_value");
        if (values.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                assertParentWasRejected(e.getValue(), e.getKey());
                if (e.getValue().get("requested_value").isArray()) {
                    e.getValue().get("requested_value").forEach(item -> assertParentWasRejected(item, e.getKey()));
                }
            }
        }
    }

    static void assertParentWasRejected(JsonNode node, String what) {
        assertEquals("REJECTED", node.get("status").asText(), what);
        assertEquals("PARENT_WAS_REJECTED", node.at("/error/code").asText(), what);
        assertEquals("This item's parent was rejected, and as a result this item was also rejected.",
                node.at("/error/message").asText());
    }
}
