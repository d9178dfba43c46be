package io.adsdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The Program Feature API ({@code /program/{id}/features/v1}: GET, POST merge, DELETE) and the
 * Portfolio sub-API ({@code /program/{id}/portfolio/...}), per the contract §2.10, §2.10a and §6.5.
 * A program's features start from deterministic values (on for the types in its
 * {@code active_features}); POST enforces the documented limits and answers 400 for a type the
 * program does not support; {@code active_features} follows every change. The
 * {@code featuresNeedDataIngestion} knob makes every feature call made with the account's own credentials
 * answer 400 with an empty body, as Yelp does for credentials without feature access; the account's
 * Data Ingestion pair ({@link SandboxServer#acceptDataIngestionCredentials}) still has feature access.
 */
final class FeatureHandler implements Route {
    static final String PREFIX = "/program/";
    private static final Pattern FEATURES = Pattern.compile("^/program/([^/]+)/features/v1/?$");
    private static final Pattern PORTFOLIO = Pattern.compile("^/program/([^/]+)/portfolio/(.+)$");
    private static final Pattern URL = Pattern.compile("(?i)(https?://|www\\.)");
    static final List<String> SUGGESTED = List.of("jobs", "free", "diy", "careers", "salary", "training", "cheap", "used");
    static final List<String> HIGHLIGHTS = List.of("FAMILY_OWNED", "WOMAN_OWNED", "VETERAN_OWNED", "LOCALLY_OWNED",
            "NATIONAL_CHAIN", "OPEN_24_HOURS");

    private final SandboxAccount account;
    private final SandboxKnobs knobs;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Map<String, ObjectNode>> features = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> projects = new ConcurrentHashMap<>();
    private final Map<String, List<ObjectNode>> photos = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private long nextId = 1;

    FeatureHandler(SandboxAccount account, SandboxKnobs knobs) {
        this.account = account;
        this.knobs = knobs;
    }

    static boolean matches(String path) {
        return FEATURES.matcher(path).matches() || PORTFOLIO.matcher(path).matches();
    }

    @Override
    public Reply handle(PartnerRequest request) {
        return handle(request.method(), request.path(), null, false);
    }

    /** @param dataIngestion whether the request came with the account's Data Ingestion credentials */
    Reply handle(String method, String path, byte[] body, boolean dataIngestion) {
        var f = FEATURES.matcher(path);
        if (f.matches()) {
            return features(method, f.group(1), body, dataIngestion);
        }
        var p = PORTFOLIO.matcher(path);
        if (p.matches()) {
            return portfolio(method, p.group(1), p.group(2), body);
        }
        return Reply.error(404, "NOT_FOUND", "The requested URL was not found on this server: " + path);
    }

    private Reply features(String method, String programId, byte[] body, boolean dataIngestion) {
        Optional<SandboxProgram> program = account.program(programId);
        if (program.isEmpty()) {
            return Reply.error(404, "PROGRAM_NOT_FOUND", "Program " + programId + " was not found");
        }
        if (knobs.featuresNeedDataIngestion() && !dataIngestion) {
            return Reply.empty(400);
        }
        synchronized (lock) {
            Map<String, ObjectNode> current = state(program.get());
            switch (method) {
                case "GET" -> {
                    return answer(program.get(), current);
                }
                case "POST" -> {
                    JsonNode request = parse(body);
                    if (request == null || !request.isObject()) {
                        return Reply.badRequest("The body must be a JSON object of feature type to value");
                    }
                    if (request.has("features") && request.path("features").isObject()) {
                        request = request.path("features");
                    }
                    Map<String, ObjectNode> next = new LinkedHashMap<>();
                    current.forEach((k, v) -> next.put(k, v.deepCopy()));
                    for (Iterator<Map.Entry<String, JsonNode>> it = request.fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> e = it.next();
                        if (!next.containsKey(e.getKey())) {
                            return Reply.badRequest("Feature type " + e.getKey() + " is not supported for program " + programId);
                        }
                        if (!e.getValue().isObject()) {
                            return Reply.badRequest(e.getKey() + " must be an object");
                        }
                        String problem = merge(e.getKey(), next.get(e.getKey()), (ObjectNode) e.getValue());
                        if (problem != null) {
                            return Reply.badRequest(e.getKey() + ": " + problem);
                        }
                    }
                    current.clear();
                    current.putAll(next);
                    syncActive(programId, current);
                    return answer(program.get(), current);
                }
                case "DELETE" -> {
                    JsonNode request = parse(body);
                    JsonNode types = request == null ? null : request.path("features");
                    if (types == null || !types.isArray()) {
                        return Reply.badRequest("The body must be {\"features\":[types]}");
                    }
                    for (JsonNode t : types) {
                        if (!current.containsKey(t.asText())) {
                            return Reply.badRequest("Feature type " + t.asText() + " is not supported for program " + programId);
                        }
                    }
                    for (JsonNode t : types) {
                        current.put(t.asText(), initial(t.asText(), program.get(), false));
                    }
                    syncActive(programId, current);
                    return answer(program.get(), current);
                }
                default -> {
                    return Reply.error(405, "METHOD_NOT_ALLOWED", method + " is not allowed here").withHeader("Allow", "GET, POST, DELETE");
                }
            }
        }
    }

    private Reply portfolio(String method, String programId, String tail, byte[] body) {
        if (account.program(programId).isEmpty()) {
            return Reply.error(404, "PROGRAM_NOT_FOUND", "Program " + programId + " was not found");
        }
        String[] parts = tail.split("/");
        synchronized (lock) {
            if (parts.length == 1 && parts[0].equals("v1") && method.equals("POST")) {
                String id = "proj_" + programId.hashCode() % 1000 + "_" + nextId++;
                ObjectNode p = json.createObjectNode();
                p.putNull("name");
                p.putNull("description");
                p.putNull("call_to_action");
                p.putArray("service_offerings");
                p.putNull("cost");
                p.putNull("duration");
                p.putNull("completion_year");
                p.putNull("completion_month");
                p.put("published", false);
                projects.put(programId + "/" + id, p);
                photos.put(programId + "/" + id, new ArrayList<>());
                return Reply.json(200, bytes(json.createObjectNode().put("project_id", id)));
            }
            String key = parts.length >= 2 ? programId + "/" + parts[0] : null;
            if (key == null || !projects.containsKey(key)) {
                return Reply.error(404, "PROJECT_NOT_FOUND", "Portfolio project not found");
            }
            if (parts.length == 2 && parts[1].equals("v1")) {
                switch (method) {
                    case "GET" -> {
                        return Reply.json(200, bytes(projects.get(key)));
                    }
                    case "PUT" -> {
                        JsonNode p = parse(body);
                        String problem = project(p);
                        if (problem != null) {
                            return Reply.badRequest(problem);
                        }
                        projects.put(key, (ObjectNode) p);
                        return Reply.json(200, bytes(p));
                    }
                    case "DELETE" -> {
                        projects.remove(key);
                        photos.remove(key);
                        return Reply.json(200, bytes(json.createObjectNode()));
                    }
                    default -> {
                        return Reply.error(405, "METHOD_NOT_ALLOWED", method + " is not allowed here");
                    }
                }
            }
            if (parts.length == 3 && parts[1].equals("photos") && parts[2].equals("v1")) {
                if (method.equals("GET")) {
                    ArrayNode list = json.createArrayNode();
                    photos.get(key).forEach(list::add);
                    return Reply.json(200, bytes(list));
                }
                if (method.equals("POST")) {
                    JsonNode p = parse(body);
                    if (p == null || !p.isObject()) {
                        return Reply.badRequest("The body must be a JSON object");
                    }
                    boolean url = p.hasNonNull("photo_url");
                    boolean biz = p.hasNonNull("biz_photo_id");
                    if (url == biz) {
                        return Reply.badRequest(url ? "Cannot provide both photo_url and biz_photo_id"
                                : "Either photo_url or biz_photo_id must be provided");
                    }
                    if (!p.hasNonNull("caption") || !p.has("is_before_photo")) {
                        return Reply.badRequest("caption and is_before_photo are required");
                    }
                    String id = "photo_" + nextId++;
                    ObjectNode photo = ((ObjectNode) p).deepCopy();
                    photo.put("photo_id", id);
                    photo.put("is_cover_photo", photos.get(key).isEmpty());
                    photos.get(key).add(photo);
                    return Reply.json(200, bytes(json.createObjectNode().put("photo_id", id)));
                }
            }
            if (parts.length == 4 && parts[1].equals("photos") && parts[3].equals("v1") && method.equals("DELETE")) {
                boolean removed = photos.get(key).removeIf(ph -> ph.path("photo_id").asText().equals(parts[2]));
                return removed ? Reply.json(200, bytes(json.createObjectNode()))
                        : Reply.error(404, "PHOTO_NOT_FOUND", "Photo not found");
            }
            return Reply.error(404, "NOT_FOUND", "The requested URL was not found on this server");
        }
    }

    private String project(JsonNode p) {
        if (p == null || !p.isObject()) {
            return "The body must be a JSON object";
        }
        if (!p.hasNonNull("name") || p.path("name").asText().isBlank()) {
            return "name is required";
        }
        if (!p.hasNonNull("description") || p.path("description").asText().isBlank()) {
            return "description is required";
        }
        if (p.path("service_offerings").size() > 4) {
            return "Maximum 4 service offerings allowed";
        }
        JsonNode month = p.path("completion_month");
        if (!month.isNull() && !month.isMissingNode() && (month.asInt() < 1 || month.asInt() > 12)) {
            return "completion_month must be between 1 and 12";
        }
        if (!oneOf(p, "call_to_action", List.of("WEBSITE", "CALL", "BOOK_APPOINTMENT", "GET_QUOTE", "LEARN_MORE"))
                || !oneOf(p, "cost", List.of("UNDER_100", "100_500", "500_1000", "1000_5000", "5000_PLUS"))
                || !oneOf(p, "duration", List.of("UNDER_1_WEEK", "1_2_WEEKS", "2_4_WEEKS", "1_3_MONTHS", "3_PLUS_MONTHS"))) {
            return "call_to_action, cost or duration is not one of the allowed values";
        }
        return null;
    }

    private static boolean oneOf(JsonNode p, String field, List<String> allowed) {
        JsonNode v = p.path(field);
        return v.isNull() || v.isMissingNode() || allowed.contains(v.asText());
    }

    /** Applies one type's POST object onto its current value; a problem in words, or null. */
    private String merge(String type, ObjectNode current, ObjectNode in) {
        switch (type) {
            case "NEGATIVE_KEYWORD_TARGETING" -> {
                if (!in.path("blocked_keywords").isArray()) {
                    return "blocked_keywords is required";
                }
                current.set("blocked_keywords", in.path("blocked_keywords"));
            }
            case "STRICT_CATEGORY_TARGETING", "CALL_TRACKING" -> {
                if (!in.path("enabled").isBoolean()) {
                    return "enabled is required";
                }
                current.set("enabled", in.path("enabled"));
                if (type.equals("CALL_TRACKING") && in.has("businesses")) {
                    current.set("businesses", in.path("businesses"));
                }
            }
            case "AD_SCHEDULING" -> {
                if (!in.path("uses_opening_hours").isBoolean()) {
                    return "uses_opening_hours is required";
                }
                current.set("uses_opening_hours", in.path("uses_opening_hours"));
            }
            case "CUSTOM_LOCATION_TARGETING" -> {
                if (!in.path("businesses").isArray()) {
                    return "businesses is required";
                }
                for (JsonNode b : in.path("businesses")) {
                    if (b.path("locations").size() > 25) {
                        return "at most 25 locations per business";
                    }
                }
                current.set("businesses", in.path("businesses"));
            }
            case "AD_GOAL" -> {
                String goal = in.path("ad_goal").asText("");
                if (!List.of("DEFAULT", "CALLS", "WEBSITE_CLICKS").contains(goal)) {
                    return "ad_goal must be DEFAULT, CALLS or WEBSITE_CLICKS";
                }
                current.put("ad_goal", goal);
            }
            case "BUSINESS_HIGHLIGHTS" -> {
                JsonNode active = in.path("business_highlights");
                if (!active.isArray()) {
                    return "business_highlights is required";
                }
                List<String> on = new ArrayList<>();
                active.forEach(a -> on.add(a.asText()));
                if (on.contains("LOCALLY_OWNED") && on.contains("NATIONAL_CHAIN")) {
                    return "LOCALLY_OWNED and NATIONAL_CHAIN are mutually exclusive";
                }
                if (!HIGHLIGHTS.containsAll(on)) {
                    return "a highlight is not available for this business";
                }
                current.set("active_business_highlights", active);
            }
            case "VERIFIED_LICENSE" -> {
                ArrayNode licenses = (ArrayNode) current.path("licenses");
                for (JsonNode l : in.path("licenses")) {
                    String number = l.path("license_number").asText("");
                    if (number.isBlank()) {
                        return "license_number is required";
                    }
                    ObjectNode copy = ((ObjectNode) l).deepCopy();
                    copy.put("license_verification_status", "PENDING");
                    int at = -1;
                    for (int i = 0; i < licenses.size(); i++) {
                        if (licenses.get(i).path("license_number").asText().equals(number)) {
                            at = i;
                        }
                    }
                    if (at >= 0) {
                        licenses.set(at, copy);
                    } else {
                        licenses.add(copy);
                    }
                }
            }
            case "CUSTOM_RADIUS_TARGETING" -> {
                JsonNode r = in.path("custom_radius");
                if (!r.isNull() && !r.isMissingNode() && (!r.isNumber() || r.asDouble() < 1 || r.asDouble() > 60)) {
                    return "custom_radius must be between 1 and 60 miles, or null";
                }
                current.set("custom_radius", r.isMissingNode() ? null : r);
            }
            case "CUSTOM_AD_TEXT" -> {
                boolean review = in.hasNonNull("custom_review_id");
                boolean text = in.hasNonNull("custom_text");
                if (review && text) {
                    return "Only one of custom_review_id or custom_text can be set";
                }
                if (text) {
                    String t = in.path("custom_text").asText();
                    if (t.length() < 15 || t.length() > 1500) {
                        return "custom_text must be 15 to 1500 characters long";
                    }
                    if (URL.matcher(t).find()) {
                        return "custom_text cannot contain URLs";
                    }
                }
                current.set("custom_review_id", in.path("custom_review_id").isMissingNode() ? null : in.path("custom_review_id"));
                current.set("custom_text", in.path("custom_text").isMissingNode() ? null : in.path("custom_text"));
            }
            case "BUSINESS_LOGO" -> {
                JsonNode u = in.path("business_logo_url");
                if (!u.isNull() && !u.isMissingNode() && !u.asText().matches("(?i)https?://\\S+\\.(jpe?g|png|gif|tiff?)")) {
                    return "business_logo_url must be a public jpeg, png, gif or tiff address";
                }
                current.set("business_logo_url", u.isMissingNode() ? null : u);
            }
            case "YELP_PORTFOLIO" -> {
                if (!in.path("projects").isArray()) {
                    return "projects is required";
                }
                current.set("projects", in.path("projects"));
            }
            default -> in.fields().forEachRemaining(e -> current.set(e.getKey(), e.getValue()));
        }
        return null;
    }

    /** The program's features, made on first use: the available types, on for those in active_features. */
    private Map<String, ObjectNode> state(SandboxProgram p) {
        return features.computeIfAbsent(p.id(), id -> {
            Map<String, ObjectNode> m = new LinkedHashMap<>();
            for (String type : p.availableFeatures()) {
                m.put(type, initial(type, p, p.activeFeatures().contains(type)));
            }
            return m;
        });
    }

    /** A type's deterministic starting value; {@code on} false gives its inactive form. */
    ObjectNode initial(String type, SandboxProgram p, boolean on) {
        ObjectNode o = json.createObjectNode();
        String business = p.businessIds().isEmpty() ? null : p.businessIds().getFirst();
        int h = Math.abs(p.id().hashCode());
        switch (type) {
            case "LINK_TRACKING" -> {
                o.put("website", on ? "utm_source=yelp&utm_medium=cpc" : null);
                o.putNull("menu");
                o.putNull("call_to_action");
            }
            case "NEGATIVE_KEYWORD_TARGETING" -> {
                SUGGESTED.forEach(o.putArray("suggested_keywords")::add);
                ArrayNode blocked = o.putArray("blocked_keywords");
                if (on) {
                    blocked.add("jobs").add("free");
                }
            }
            case "STRICT_CATEGORY_TARGETING", "CALL_TRACKING" -> {
                o.put("enabled", on);
                if (type.equals("CALL_TRACKING")) {
                    ObjectNode b = o.putArray("businesses").addObject();
                    b.put("business_id", business);
                    b.put("metered_phone_number", on ? "+1415555" + String.format("%04d", h % 10000) : null);
                }
            }
            case "AD_SCHEDULING" -> o.put("uses_opening_hours", on);
            case "CUSTOM_LOCATION_TARGETING" -> {
                ObjectNode b = o.putArray("businesses").addObject();
                b.put("business_id", business);
                ArrayNode l = b.putArray("locations");
                if (on) {
                    l.add("94103").add("San Francisco, CA");
                }
            }
            case "AD_GOAL" -> o.put("ad_goal", on ? "CALLS" : "DEFAULT");
            case "BUSINESS_HIGHLIGHTS" -> {
                ArrayNode a = o.putArray("active_business_highlights");
                if (on) {
                    a.add("FAMILY_OWNED");
                }
                HIGHLIGHTS.forEach(o.putArray("available_business_highlights")::add);
                o.putArray("mutually_exclusive_business_highlights").addArray().add("LOCALLY_OWNED").add("NATIONAL_CHAIN");
            }
            case "VERIFIED_LICENSE" -> o.putArray("licenses");
            case "CUSTOM_RADIUS_TARGETING" -> {
                if (on) {
                    o.put("custom_radius", 5 + h % 20);
                } else {
                    o.putNull("custom_radius");
                }
            }
            case "CUSTOM_AD_TEXT" -> {
                o.putNull("custom_review_id");
                o.putNull("custom_text");
            }
            case "CUSTOM_AD_PHOTO" -> o.putNull("custom_photo_id");
            case "BUSINESS_LOGO" -> o.putNull("business_logo_url");
            case "YELP_PORTFOLIO" -> o.putArray("projects");
            case "SERVICE_OFFERINGS_TARGETING" -> {
                o.putArray("disabled_service_offerings");
                ArrayNode e = o.putArray("enabled_service_offerings");
                if (on) {
                    e.add("Repairs");
                }
            }
            default -> { }
        }
        return o;
    }

    /** Keeps the program's active_features in step with its feature values (the web dashboard's "active" rules). */
    private void syncActive(String programId, Map<String, ObjectNode> current) {
        List<String> active = new ArrayList<>();
        current.forEach((type, o) -> {
            if (active(type, o)) {
                active.add(type);
            }
        });
        account.updateProgram(programId, p -> p.withActiveFeatures(active));
    }

    private static boolean active(String type, ObjectNode o) {
        return switch (type) {
            case "LINK_TRACKING" -> o.hasNonNull("website") || o.hasNonNull("menu") || o.hasNonNull("call_to_action");
            case "NEGATIVE_KEYWORD_TARGETING" -> !o.path("blocked_keywords").isEmpty();
            case "STRICT_CATEGORY_TARGETING", "CALL_TRACKING" -> o.path("enabled").asBoolean();
            case "AD_SCHEDULING" -> o.path("uses_opening_hours").asBoolean();
            case "CUSTOM_LOCATION_TARGETING" -> {
                boolean any = false;
                for (JsonNode b : o.path("businesses")) {
                    any |= !b.path("locations").isEmpty();
                }
                yield any;
            }
            case "AD_GOAL" -> !o.path("ad_goal").asText("DEFAULT").equals("DEFAULT");
            case "BUSINESS_HIGHLIGHTS" -> !o.path("active_business_highlights").isEmpty();
            case "VERIFIED_LICENSE" -> !o.path("licenses").isEmpty();
            case "CUSTOM_RADIUS_TARGETING" -> o.hasNonNull("custom_radius");
            case "CUSTOM_AD_TEXT" -> o.hasNonNull("custom_text") || o.hasNonNull("custom_review_id");
            case "CUSTOM_AD_PHOTO" -> o.hasNonNull("custom_photo_id");
            case "BUSINESS_LOGO" -> o.hasNonNull("business_logo_url");
            case "YELP_PORTFOLIO" -> !o.path("projects").isEmpty();
            case "SERVICE_OFFERINGS_TARGETING" -> !o.path("enabled_service_offerings").isEmpty();
            default -> false;
        };
    }

    private Reply answer(SandboxProgram p, Map<String, ObjectNode> current) {
        ObjectNode root = json.createObjectNode();
        root.put("program_id", p.id());
        root.put("program_type", p.type());
        ObjectNode map = root.putObject("features");
        current.forEach(map::set);
        return Reply.json(200, bytes(root));
    }

    private JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private byte[] bytes(JsonNode node) {
        try {
            return json.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
