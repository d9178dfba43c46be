package io.adsdesk.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A job's receipt ({@code GET /v1/reseller/status/{job_id}}), read by walking the whole tree: every
 * {@code status} and every {@code error.code} is collected with the path where it sits, so both
 * layouts seen (fields under {@code program_added.requested_value.<field>}, or directly in the
 * group) and unknown extra nodes are read alike.
 *
 * <p>The outcome is judged from the nested statuses, not the top-level one (the doc examples say
 * COMPLETED at top level even when the business entry is REJECTED): any PROCESSING node means still
 * running; a rejected business entry or update group means REJECTED (nothing was applied, a
 * PARTIAL never softens that); otherwise a mix of COMPLETED and REJECTED nodes is PARTIAL.
 */
public final class Receipt {
    /** What the job came to. */
    public enum Outcome { PROCESSING, COMPLETED, REJECTED, PARTIAL }

    /** One {@code status} in the tree, e.g. {@code business_results[0].update_results.program_added}. */
    public record NodeStatus(String path, String status) {
    }

    /** One {@code error} in the tree: its code, Yelp's message, and where it sits. */
    public record Problem(String path, String code, String message) {
        /** Children of a rejected parent carry this; it is never the cause. */
        public boolean cascaded() {
            return PARENT_WAS_REJECTED.equals(code);
        }
    }

    public static final String PARENT_WAS_REJECTED = "PARENT_WAS_REJECTED";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> RUNNING = Set.of("PROCESSING", "QUEUED", "PENDING", "IN_PROGRESS");
    private static final Set<String> FAILED = Set.of("REJECTED", "FAILED", "ERROR");
    private static final String RESULTS = "business_results";
    private static final String UPDATES = "update_results";

    private final String raw;
    private final JsonNode root;
    private final List<NodeStatus> statuses;
    private final List<Problem> problems;
    private final Outcome outcome;

    private Receipt(String raw, JsonNode root, List<NodeStatus> statuses, List<Problem> problems, Outcome outcome) {
        this.raw = raw;
        this.root = root;
        this.statuses = List.copyOf(statuses);
        this.problems = List.copyOf(problems);
        this.outcome = outcome;
    }

    /** Parses a receipt body. A body that is not a JSON object is an {@link IllegalArgumentException}. */
    public static Receipt parse(String body) {
        JsonNode root;
        try {
            root = body == null ? null : JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalArgumentException("a receipt that is not JSON", e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("a receipt that is not a JSON object");
        }
        List<NodeStatus> statuses = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        walk(root, "", statuses, problems);
        return new Receipt(body, root, statuses, problems, judge(statuses, problems));
    }

    /** A job still running, as a 202 "Job not complete" says; the body is kept as it came. */
    public static Receipt processing(String body) {
        return new Receipt(body == null ? "" : body, JSON.createObjectNode(), List.of(new NodeStatus("", "PROCESSING")),
                List.of(), Outcome.PROCESSING);
    }

    public Outcome outcome() {
        return outcome;
    }

    public boolean finished() {
        return outcome != Outcome.PROCESSING;
    }

    /** The body as received, for the job record and support tickets. */
    public String raw() {
        return raw;
    }

    public List<NodeStatus> statuses() {
        return statuses;
    }

    /** Every error in the tree, cascaded PARENT_WAS_REJECTED ones included, in document order. */
    public List<Problem> problems() {
        return problems;
    }

    /** The errors that caused the rejection: all but the cascaded ones. */
    public List<Problem> causes() {
        return problems.stream().filter(p -> !p.cascaded()).toList();
    }

    /** Distinct error codes of {@link #causes()}, in order. */
    public List<String> errorCodes() {
        return List.copyOf(new LinkedHashSet<>(causes().stream().map(Problem::code).toList()));
    }

    /** The program a create made: {@code update_results.program_added.program_id.requested_value}. */
    public Optional<String> newProgramId() {
        for (JsonNode group : groups()) {
            for (JsonNode holder : List.of(group, group.path("requested_value"))) {
                JsonNode id = holder.path("program_id");
                String text = id.isObject() ? id.path("requested_value").asText("") : id.isTextual() ? id.asText() : "";
                if (!text.isBlank()) {
                    return Optional.of(text);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A parameter as the receipt echoes it (a string, as Yelp echoes them all): nested
     * ({@code group.requested_value.budget.requested_value}) or flat ({@code group.budget.requested_value}).
     * Lists come back as their items' values joined with commas.
     */
    public Optional<String> echoed(String field) {
        for (JsonNode group : groups()) {
            for (JsonNode holder : List.of(group.path("requested_value"), group)) {
                JsonNode node = holder.path(field);
                if (node.isObject() && node.has("requested_value")) {
                    return Optional.of(value(node.get("requested_value")));
                }
            }
        }
        return Optional.empty();
    }

    private static String value(JsonNode v) {
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(item -> items.add(item.isObject() ? value(item.path("requested_value")) : item.asText()));
            return String.join(",", items);
        }
        return v.asText();
    }

    /** The update groups (program_added, program_modified, program_ended, or any other name). */
    private List<JsonNode> groups() {
        List<JsonNode> groups = new ArrayList<>();
        for (JsonNode business : root.path(RESULTS)) {
            Iterator<JsonNode> it = business.path(UPDATES).elements();
            it.forEachRemaining(g -> {
                if (g.isObject()) {
                    groups.add(g);
                }
            });
        }
        return groups;
    }

    private static void walk(JsonNode node, String path, List<NodeStatus> statuses, List<Problem> problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", statuses, problems);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode status = node.get("status");
        if (status != null && status.isTextual()) {
            statuses.add(new NodeStatus(path, status.asText().trim().toUpperCase(Locale.ROOT)));
        }
        JsonNode error = node.get("error");
        if (error != null && error.isObject()) {
            String code = text(error, "code", "id");
            problems.add(new Problem(ServerText.oneLine(path), code == null ? "UNKNOWN" : ServerText.oneLine(code),
                    ServerText.oneLine(text(error, "message", "description"))));
        } else if (error != null && error.isTextual()) {
            problems.add(new Problem(ServerText.oneLine(path), ServerText.oneLine(error.asText()), null));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("error")) {
                walk(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), statuses, problems);
            }
        }
    }

    private static String text(JsonNode node, String first, String second) {
        JsonNode v = node.hasNonNull(first) ? node.get(first) : node.get(second);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Outcome judge(List<NodeStatus> statuses, List<Problem> problems) {
        List<NodeStatus> nested = statuses.stream().filter(s -> !s.path().isEmpty()).toList();
        if (statuses.stream().anyMatch(s -> RUNNING.contains(s.status()))) {
            return Outcome.PROCESSING;
        }
        if (nested.stream().anyMatch(s -> structural(s.path()) && FAILED.contains(s.status()))) {
            return Outcome.REJECTED;
        }
        boolean rejected = nested.stream().anyMatch(s -> FAILED.contains(s.status()));
        boolean completed = nested.stream().anyMatch(s -> s.status().equals("COMPLETED"));
        if (rejected) {
            return completed ? Outcome.PARTIAL : Outcome.REJECTED;
        }
        if (completed) {
            return Outcome.COMPLETED;
        }
        String top = statuses.stream().filter(s -> s.path().isEmpty()).map(NodeStatus::status).findFirst().orElse(null);
        if (top != null && FAILED.contains(top) || !problems.isEmpty()) {
            return Outcome.REJECTED;
        }
        return "COMPLETED".equals(top) ? Outcome.COMPLETED : Outcome.PROCESSING;
    }

    /** A business entry ({@code business_results[i]}) or its update group ({@code ...update_results.x}). */
    private static boolean structural(String path) {
        return path.matches(RESULTS + "\\[\\d+]") || path.matches(RESULTS + "\\[\\d+]\\." + UPDATES + "\\.[^.\\[]+");
    }

    @Override
    public String toString() {
        return "Receipt[" + outcome + ", errors=" + errorCodes() + "]";
    }
}
