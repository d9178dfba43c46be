package io.adsdesk.ui.features;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Yelp's features for a few programs, in memory: every known type plus one AdsDesk does not know, a
 * registry copy per program, a few of the documented limits, and knobs for offline and no access.
 */
final class FakeFeatureGateway implements FeatureGateway {
    static final String UNKNOWN_TYPE = "SERVICE_OFFERINGS_TARGETING";

    final Map<String, Map<String, Map<String, Object>>> yelp = new HashMap<>();
    final Map<String, FeatureCopy> kept = new HashMap<>();
    final List<String> sent = new ArrayList<>();
    final java.util.Set<String> refusing = new java.util.HashSet<>();
    volatile boolean offline;
    volatile boolean noAccess;
    /** Runs after each program of a bulk change (a test presses Stop here). */
    Runnable afterEachBulkProgram = () -> { };
    String ingestionUser;
    private final Clock clock;

    FakeFeatureGateway(Clock clock) {
        this.clock = clock;
    }

    synchronized Map<String, Map<String, Object>> program(String id) {
        return yelp.computeIfAbsent(id, k -> initial());
    }

    static Map<String, Map<String, Object>> initial() {
        Map<String, Map<String, Object>> f = new LinkedHashMap<>();
        f.put("LINK_TRACKING", Json.object("website", null, "menu", null, "call_to_action", null));
        f.put("NEGATIVE_KEYWORD_TARGETING", Json.object("suggested_keywords", List.of("free", "jobs", "diy"),
                "blocked_keywords", List.of()));
        f.put("STRICT_CATEGORY_TARGETING", Json.object("enabled", false));
        f.put("AD_SCHEDULING", Json.object("uses_opening_hours", false));
        f.put("CUSTOM_LOCATION_TARGETING", Json.object("businesses", List.of()));
        f.put("AD_GOAL", Json.object("ad_goal", "DEFAULT"));
        f.put("CALL_TRACKING", Json.object("enabled", false, "businesses",
                List.of(Json.object("business_id", "biz-000", "metered_phone_number", null))));
        f.put("BUSINESS_HIGHLIGHTS", Json.object("active_business_highlights", List.of(),
                "available_business_highlights", List.of("FAMILY_OWNED", "CORPORATE_OWNED", "EMERGENCY_SERVICE"),
                "mutually_exclusive_business_highlights", List.of(List.of("FAMILY_OWNED", "CORPORATE_OWNED"))));
        f.put("VERIFIED_LICENSE", Json.object("licenses", List.of()));
        f.put("CUSTOM_RADIUS_TARGETING", Json.object("custom_radius", null));
        f.put("CUSTOM_AD_TEXT", Json.object("custom_review_id", null, "custom_text", null));
        f.put("CUSTOM_AD_PHOTO", Json.object("custom_photo_id", null));
        f.put("BUSINESS_LOGO", Json.object("business_logo_url", null));
        f.put("YELP_PORTFOLIO", Json.object("projects", List.of(Json.object("project_id", "p-1", "published", false),
                Json.object("project_id", "p-2", "published", false))));
        f.put(UNKNOWN_TYPE, Json.object("enabled_service_offerings", List.of("Drain cleaning")));
        return f;
    }

    private void reach() throws FeatureCallException {
        if (offline) {
            throw new FeatureCallException(FeatureCallException.Kind.UNREACHABLE, "connection refused");
        }
        if (noAccess) {
            throw new FeatureCallException(FeatureCallException.Kind.NO_FEATURE_ACCESS, "400 without a code");
        }
    }

    @Override
    public synchronized FeatureCopy cached(String programId) {
        return kept.get(programId);
    }

    @Override
    public synchronized FeatureCopy read(String programId) throws FeatureCallException {
        reach();
        return keep(programId);
    }

    private FeatureCopy keep(String programId) {
        FeatureCopy c = new FeatureCopy(programId, "CPC", program(programId), clock.instant());
        kept.put(programId, c);
        return c;
    }

    @Override
    public synchronized FeatureCopy save(String programId, String type, Map<String, Object> value) throws FeatureCallException {
        reach();
        if (refusing.contains(programId)) {
            throw new FeatureCallException(FeatureCallException.Kind.REJECTED, "the program has ended");
        }
        if (!validate(type, value).isEmpty()) {
            throw new FeatureCallException(FeatureCallException.Kind.REJECTED, validate(type, value).getFirst().message());
        }
        sent.add(programId + " " + type);
        Map<String, Object> merged = new LinkedHashMap<>(program(programId).get(type));
        merged.putAll(value);
        if (type.equals("BUSINESS_HIGHLIGHTS")) {
            merged.put("active_business_highlights", value.get("business_highlights"));
            merged.remove("business_highlights");
        }
        program(programId).put(type, merged);
        return keep(programId);
    }

    @Override
    public synchronized FeatureCopy remove(String programId, String type) throws FeatureCallException {
        reach();
        sent.add(programId + " remove " + type);
        program(programId).put(type, initial().get(type));
        return keep(programId);
    }

    @Override
    public void bulk(List<String> programIds, BulkFeatureChange change, Consumer<BulkOutcome> each, BooleanSupplier cancelled) {
        for (String id : programIds) {
            if (cancelled.getAsBoolean()) {
                each.accept(BulkOutcome.notSent(id));
                continue;
            }
            try {
                switch (change) {
                    case BulkFeatureChange.BlockKeywords b -> {
                        List<String> blocked = new ArrayList<>(Json.strings(program(id).get("NEGATIVE_KEYWORD_TARGETING"), "blocked_keywords"));
                        b.keywords().stream().filter(k -> !blocked.contains(k)).forEach(blocked::add);
                        save(id, "NEGATIVE_KEYWORD_TARGETING", Json.object("blocked_keywords", blocked));
                    }
                    case BulkFeatureChange.StrictCategoryTargeting s -> save(id, "STRICT_CATEGORY_TARGETING", Json.object("enabled", s.enabled()));
                    case BulkFeatureChange.AdScheduling a -> save(id, "AD_SCHEDULING", Json.object("uses_opening_hours", a.usesOpeningHours()));
                    case BulkFeatureChange.AdGoal g -> save(id, "AD_GOAL", Json.object("ad_goal", g.goal()));
                }
                each.accept(new BulkOutcome(id, null));
            } catch (FeatureCallException e) {
                each.accept(new BulkOutcome(id, e.getMessage()));
            }
            afterEachBulkProgram.run();
        }
    }

    @Override
    public List<FeatureProblem> validate(String type, Map<String, Object> value) {
        List<FeatureProblem> out = new ArrayList<>();
        switch (type) {
            case "CUSTOM_RADIUS_TARGETING" -> {
                if (value.get("custom_radius") instanceof Double r && !(r >= 1 && r <= 60)) {
                    out.add(new FeatureProblem("custom_radius", "The radius must be between 1 and 60 miles."));
                }
            }
            case "CUSTOM_AD_TEXT" -> {
                String t = (String) value.get("custom_text");
                if (t != null && (t.length() < 15 || t.length() > 1500)) {
                    out.add(new FeatureProblem("custom_text", "The text must be 15 to 1,500 characters long."));
                } else if (t != null && t.contains("http")) {
                    out.add(new FeatureProblem("custom_text", "The text cannot contain web addresses."));
                }
            }
            case "CUSTOM_LOCATION_TARGETING" -> {
                for (Map<String, Object> b : Json.objects(value, "businesses")) {
                    if (Json.strings(b, "locations").size() > 25) {
                        out.add(new FeatureProblem("businesses", "At most 25 locations per business."));
                    }
                }
            }
            default -> { }
        }
        return out;
    }

    @Override
    public String summary(String type, Map<String, Object> value) {
        return switch (type) {
            case "NEGATIVE_KEYWORD_TARGETING" -> Json.strings(value, "blocked_keywords").size() + " blocked keywords";
            case "CUSTOM_RADIUS_TARGETING" -> value.get("custom_radius") == null ? "Yelp's radius" : "Radius " + value.get("custom_radius") + " mi";
            case "AD_GOAL" -> "Goal " + value.get("ad_goal");
            default -> isActive(type, value) ? "On" : "Off";
        };
    }

    @Override
    public boolean isActive(String type, Map<String, Object> value) {
        return switch (type) {
            case "NEGATIVE_KEYWORD_TARGETING" -> !Json.strings(value, "blocked_keywords").isEmpty();
            case "AD_GOAL" -> !"DEFAULT".equals(value.get("ad_goal"));
            case "STRICT_CATEGORY_TARGETING" -> Json.bool(value, "enabled");
            case "AD_SCHEDULING" -> Json.bool(value, "uses_opening_hours");
            case "CALL_TRACKING" -> Json.bool(value, "enabled");
            case "BUSINESS_HIGHLIGHTS" -> !Json.strings(value, "active_business_highlights").isEmpty();
            case "VERIFIED_LICENSE" -> !Json.objects(value, "licenses").isEmpty();
            case "CUSTOM_LOCATION_TARGETING" -> !Json.objects(value, "businesses").isEmpty();
            case "YELP_PORTFOLIO" -> !Json.objects(value, "projects").isEmpty();
            default -> value.values().stream().anyMatch(v -> v != null);
        };
    }

    final FakePortfolio portfolio = new FakePortfolio();

    @Override
    public PortfolioGateway portfolio() {
        return portfolio;
    }

    @Override
    public synchronized void saveDataIngestionCredentials(String username, char[] password) {
        ingestionUser = username;
        noAccess = false;
    }

    @Override
    public synchronized SaveAnswer save(String programId, String type, Map<String, Object> opened, Map<String, Object> value,
                                        boolean overwrite) throws FeatureCallException {
        FeatureCopy now = read(programId);
        Map<String, Object> atYelp = now.features().get(type);
        if (!overwrite && !java.util.Objects.equals(opened == null ? null : opened, atYelp)) {
            return new SaveAnswer(false, now);
        }
        return new SaveAnswer(true, save(programId, type, value));
    }

    /** Someone changes the feature at Yelp directly. */
    synchronized void changeAtYelp(String programId, String type, Map<String, Object> value) {
        program(programId).put(type, value);
    }

    /** A copy as if read at {@code at}. */
    synchronized void keepCopy(String programId, Instant at) {
        kept.put(programId, new FeatureCopy(programId, "CPC", program(programId), at));
    }
}
