package io.adsdesk.app;

import io.adsdesk.model.feature.BusinessHighlights;
import io.adsdesk.model.feature.CustomRadius;
import io.adsdesk.model.feature.Feature;
import io.adsdesk.model.feature.NegativeKeywords;
import io.adsdesk.model.feature.UnknownFeature;
import io.adsdesk.ui.features.FeatureGateway;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editors' maps read as the model's feature records, checked by the model's validator, and back. */
class FeatureServiceGatewayTest {
    private final FeatureServiceGateway gateway = new FeatureServiceGateway(null, null, c -> null);

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @Test
    void everyEditorsValueIsReadAsItsRecord() {
        Map<String, Map<String, Object>> values = new LinkedHashMap<>();
        values.put("LINK_TRACKING", map("website", "utm_source=yelp", "menu", null, "call_to_action", null));
        values.put("NEGATIVE_KEYWORD_TARGETING", map("blocked_keywords", List.of("free")));
        values.put("STRICT_CATEGORY_TARGETING", map("enabled", true));
        values.put("AD_SCHEDULING", map("uses_opening_hours", true));
        values.put("CUSTOM_LOCATION_TARGETING", map("businesses", List.of(map("business_id", "b1", "locations", List.of("94103")))));
        values.put("AD_GOAL", map("ad_goal", "CALLS"));
        values.put("CALL_TRACKING", map("enabled", true, "businesses", List.of(map("business_id", "b1", "metered_phone_number", "(415) 555-0100"))));
        values.put("BUSINESS_HIGHLIGHTS", map("business_highlights", List.of("FAMILY_OWNED")));
        values.put("VERIFIED_LICENSE", map("licenses", List.of(map("license_number", "CA-1", "license_expiry_date", null,
                "license_trade", null, "license_issuing_agency", null))));
        values.put("CUSTOM_RADIUS_TARGETING", map("custom_radius", 15.0));
        values.put("CUSTOM_AD_TEXT", map("custom_text", "Family plumbers since 1982.", "custom_review_id", null));
        values.put("CUSTOM_AD_PHOTO", map("custom_photo_id", "photo_123"));
        values.put("BUSINESS_LOGO", map("business_logo_url", "https://example.com/logo.png"));
        values.put("YELP_PORTFOLIO", map("projects", List.of(map("project_id", "proj-1", "published", true))));
        values.forEach((type, value) -> {
            Feature f = FeatureServiceGateway.feature(type, value);
            assertFalse(f instanceof UnknownFeature, type + " is read as its record");
            assertTrue(f.active(), type + " is on");
            assertEquals(List.of(), gateway.validate(type, value), type + " is valid");
        });
        assertEquals(List.of("FAMILY_OWNED"), ((BusinessHighlights) FeatureServiceGateway.feature("BUSINESS_HIGHLIGHTS",
                values.get("BUSINESS_HIGHLIGHTS"))).activeHighlights());
        assertEquals(0, new java.math.BigDecimal("15").compareTo(((CustomRadius) FeatureServiceGateway.feature(
                "CUSTOM_RADIUS_TARGETING", values.get("CUSTOM_RADIUS_TARGETING"))).miles()));
    }

    @Test
    void theModelsProblemsGoBesideTheEditorsFields() {
        List<FeatureGateway.FeatureProblem> radius = gateway.validate("CUSTOM_RADIUS_TARGETING", map("custom_radius", 61.0));
        assertEquals(1, radius.size());
        assertEquals("custom_radius", radius.getFirst().field());
        assertEquals("Enter a number of miles, such as 15.",
                gateway.validate("CUSTOM_RADIUS_TARGETING", map("custom_radius", Double.NaN)).getFirst().message());
        List<String> locations = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26");
        assertEquals("businesses", gateway.validate("CUSTOM_LOCATION_TARGETING",
                map("businesses", List.of(map("business_id", "b1", "locations", locations)))).getFirst().field());
        assertFalse(gateway.validate("CUSTOM_AD_TEXT", map("custom_text", "see https://x.com now please", "custom_review_id", null)).isEmpty());
        assertFalse(gateway.validateProject(map("name", "", "description", "d", "service_offerings", List.of())).isEmpty());
        assertEquals("name", gateway.validateProject(map("name", "", "description", "d", "service_offerings", List.of())).getFirst().field());
    }

    @Test
    void recordsBecomeMapsWithTheirReadOnlyFields() {
        Map<String, Object> m = FeatureServiceGateway.map(new NegativeKeywords(List.of("jobs"), List.of("free")));
        assertEquals(List.of("jobs"), m.get("suggested_keywords"));
        assertEquals(List.of("free"), m.get("blocked_keywords"));
        Map<String, Object> unknown = FeatureServiceGateway.map(new UnknownFeature("NEW_TYPE", "{\"a\": [1]}"));
        assertEquals(Map.of("a", List.of(1)), unknown);
        assertInstanceOf(String.class, gateway.summary("AD_GOAL", map("ad_goal", "CALLS")));
        assertEquals("Maximize calls", gateway.summary("AD_GOAL", map("ad_goal", "CALLS")));
    }
}
