package io.adsdesk.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads program lists one entry at a time, so one entry the client cannot read (a wrong type, a
 * number too large for its field, a string where an object belongs) is kept as an unreadable entry
 * with its raw JSON instead of failing the whole page. Every entry keeps the JSON it came from.
 */
final class ProgramEntries {
    private static final int SHOWN_VALUE = 40;

    private ProgramEntries() {
    }

    /** A List All page; {@code total} and {@code payment_programs} are null when missing or of the wrong kind. */
    static ProgramPageDto page(ObjectMapper json, JsonNode answer) {
        JsonNode root = answer == null ? MissingNode.getInstance() : answer;
        JsonNode list = root.path("payment_programs");
        return new ProgramPageDto(text(root.get("program_status")), integer(root.get("total")), integer(root.get("offset")),
                integer(root.get("limit")), list.isArray() ? programs(json, list) : null);
    }

    /** A Program Info answer; missing lists are empty. */
    static ProgramInfoDto info(ObjectMapper json, JsonNode answer) {
        JsonNode root = answer == null ? MissingNode.getInstance() : answer;
        JsonNode list = root.path("programs");
        List<JsonNode> errors = new ArrayList<>();
        root.path("errors").forEach(errors::add);
        return new ProgramInfoDto(list.isArray() ? programs(json, list) : List.of(), errors);
    }

    static List<ProgramDto> programs(ObjectMapper json, JsonNode array) {
        List<ProgramDto> programs = new ArrayList<>(array.size());
        for (JsonNode node : array) {
            programs.add(program(json, node));
        }
        return programs;
    }

    static ProgramDto program(ObjectMapper json, JsonNode node) {
        if (!node.isObject()) {
            return ProgramDto.unreadable(null, node, "an entry that is not a program (" + shown(node) + ")");
        }
        try {
            return json.treeToValue(node, ProgramDto.class).withRaw(node);
        } catch (JacksonException | IllegalArgumentException e) {
            return ProgramDto.unreadable(idOf(node), node, problem(node, e));
        }
    }

    /** The entry's ID when it has a usable one. */
    private static String idOf(JsonNode node) {
        JsonNode id = node.get("program_id");
        return id != null && (id.isTextual() || id.isIntegralNumber()) && !id.asText().isBlank() ? id.asText() : null;
    }

    /** "program_metrics.budget has a value AdsDesk cannot read ("lots")", naming the field when known. */
    private static String problem(JsonNode node, Exception e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            JsonNode value = node;
            for (JsonMappingException.Reference r : m.getPath()) {
                if (r.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
                    value = value.path(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    path.append('[').append(r.getIndex()).append(']');
                    value = value.path(r.getIndex());
                }
            }
            return path + " has a value AdsDesk cannot read (" + shown(value) + ")";
        }
        return "a value AdsDesk cannot read (" + firstLine(e) + ")";
    }

    private static String firstLine(Exception e) {
        String message = e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage();
        message = message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
        return cut(message, 120);
    }

    /** A value as it may be quoted in a one-line reason. */
    static String shown(JsonNode value) {
        return value.isMissingNode() ? "missing" : cut(value.toString(), SHOWN_VALUE);
    }

    private static String cut(String text, int max) {
        String line = text.replaceAll("\\p{Cntrl}", " ");
        return line.length() > max ? line.substring(0, max) + "…" : line;
    }

    private static Integer integer(JsonNode n) {
        return n != null && n.isIntegralNumber() && n.canConvertToInt() ? n.intValue() : null;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
