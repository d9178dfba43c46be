package io.adsdesk.ui.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adsdesk.registry.AuditEntry;
import io.adsdesk.ui.common.Formats;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * An audit entry in words for the audit window: what changed (before → after, money in dollars),
 * the account, the request sent and Yelp's receipt. Pure.
 */
final class AuditDetails {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARROW = " → ";
    private static final Set<String> MONEY_PARAMETERS = Set.of("budget", "max_bid", "new_budget");

    private AuditDetails() {
    }

    /** "budget $500.00 → $600.00; end date open → 2026-04-01"; empty until there is something to compare. */
    static String changes(AuditEntry e) {
        return String.join("; ", changeLines(e).stream().map(l -> l.replaceFirst(": ", " ")).toList());
    }

    /** Every part of the entry, one per line or section. */
    static String text(AuditEntry e) {
        StringBuilder b = new StringBuilder();
        line(b, "When", Formats.dateTime(e.at()));
        line(b, "Account", e.account());
        line(b, "Action", e.action());
        line(b, "Program", e.programId());
        line(b, "Business", e.businessId());
        line(b, "Outcome", e.outcome());
        line(b, "Job", e.jobId());
        line(b, "Message", e.message());
        b.append("\nBefore → after\n");
        if (e.beforeJson() == null && e.afterJson() == null) {
            b.append("  nothing recorded yet\n");
        } else if (e.afterJson() == null) {
            b.append("  not read back from Yelp yet\n");
        } else {
            List<String> lines = changeLines(e);
            if (lines.isEmpty()) {
                b.append("  no field changed\n");
            }
            lines.forEach(l -> b.append("  ").append(l).append('\n'));
        }
        b.append("\nRequest sent\n").append(indent(request(e.requestJson())));
        b.append("\nReceipt\n").append(indent(pretty(e.receiptJson())));
        return b.toString();
    }

    private static List<String> changeLines(AuditEntry e) {
        JsonNode before = tree(e.beforeJson());
        JsonNode after = tree(e.afterJson());
        if (after == null || !after.isObject()) {
            return List.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        if (before != null && before.isObject()) {
            before.fieldNames().forEachRemaining(keys::add);
        }
        after.fieldNames().forEachRemaining(keys::add);
        List<String> lines = new ArrayList<>();
        for (String key : keys) {
            JsonNode was = before == null ? null : before.get(key);
            JsonNode now = after.get(key);
            if (!same(was, now)) {
                lines.add(name(key) + ": " + value(key, was) + ARROW + value(key, now));
            }
        }
        return lines;
    }

    private static boolean same(JsonNode a, JsonNode b) {
        boolean aNull = a == null || a.isNull();
        boolean bNull = b == null || b.isNull();
        return aNull && bNull || !aNull && a.equals(b);
    }

    /** "max_bid_cents" → "max bid". */
    private static String name(String key) {
        return key.replaceFirst("_cents$", "").replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private static String value(String key, JsonNode v) {
        if (v == null || v.isNull()) {
            return key.equals("end_date") ? Formats.OPEN_END : Formats.NONE;
        }
        if (key.endsWith("_cents") && v.canConvertToLong()) {
            return Formats.dollars(v.asLong());
        }
        if (v.isArray()) {
            return v.isEmpty() ? Formats.NONE : String.join(", ",
                    StreamSupport.stream(v.spliterator(), false).map(JsonNode::asText).toList());
        }
        return v.asText();
    }

    /** The request's parameters, one "name = value" a line. */
    private static String request(String json) {
        JsonNode params = tree(json);
        if (params == null || !params.isObject()) {
            return json == null ? "none recorded" : json;
        }
        StringBuilder b = new StringBuilder();
        params.properties().forEach(p -> b.append(p.getKey()).append(" = ").append(parameter(p.getKey(), p.getValue()))
                .append('\n'));
        return b.isEmpty() ? "no parameters" : b.toString();
    }

    /** A request parameter as sent; the money ones (integer cents on the wire) also in dollars. */
    private static String parameter(String key, JsonNode v) {
        String sent = value(key, v);
        if (MONEY_PARAMETERS.contains(key) && sent.matches("-?\\d+")) {
            return sent + " (" + Formats.dollars(Long.parseLong(sent)) + ")";
        }
        return sent;
    }

    private static String pretty(String json) {
        JsonNode tree = tree(json);
        if (tree == null) {
            return json == null ? "none yet" : json;
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (JsonProcessingException ex) {
            return json;
        }
    }

    private static JsonNode tree(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException ex) {
            return null;
        }
    }

    private static void line(StringBuilder b, String label, String value) {
        b.append(label).append(": ").append(value == null || value.isBlank() ? Formats.NONE : value).append('\n');
    }

    private static String indent(String text) {
        return text.strip().lines().map(l -> "  " + l).reduce("", (a, l) -> a + l + "\n");
    }
}
