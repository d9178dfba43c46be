package io.adsdesk.sandbox;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Writes a job's status the way {@code GET /v1/reseller/status/{job_id}} answers (partner-api.md
 * §2.4): top-level status, created_at/completed_at with a +00:00 offset, one business_results
 * entry. Where the per-parameter entries go and the top-level status of a rejected job follow the
 * knobs; the defaults match the receipts recorded from the real API.
 */
final class ReceiptJson {
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
            .withZone(ZoneOffset.UTC);
    static final String PROCESSING = "PROCESSING";

    private final SandboxKnobs.TopLevelStatus topLevel;
    private final SandboxKnobs.ReceiptFields fields;

    ReceiptJson(SandboxKnobs.TopLevelStatus topLevel, SandboxKnobs.ReceiptFields fields) {
        this.topLevel = topLevel;
        this.fields = fields;
    }

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    byte[] write(Job job) {
        return Json.write(g -> {
            Receipt receipt = job.receipt();
            g.writeStartObject();
            g.writeStringField("status", receipt == null ? PROCESSING : topLevelStatus(receipt));
            g.writeStringField("created_at", timestamp(job.createdAt()));
            if (job.completedAt() == null) {
                g.writeNullField("completed_at");
            } else {
                g.writeStringField("completed_at", timestamp(job.completedAt()));
            }
            g.writeArrayFieldStart("business_results");
            g.writeStartObject();
            error(g, receipt == null ? null : receipt.businessError());
            g.writeStringField("status", receipt == null ? PROCESSING : receipt.status());
            g.writeStringField("identifier", job.identifier());
            g.writeStringField("identifier_type", job.kind().identifierType());
            if (receipt != null && receipt.group() != null) {
                g.writeObjectFieldStart("update_results");
                g.writeFieldName(job.kind().group());
                group(g, receipt.group());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private String topLevelStatus(Receipt receipt) {
        return receipt.rejected() && topLevel == SandboxKnobs.TopLevelStatus.OBSERVED
                ? Receipt.REJECTED : Receipt.COMPLETED;
    }

    private void group(JsonGenerator g, Receipt.Group group) throws IOException {
        g.writeStartObject();
        error(g, group.error());
        g.writeStringField("status", group.status());
        if (group.value() != null) {
            g.writeStringField("requested_value", group.value());
        }
        if (!group.fields().isEmpty()) {
            if (fields == SandboxKnobs.ReceiptFields.NESTED) {
                g.writeObjectFieldStart("requested_value");
                entries(g, group.fields());
                g.writeEndObject();
            } else {
                entries(g, group.fields());
            }
        }
        if (group.programId() != null) {
            g.writeFieldName("program_id");
            node(g, group.programId());
        }
        g.writeEndObject();
    }

    private static void entries(JsonGenerator g, Map<String, Receipt.Node> entries) throws IOException {
        for (Map.Entry<String, Receipt.Node> e : entries.entrySet()) {
            g.writeFieldName(e.getKey());
            node(g, e.getValue());
        }
    }

    private static void node(JsonGenerator g, Receipt.Node node) throws IOException {
        g.writeStartObject();
        error(g, node.error());
        g.writeStringField("status", node.status());
        if (node.items() != null) {
            g.writeArrayFieldStart("requested_value");
            for (Receipt.Node item : node.items()) {
                node(g, item);
            }
            g.writeEndArray();
        } else {
            g.writeStringField("requested_value", node.value());
        }
        g.writeEndObject();
    }

    private static void error(JsonGenerator g, JobError error) throws IOException {
        if (error != null) {
            g.writeObjectFieldStart("error");
            g.writeStringField("code", error.code());
            g.writeStringField("message", error.message());
            g.writeEndObject();
        }
    }
}
