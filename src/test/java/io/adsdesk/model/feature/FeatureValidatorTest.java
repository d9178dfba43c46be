package io.adsdesk.model.feature;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeatureValidatorTest {

    private static List<String> fields(Feature f) {
        return FeatureValidator.validate(f).stream().map(FieldProblem::field).toList();
    }

    private static String onlyMessage(Feature f) {
        List<FieldProblem> p = FeatureValidator.validate(f);
        assertEquals(1, p.size(), p.toString());
        return p.getFirst().message();
    }

    @Test
    void everyTypeHasAValidValue() {
        List<Feature> valid = List.of(
                new LinkTracking("https://example.com/?utm_source=yelp", "utm_source=yelp&utm_medium=cpc", null),
                new NegativeKeywords(List.of("jobs"), List.of("jobs", "free")),
                new StrictCategoryTargeting(true), new AdScheduling(false),
                new CustomLocations(List.of(new CustomLocations.BusinessLocations("b1",
                        java.util.stream.IntStream.range(0, 25).mapToObj(i -> "941" + (10 + i)).toList()))),
                new AdGoal(AdGoal.Goal.WEBSITE_CLICKS),
                new CallTracking(true, List.of(new CallTracking.TrackedNumber("b1", "4155550100"))),
                new BusinessHighlights(List.of("FAMILY_OWNED"), List.of("FAMILY_OWNED", "LOCALLY_OWNED", "NATIONAL_CHAIN"),
                        List.of(List.of("LOCALLY_OWNED", "NATIONAL_CHAIN"))),
                new VerifiedLicenses(List.of(new VerifiedLicenses.License("C-10 123", "2027-01-31", "Electrical", "CSLB"))),
                new CustomRadius(new BigDecimal("60")), new CustomRadius(BigDecimal.ONE), CustomRadius.off(),
                new CustomAdText(null, "Family plumbers since 1982, open on weekends."),
                new CustomAdText("review_123", null), CustomAdText.automatic(),
                new CustomAdPhoto("photo_ABC-1"), new BusinessLogo("https://cdn.example.com/logo.png"),
                new Portfolio(List.of(new Portfolio.ProjectRef("proj_1", true))));
        for (Feature f : valid) {
            assertEquals(List.of(), FeatureValidator.validate(f), f.typeName());
        }
    }

    @Test
    void radiusLimits() {
        assertEquals("the radius must be between 1 and 60 miles", onlyMessage(new CustomRadius(new BigDecimal("0.5"))));
        assertEquals(List.of("custom_radius"), fields(new CustomRadius(new BigDecimal("60.5"))));
        assertEquals(List.of(), fields(new CustomRadius(new BigDecimal("15.5"))));
    }

    @Test
    void atMost25LocationsPerBusiness() {
        List<String> many = java.util.stream.IntStream.range(0, 26).mapToObj(i -> "9410" + i).toList();
        CustomLocations c = new CustomLocations(List.of(new CustomLocations.BusinessLocations("b1", many.subList(0, 25)),
                new CustomLocations.BusinessLocations("b2", many)));

        assertEquals(List.of("businesses[1].locations"), fields(c));
        assertTrue(onlyMessage(c).contains("at most 25 locations"));
    }

    @Test
    void adTextRules() {
        assertEquals("must be at least 15 characters long", onlyMessage(new CustomAdText(null, "Too short")));
        assertTrue(onlyMessage(new CustomAdText(null, "a".repeat(1501))).startsWith("must not exceed 1500 characters"));
        assertEquals(List.of(), fields(new CustomAdText(null, "a".repeat(1500))));
        assertEquals(List.of(), fields(new CustomAdText(null, "a".repeat(15))));
        assertEquals("cannot contain URLs", onlyMessage(new CustomAdText(null, "Visit www.plumbers.example for a quote")));
        assertEquals("cannot contain URLs", onlyMessage(new CustomAdText(null, "See https://x.test/a today please")));
        assertEquals("only one of a review or a custom text can be set",
                onlyMessage(new CustomAdText("r1", "A perfectly fine text here")));
        assertEquals("too many capital letters", onlyMessage(new CustomAdText(null, "BEST PLUMBERS in town")));
        assertEquals("too many consecutive capital letters", onlyMessage(new CustomAdText(null, "The plumbers you TRUSTED for years")));
        assertEquals("cannot be only numbers", onlyMessage(new CustomAdText(null, "1234567890 12345")));
        assertEquals("at most 3 exclamation marks", onlyMessage(new CustomAdText(null, "Call now! Today! Fast! Cheap!")));
    }

    @Test
    void mutuallyExclusiveHighlightsCannotBothBeOn() {
        BusinessHighlights h = new BusinessHighlights(List.of("LOCALLY_OWNED", "NATIONAL_CHAIN"),
                List.of("LOCALLY_OWNED", "NATIONAL_CHAIN"), List.of(List.of("LOCALLY_OWNED", "NATIONAL_CHAIN")));

        assertEquals("LOCALLY_OWNED and NATIONAL_CHAIN cannot both be on", onlyMessage(h));
        assertEquals(List.of("NATIONAL_CHAIN"), h.toggle("NATIONAL_CHAIN", true).activeHighlights(), "turning one on turns its partner off");
        assertEquals(List.of("business_highlights"), fields(new BusinessHighlights(List.of("MADE_UP"), List.of("FAMILY_OWNED"), List.of())));
    }

    @Test
    void badValuesOfTheOtherTypes() {
        assertEquals(List.of("website"), fields(new LinkTracking("not a link", null, null)));
        assertEquals(List.of("blocked_keywords"), fields(new NegativeKeywords(List.of(), List.of("k".repeat(256)))));
        assertEquals(List.of("businesses[0].metered_phone_number"),
                fields(new CallTracking(true, List.of(new CallTracking.TrackedNumber("b1", "555-01")))));
        assertEquals(List.of("businesses[0].business_id"), fields(new CustomLocations(List.of(
                new CustomLocations.BusinessLocations(" ", List.of("94103"))))));
        assertEquals(List.of("licenses[0].license_number", "licenses[1].license_expiry_date"), fields(new VerifiedLicenses(List.of(
                new VerifiedLicenses.License(" ", null, null, null), new VerifiedLicenses.License("A1", "2027-02-30", null, null)))));
        assertEquals(List.of("custom_photo_id"), fields(new CustomAdPhoto("a b")));
        assertEquals(List.of("business_logo_url"), fields(new BusinessLogo("https://example.com/logo.bmp")));
        assertEquals(List.of("projects[1].project_id"), fields(new Portfolio(List.of(
                new Portfolio.ProjectRef("proj_1", true), new Portfolio.ProjectRef("proj_1", false)))));
    }

    @Test
    void unsupportedAndUnknownTypesAreRefusedForTheProgram() {
        ProgramFeatures program = new ProgramFeatures("p1", "CPC", Map.of("AD_GOAL", new AdGoal(AdGoal.Goal.DEFAULT)), null);

        List<FieldProblem> p = FeatureValidator.validate(program, List.of(new AdGoal(AdGoal.Goal.CALLS),
                new StrictCategoryTargeting(true), new UnknownFeature("SERVICE_OFFERINGS_TARGETING", "{}")));

        assertEquals(List.of("STRICT_CATEGORY_TARGETING: program p1 does not support this feature",
                "SERVICE_OFFERINGS_TARGETING: AdsDesk does not know this feature type, so it cannot change it"),
                p.stream().map(FieldProblem::line).toList());
    }
}
