package io.adsdesk.ui.features;

import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bulk feature changes, without a stage. */
class BulkFeaturesViewModelTest {
    private final FakeFeatureGateway yelp = new FakeFeatureGateway(new MutableClock(Instant.parse("2026-03-15T17:00:00Z")));
    private final List<String> twenty = IntStream.range(0, 20).mapToObj(i -> "p" + i).toList();

    private BulkFeaturesViewModel model(List<String> ids) {
        return new BulkFeaturesViewModel(yelp, new CurrentThreadTaskExecutor(), ids);
    }

    @Test
    void theSameKeywordsAreBlockedOnEveryProgramLowerCasedOnce() throws Exception {
        yelp.save("p3", "NEGATIVE_KEYWORD_TARGETING", Json.object("blocked_keywords", List.of("diy")));
        BulkFeaturesViewModel model = model(twenty);
        model.keywordsTextProperty().set("Free, DIY\nfree");
        model.apply();

        assertEquals(BulkFeaturesViewModel.State.DONE, model.stateProperty().get());
        assertEquals(20, model.results().size());
        assertTrue(model.results().stream().allMatch(FeatureGateway.BulkOutcome::ok));
        assertEquals(1.0, model.progressProperty().get());
        assertEquals("20 of 20 programs changed.", model.messageProperty().get());
        assertEquals(List.of("free", "diy"), Json.strings(yelp.program("p0").get("NEGATIVE_KEYWORD_TARGETING"), "blocked_keywords"));
        assertEquals(List.of("diy", "free"), Json.strings(yelp.program("p3").get("NEGATIVE_KEYWORD_TARGETING"), "blocked_keywords"),
                "keywords already blocked stay, once");
    }

    @Test
    void withoutKeywordsNothingIsSent() {
        BulkFeaturesViewModel model = model(twenty);
        model.keywordsTextProperty().set(" ,\n");
        model.apply();

        assertEquals("Type at least one keyword to block.", model.errorProperty().get());
        assertEquals(BulkFeaturesViewModel.State.EDITING, model.stateProperty().get());
        assertTrue(yelp.sent.isEmpty());
    }

    @Test
    void eachProgramsFailureIsReportedAndTheOthersStillChange() {
        yelp.refusing.add("p2");
        BulkFeaturesViewModel model = model(List.of("p1", "p2", "p3"));
        model.kindProperty().set(BulkFeaturesViewModel.Kind.AD_GOAL);
        model.goalProperty().set("WEBSITE_CLICKS");
        model.apply();

        assertEquals(List.of(new FeatureGateway.BulkOutcome("p1", null), new FeatureGateway.BulkOutcome("p2", "the program has ended"),
                new FeatureGateway.BulkOutcome("p3", null)), model.results());
        assertEquals("2 of 3 programs changed; 1 failed (see below).", model.messageProperty().get());
        assertEquals("WEBSITE_CLICKS", yelp.program("p3").get("AD_GOAL").get("ad_goal"));
    }

    @Test
    void switchesAreTurnedOnAndOff() {
        BulkFeaturesViewModel on = model(List.of("p1"));
        on.kindProperty().set(BulkFeaturesViewModel.Kind.STRICT_ON);
        on.apply();
        BulkFeaturesViewModel off = model(List.of("p1"));
        off.kindProperty().set(BulkFeaturesViewModel.Kind.SCHEDULING_OFF);
        off.apply();

        assertEquals(true, yelp.program("p1").get("STRICT_CATEGORY_TARGETING").get("enabled"));
        assertEquals(false, yelp.program("p1").get("AD_SCHEDULING").get("uses_opening_hours"));
        assertEquals("Turn strict category targeting on", new BulkFeatureChange.StrictCategoryTargeting(true).describe());
    }
}
