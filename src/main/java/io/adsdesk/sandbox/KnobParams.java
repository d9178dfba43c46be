package io.adsdesk.sandbox;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Knobs by their snake_case names, shared by the control plane ({@code latency_ms=250}) and the
 * command line ({@code --latency-ms 250}).
 */
final class KnobParams {
    private static final Map<String, BiConsumer<SandboxKnobs, String>> SETTERS = new LinkedHashMap<>();

    static {
        SETTERS.put("latency_ms", (k, v) -> k.latencyMs(Long.parseLong(v)));
        SETTERS.put("max_concurrent", (k, v) -> k.maxConcurrent(Integer.parseInt(v)));
        SETTERS.put("error_rate", (k, v) -> k.error500Rate(Double.parseDouble(v)));
        SETTERS.put("unavailable_rate", (k, v) -> k.error503Rate(Double.parseDouble(v)));
        SETTERS.put("fail_from_offset", (k, v) -> k.failFromOffset(Integer.parseInt(v)));
        SETTERS.put("deep_page_error_rate", (k, v) -> k.deepPageErrorRate(Double.parseDouble(v)));
        SETTERS.put("reset_rate", (k, v) -> k.resetRate(Double.parseDouble(v)));
        SETTERS.put("malformed_rate", (k, v) -> k.malformedRate(Double.parseDouble(v)));
        SETTERS.put("ad_categories_in_list_all", (k, v) -> k.adCategoriesInListAll(bool(v)));
        SETTERS.put("paused_under_current", (k, v) -> k.pausedUnderCurrent(bool(v)));
        SETTERS.put("page_upgrade_in_cents", (k, v) -> k.pageUpgradeInCents(bool(v)));
        SETTERS.put("inserts_per_page", (k, v) -> k.insertsPerPage(Integer.parseInt(v)));
        SETTERS.put("job_delay_ms", (k, v) -> k.jobDelayMs(Long.parseLong(v)));
        SETTERS.put("processing_as_202", (k, v) -> k.processingAs202(bool(v)));
        SETTERS.put("top_level_status", (k, v) -> k.topLevelStatus(choice(SandboxKnobs.TopLevelStatus.class, v)));
        SETTERS.put("receipt_fields", (k, v) -> k.receiptFields(choice(SandboxKnobs.ReceiptFields.class, v)));
        SETTERS.put("unknown_program_404", (k, v) -> k.unknownProgram404(bool(v)));
        SETTERS.put("omitted_categories_succeed", (k, v) -> k.omittedCategoriesSucceed(bool(v)));
        SETTERS.put("pause_forbidden", (k, v) -> k.pauseForbidden(bool(v)));
        SETTERS.put("features_need_data_ingestion", (k, v) -> k.featuresNeedDataIngestion(bool(v)));
        SETTERS.put("pause_lag_ms", (k, v) -> k.pauseLagMs(Long.parseLong(v)));
        SETTERS.put("revoke_credentials_after", (k, v) -> k.revokeCredentialsAfter(Integer.parseInt(v)));
        SETTERS.put("total_delta", (k, v) -> k.totalDelta(Integer.parseInt(v)));
    }

    static {
        // Odd and broken values in program JSON, each on N programs (OddValues).
        for (OddValues.Kind kind : OddValues.Kind.values()) {
            SETTERS.put(kind.knob(), (k, v) -> k.oddValues().set(kind, Integer.parseInt(v)));
        }
    }

    static {
        // Hostile-server behaviours (HostileKnobs).
        SETTERS.put("trickle_ms", (k, v) -> k.hostile().trickleMs(Long.parseLong(v)));
        SETTERS.put("endless_body", (k, v) -> k.hostile().endlessBody(bool(v)));
        SETTERS.put("pad_bytes", (k, v) -> k.hostile().padBytes(Long.parseLong(v)));
        SETTERS.put("past_end_400", (k, v) -> k.hostile().pastEnd400(bool(v)));
        SETTERS.put("escapes_in_errors", (k, v) -> k.hostile().escapesInErrors(bool(v)));
        SETTERS.put("web_page", (k, v) -> k.hostile().webPage(bool(v)));
    }

    private KnobParams() {
    }

    static Set<String> names() {
        return SETTERS.keySet();
    }

    /** Sets one knob from text; the IllegalArgumentException's message starts with the label. */
    static void set(SandboxKnobs knobs, String name, String value, String label) {
        BiConsumer<SandboxKnobs, String> setter = SETTERS.get(name);
        if (setter == null) {
            throw new IllegalArgumentException("unknown knob '" + printable(label) + "'");
        }
        try {
            setter.accept(knobs, value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(label + " needs a number, got '" + printable(value) + "'");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(label + ": " + e.getMessage());
        }
    }

    static void write(JsonGenerator g, SandboxKnobs k) throws IOException {
        g.writeStartObject();
        g.writeNumberField("latency_ms", k.latencyMs());
        g.writeNumberField("max_concurrent", k.maxConcurrent());
        g.writeNumberField("error_rate", k.error500Rate());
        g.writeNumberField("unavailable_rate", k.error503Rate());
        g.writeNumberField("fail_from_offset", k.failFromOffset());
        g.writeNumberField("deep_page_error_rate", k.deepPageErrorRate());
        g.writeNumberField("reset_rate", k.resetRate());
        g.writeNumberField("malformed_rate", k.malformedRate());
        g.writeBooleanField("ad_categories_in_list_all", k.adCategoriesInListAll());
        g.writeBooleanField("paused_under_current", k.pausedUnderCurrent());
        g.writeBooleanField("page_upgrade_in_cents", k.pageUpgradeInCents());
        g.writeNumberField("inserts_per_page", k.insertsPerPage());
        g.writeNumberField("job_delay_ms", k.jobDelayMs());
        g.writeBooleanField("processing_as_202", k.processingAs202());
        g.writeStringField("top_level_status", lower(k.topLevelStatus()));
        g.writeStringField("receipt_fields", lower(k.receiptFields()));
        g.writeBooleanField("unknown_program_404", k.unknownProgram404());
        g.writeBooleanField("omitted_categories_succeed", k.omittedCategoriesSucceed());
        g.writeBooleanField("pause_forbidden", k.pauseForbidden());
        g.writeBooleanField("features_need_data_ingestion", k.featuresNeedDataIngestion());
        g.writeNumberField("pause_lag_ms", k.pauseLagMs());
        g.writeNumberField("revoke_credentials_after", k.revokeCredentialsAfter());
        g.writeNumberField("total_delta", k.totalDelta());
        g.writeNumberField("forced_job_outcomes", k.forcedJobOutcomes());
        writeHostile(g, k.hostile());
        for (OddValues.Kind kind : OddValues.Kind.values()) {
            g.writeNumberField(kind.knob(), k.oddValues().count(kind));
        }
        g.writeEndObject();
    }

    private static void writeHostile(JsonGenerator g, HostileKnobs h) throws IOException {
        g.writeNumberField("trickle_ms", h.trickleMs());
        g.writeBooleanField("endless_body", h.endlessBody());
        g.writeNumberField("pad_bytes", h.padBytes());
        g.writeBooleanField("past_end_400", h.pastEnd400());
        g.writeBooleanField("escapes_in_errors", h.escapesInErrors());
        g.writeBooleanField("web_page", h.webPage());
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String v) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v)) {
                return e;
            }
        }
        List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(KnobParams::lower).toList();
        throw new IllegalArgumentException("expected one of " + String.join(", ", names) + ", got '" + printable(v) + "'");
    }

    /** A value as it may be echoed in a one-line message: control characters replaced, at most 60 characters. */
    static String printable(String s) {
        String clean = s.codePoints().map(c -> hasControlCharacters(Character.toString(c)) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.codePointCount(0, clean.length()) > 60 ? clean.substring(0, clean.offsetByCodePoints(0, 60)) + "…" : clean;
    }

    static boolean hasControlCharacters(String s) {
        return s.chars().anyMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR);
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean bool(String v) {
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "on", "yes" -> true;
            case "false", "0", "off", "no" -> false;
            default -> throw new IllegalArgumentException("expected true or false, got '" + printable(v) + "'");
        };
    }
}
