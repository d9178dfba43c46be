package io.adsdesk.model.feature;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeatureSummaryTest {

    @Test
    void summariesReadAsTheIssueShows() {
        assertEquals("12 blocked keywords", new NegativeKeywords(List.of(),
                java.util.stream.IntStream.range(0, 12).mapToObj(i -> "k" + i).toList()).summary());
        assertEquals("Radius 15 mi (24 km)", new CustomRadius(new BigDecimal("15")).summary());
        assertEquals("Radius 12.5 mi (20 km)", new CustomRadius(new BigDecimal("12.50")).summary());
        assertEquals("Calls tracked on (415) 555-0100", new CallTracking(true,
                List.of(new CallTracking.TrackedNumber("b", "415.555.0100"))).summary());
        assertEquals("Off", new CallTracking(false, List.of()).summary());
        assertEquals("Maximize calls", new AdGoal(AdGoal.Goal.CALLS).summary());
        assertEquals("Off: standard optimization", new AdGoal(AdGoal.Goal.DEFAULT).summary(), "the off badge and its line agree");
        assertEquals("2 projects, 1 published", new Portfolio(List.of(new Portfolio.ProjectRef("a1b", true),
                new Portfolio.ProjectRef("c2d", false))).summary());
        assertEquals("1 location", new CustomLocations(List.of(new CustomLocations.BusinessLocations("b", List.of("94103")))).summary());
    }

    @Test
    void keywordsAreLowerCasedAndDeduplicated() {
        assertEquals(List.of("hvac jobs", "free"), Keywords.parse(" HVAC  Jobs, hvac jobs\nFree;;free "));
        Keywords.Merge m = Keywords.merge(List.of("free"), List.of("FREE", "diy", "Diy"));
        assertEquals(List.of("free", "diy"), m.keywords());
        assertEquals(1, m.added());
        assertEquals(1, m.skipped());
    }

    @Test
    void phoneNumbersAreFormatted() {
        assertEquals("(415) 555-0100", PhoneNumbers.format("4155550100"));
        assertEquals("+1 (415) 555-0100", PhoneNumbers.format("+14155550100"));
        assertEquals("(415) 555-0100", PhoneNumbers.format("1-415-555-0100"));
        assertEquals("555-01", PhoneNumbers.format(" 555-01 "));
        assertEquals(null, PhoneNumbers.format("  "));
    }

    @Test
    void activeFollowsTheDashboardRules() {
        assertFalse(LinkTracking.off().active());
        assertTrue(new LinkTracking(null, "utm_source=yelp", null).active());
        assertFalse(new AdGoal(AdGoal.Goal.DEFAULT).active());
        assertFalse(new CustomLocations(List.of(new CustomLocations.BusinessLocations("b", Collections.emptyList()))).active());
        assertTrue(new UnknownFeature("X", "{\"a\":1}").active());
        assertFalse(new UnknownFeature("X", "{ }").editable());
    }

    @Test
    void changedSinceNamesTypesThatDiffer() {
        ProgramFeatures opened = new ProgramFeatures("p", "CPC", java.util.Map.of("AD_GOAL", new AdGoal(AdGoal.Goal.DEFAULT),
                "AD_SCHEDULING", new AdScheduling(false)), null);
        ProgramFeatures now = opened.merge(List.of(new AdGoal(AdGoal.Goal.CALLS)), null);

        assertEquals(List.of("AD_GOAL"), now.changedSince(opened));
        assertEquals(List.of(), opened.changedSince(opened));
    }
}
