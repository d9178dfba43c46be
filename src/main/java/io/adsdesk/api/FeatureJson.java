package io.adsdesk.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.adsdesk.model.feature.AdGoal;
import io.adsdesk.model.feature.AdScheduling;
import io.adsdesk.model.feature.BusinessHighlights;
import io.adsdesk.model.feature.BusinessLogo;
import io.adsdesk.model.feature.CallTracking;
import io.adsdesk.model.feature.CustomAdPhoto;
import io.adsdesk.model.feature.CustomAdText;
import io.adsdesk.model.feature.CustomLocations;
import io.adsdesk.model.feature.CustomRadius;
import io.adsdesk.model.feature.Feature;
import io.adsdesk.model.feature.FeatureType;
import io.adsdesk.model.feature.LinkTracking;
import io.adsdesk.model.feature.NegativeKeywords;
import io.adsdesk.model.feature.Portfolio;
import io.adsdesk.model.feature.ProgramFeatures;
import io.adsdesk.model.feature.StrictCategoryTargeting;
import io.adsdesk.model.feature.UnknownFeature;
import io.adsdesk.model.feature.VerifiedLicenses;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Program Feature API's JSON and the model's feature records, both ways. Reading is lenient (a
 * missing field is its "off" value; an unreadable known type is kept as {@link UnknownFeature} so it
 * is never lost); writing gives the POST body objects.
 */
public final class FeatureJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private FeatureJson() {
    }

    /** A GET (or POST/DELETE) answer: {@code {"program_id","program_type","features":{...}}}. */
    public static ProgramFeatures read(JsonNode root, String programId, Instant readAt) {
        String id = root.path("program_id").isValueNode() ? root.path("program_id").asText() : programId;
        String type = root.path("program_type").isTextual() ? root.path("program_type").asText() : null;
        Map<String, Feature> features = new LinkedHashMap<>();
        JsonNode map = root.path("features");
        for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            features.put(e.getKey(), feature(e.getKey(), e.getValue()));
        }
        return new ProgramFeatures(id == null || id.isBlank() ? programId : id, type, features, readAt);
    }

    /** Reads the GET shape from text (the registry's copy, a file). */
    public static ProgramFeatures read(String json, String programId, Instant readAt) {
        try {
            return read(MAPPER.readTree(json), programId, readAt);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A POST body as a file holds it ({@code TYPE → object}), each entry read as its feature record. */
    public static List<Feature> readChanges(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the file is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root != null && root.has("features") && root.path("features").isObject()) {
            root = root.path("features");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the file must hold a JSON object of feature type to value");
        }
        List<Feature> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isObject()) {
                throw new IllegalArgumentException(e.getKey() + ": the value must be a JSON object");
            }
            FeatureType type = FeatureType.of(e.getKey()).orElse(null);
            if (type == null) {
                out.add(new UnknownFeature(e.getKey(), text(e.getValue())));
                continue;
            }
            try {
                out.add(known(type, e.getValue()));
            } catch (RuntimeException unreadable) {
                throw new IllegalArgumentException(e.getKey() + ": a value is not one Yelp accepts ("
                        + unreadable.getClass().getSimpleName() + ")", unreadable);
            }
        }
        return out;
    }

    /** The GET shape of these features (what {@code features show --json} prints and the registry keeps). */
    public static String write(ProgramFeatures features) {
        ObjectNode root = F.objectNode();
        root.put("program_id", features.programId());
        root.put("program_type", features.programType());
        ObjectNode map = root.putObject("features");
        for (Feature f : features.features().values()) {
            map.set(f.typeName(), object(f, true));
        }
        return text(root);
    }

    /** The POST body for these changes. Unknown types are refused: AdsDesk never sends what it does not understand. */
    static ObjectNode postBody(List<Feature> changes) {
        ObjectNode body = F.objectNode();
        for (Feature f : changes) {
            if (f instanceof UnknownFeature) {
                throw new IllegalArgumentException("cannot send unknown feature type " + f.typeName());
            }
            body.set(f.typeName(), object(f, false));
        }
        return body;
    }

    /** One feature's object; {@code full} adds the read-only fields (suggestions, availability) of the GET shape. */
    public static JsonNode object(Feature feature, boolean full) {
        ObjectNode o = F.objectNode();
        switch (feature) {
            case LinkTracking l -> {
                o.put("website", l.website());
                o.put("menu", l.menu());
                o.put("call_to_action", l.callToAction());
            }
            case NegativeKeywords k -> {
                if (full) {
                    strings(o.putArray("suggested_keywords"), k.suggestedKeywords());
                }
                strings(o.putArray("blocked_keywords"), k.blockedKeywords());
            }
            case StrictCategoryTargeting s -> o.put("enabled", s.enabled());
            case AdScheduling s -> o.put("uses_opening_hours", s.usesOpeningHours());
            case CustomLocations c -> {
                ArrayNode list = o.putArray("businesses");
                for (CustomLocations.BusinessLocations b : c.businesses()) {
                    ObjectNode n = list.addObject();
                    n.put("business_id", b.businessId());
                    strings(n.putArray("locations"), b.locations());
                }
            }
            case AdGoal g -> o.put("ad_goal", g.goal().name());
            case CallTracking c -> {
                o.put("enabled", c.enabled());
                ArrayNode list = o.putArray("businesses");
                for (CallTracking.TrackedNumber n : c.businesses()) {
                    ObjectNode b = list.addObject();
                    b.put("business_id", n.businessId());
                    b.put("metered_phone_number", n.meteredPhoneNumber());
                }
            }
            case BusinessHighlights h -> {
                if (full) {
                    strings(o.putArray("active_business_highlights"), h.activeHighlights());
                    strings(o.putArray("available_business_highlights"), h.available());
                    ArrayNode pairs = o.putArray("mutually_exclusive_business_highlights");
                    h.mutuallyExclusive().forEach(group -> strings(pairs.addArray(), group));
                } else {
                    strings(o.putArray("business_highlights"), h.activeHighlights());
                }
            }
            case VerifiedLicenses v -> {
                ArrayNode list = o.putArray("licenses");
                for (VerifiedLicenses.License l : v.licenses()) {
                    ObjectNode n = list.addObject();
                    n.put("license_number", l.licenseNumber());
                    putIfSet(n, "license_expiry_date", l.licenseExpiryDate());
                    putIfSet(n, "license_trade", l.licenseTrade());
                    putIfSet(n, "license_issuing_agency", l.licenseIssuingAgency());
                    if (full) {
                        putIfSet(n, "license_verification_status", l.verificationStatus());
                        putIfSet(n, "license_verification_failure_reason", l.verificationFailureReason());
                    }
                }
            }
            case CustomRadius r -> o.put("custom_radius", r.miles());
            case CustomAdText a -> {
                o.put("custom_review_id", a.customReviewId());
                o.put("custom_text", a.customText());
            }
            case CustomAdPhoto a -> o.put("custom_photo_id", a.customPhotoId());
            case BusinessLogo b -> o.put("business_logo_url", b.businessLogoUrl());
            case Portfolio p -> {
                ArrayNode list = o.putArray("projects");
                for (Portfolio.ProjectRef r : p.projects()) {
                    list.addObject().put("project_id", r.projectId()).put("published", r.published());
                }
            }
            case UnknownFeature u -> {
                try {
                    return MAPPER.readTree(u.json());
                } catch (JsonProcessingException e) {
                    return F.textNode(u.json());
                }
            }
        }
        return o;
    }

    /** One feature from its object; a known type that cannot be read is kept as raw JSON rather than lost. */
    static Feature feature(String typeName, JsonNode o) {
        FeatureType type = FeatureType.of(typeName).orElse(null);
        if (type == null || !o.isObject()) {
            return new UnknownFeature(typeName, text(o));
        }
        try {
            return known(type, o);
        } catch (RuntimeException unreadable) {
            return new UnknownFeature(typeName, text(o));
        }
    }

    private static Feature known(FeatureType type, JsonNode o) {
        return switch (type) {
            case LINK_TRACKING -> new LinkTracking(str(o, "website"), str(o, "menu"), str(o, "call_to_action"));
            case NEGATIVE_KEYWORD_TARGETING -> new NegativeKeywords(strings(o.path("suggested_keywords")), strings(o.path("blocked_keywords")));
            case STRICT_CATEGORY_TARGETING -> new StrictCategoryTargeting(o.path("enabled").asBoolean(false));
            case AD_SCHEDULING -> new AdScheduling(o.path("uses_opening_hours").asBoolean(false));
            case CUSTOM_LOCATION_TARGETING -> {
                List<CustomLocations.BusinessLocations> list = new ArrayList<>();
                for (JsonNode b : o.path("businesses")) {
                    list.add(new CustomLocations.BusinessLocations(str(b, "business_id"), strings(b.path("locations"))));
                }
                yield new CustomLocations(list);
            }
            case AD_GOAL -> {
                String g = str(o, "ad_goal");
                yield new AdGoal(g == null ? AdGoal.Goal.DEFAULT : AdGoal.Goal.valueOf(g.toUpperCase(Locale.ROOT)));
            }
            case CALL_TRACKING -> {
                List<CallTracking.TrackedNumber> list = new ArrayList<>();
                for (JsonNode b : o.path("businesses")) {
                    list.add(new CallTracking.TrackedNumber(str(b, "business_id"), str(b, "metered_phone_number")));
                }
                yield new CallTracking(o.path("enabled").asBoolean(false), list);
            }
            case BUSINESS_HIGHLIGHTS -> {
                JsonNode active = o.has("active_business_highlights") ? o.path("active_business_highlights") : o.path("business_highlights");
                List<List<String>> groups = new ArrayList<>();
                for (JsonNode g : o.path("mutually_exclusive_business_highlights")) {
                    groups.add(strings(g));
                }
                yield new BusinessHighlights(strings(active), strings(o.path("available_business_highlights")), groups);
            }
            case VERIFIED_LICENSE -> {
                List<VerifiedLicenses.License> list = new ArrayList<>();
                for (JsonNode l : o.path("licenses")) {
                    list.add(new VerifiedLicenses.License(str(l, "license_number"), str(l, "license_expiry_date"),
                            str(l, "license_trade"), str(l, "license_issuing_agency"),
                            str(l, "license_verification_status"), str(l, "license_verification_failure_reason")));
                }
                yield new VerifiedLicenses(list);
            }
            case CUSTOM_RADIUS_TARGETING -> {
                JsonNode r = o.path("custom_radius");
                yield new CustomRadius(r.isNumber() ? r.decimalValue() : r.isTextual() ? new BigDecimal(r.asText().trim()) : null);
            }
            case CUSTOM_AD_TEXT -> new CustomAdText(str(o, "custom_review_id"), str(o, "custom_text"));
            case CUSTOM_AD_PHOTO -> new CustomAdPhoto(str(o, "custom_photo_id"));
            case BUSINESS_LOGO -> new BusinessLogo(str(o, "business_logo_url"));
            case YELP_PORTFOLIO -> {
                List<Portfolio.ProjectRef> list = new ArrayList<>();
                for (JsonNode p : o.path("projects")) {
                    list.add(new Portfolio.ProjectRef(str(p, "project_id"), p.path("published").asBoolean(false)));
                }
                yield new Portfolio(list);
            }
        };
    }

    private static String str(JsonNode o, String field) {
        JsonNode n = o.path(field);
        return n.isNull() || n.isMissingNode() ? null : n.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            if (n.isValueNode() && !n.isNull()) {
                out.add(n.asText());
            }
        }
        return out;
    }

    private static void strings(ArrayNode target, List<String> values) {
        values.forEach(target::add);
    }

    private static void putIfSet(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }

    static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            return String.valueOf(node);
        }
    }
}
