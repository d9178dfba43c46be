package io.adsdesk.ui.features;

import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Features section's view model, without a stage. */
class FeaturesViewModelTest {
    private static final Instant NOW = Instant.parse("2026-03-15T17:00:00Z");
    private final MutableClock clock = new MutableClock(NOW);
    private final FakeFeatureGateway yelp = new FakeFeatureGateway(clock);
    private final FeaturesViewModel model = new FeaturesViewModel(new CurrentThreadTaskExecutor(), clock);

    private FeatureItem item(String type) {
        return model.items().stream().filter(i -> i.type().equals(type)).findFirst().orElseThrow();
    }

    @Test
    void everyTypeYelpReturnsIsListedWithItsSummaryActiveOrNot() {
        model.setGateway(yelp);
        model.show("p1", List.of());

        assertEquals(FeaturesState.READY, model.stateProperty().get());
        assertEquals(15, model.items().size());
        assertEquals("0 blocked keywords", item("NEGATIVE_KEYWORD_TARGETING").summary());
        assertFalse(item("NEGATIVE_KEYWORD_TARGETING").active());
        assertTrue(item("YELP_PORTFOLIO").active());
        assertFalse(item(FakeFeatureGateway.UNKNOWN_TYPE).known(), "an unknown type is listed, read-only");
        assertEquals(FakeFeatureGateway.UNKNOWN_TYPE, model.items().getLast().type(), "unknown types come last");
    }

    @Test
    void aCopyYoungerThanTenMinutesIsShownWithoutAskingYelp() {
        yelp.keepCopy("p1", NOW.minus(Duration.ofMinutes(9)));
        yelp.offline = true;
        model.setGateway(yelp);
        model.show("p1", List.of());

        assertEquals(FeaturesState.READY, model.stateProperty().get(), "no read was tried");
        assertEquals(io.adsdesk.ui.common.Formats.dateTime(NOW.minus(Duration.ofMinutes(9))) + " (9 minutes ago)",
                model.readAtProperty().get(), "the time it was read is shown");
    }

    @Test
    void anOlderCopyIsReadAgainWhenTheDetailsOpen() {
        yelp.keepCopy("p1", NOW.minus(Duration.ofMinutes(11)));
        model.setGateway(yelp);
        model.show("p1", List.of());

        assertEquals(NOW, yelp.cached("p1").readAt(), "Yelp was read again");
        assertTrue(model.readAtProperty().get().endsWith("(just now)"));
    }

    @Test
    void offlineTheLastCopyIsShownWithTheTimeItWasRead() {
        yelp.keepCopy("p1", NOW.minus(Duration.ofHours(3)));
        yelp.offline = true;
        model.setGateway(yelp);
        model.show("p1", List.of());

        assertEquals(FeaturesState.OFFLINE, model.stateProperty().get());
        assertEquals(15, model.items().size(), "the copy stays shown");
        assertTrue(model.readAtProperty().get().endsWith("(3 hours ago)"), model.readAtProperty().get());
        assertTrue(model.messageProperty().get().startsWith("Yelp could not be reached; showing the copy read "));
    }

    @Test
    void noFeatureAccessIsSaidInPlainWordsAndCredentialsReadAgain() {
        yelp.noAccess = true;
        model.setGateway(yelp);
        model.show("p1", List.of("AD_GOAL", "CALL_TRACKING"));

        assertEquals(FeaturesState.NO_ACCESS, model.stateProperty().get());
        assertTrue(model.messageProperty().get().contains("Data Ingestion credentials"));
        assertEquals(List.of("AD_GOAL", "CALL_TRACKING"), model.items().stream().map(FeatureItem::type).toList(),
                "the available types are listed, not read yet");

        CredentialsViewModel credentials = new CredentialsViewModel(model);
        credentials.save(" ingest-user ", "secret".toCharArray());

        assertEquals("ingest-user", yelp.ingestionUser);
        assertTrue(credentials.savedProperty().get());
        assertEquals(FeaturesState.READY, model.stateProperty().get(), "the features were read with them");
    }

    @Test
    void credentialsNeedBothFields() {
        model.setGateway(yelp);
        CredentialsViewModel credentials = new CredentialsViewModel(model);
        credentials.save("user", new char[0]);
        assertEquals("Username and password are required.", credentials.errorProperty().get());
        assertEquals(null, yelp.ingestionUser);
    }

    @Test
    void turnOffSendsTheRemovalAndShowsTheFeatureOff() throws Exception {
        model.setGateway(yelp);
        yelp.save("p1", "AD_GOAL", Json.object("ad_goal", "CALLS"));
        model.show("p1", List.of());
        assertTrue(item("AD_GOAL").active());

        model.turnOff("AD_GOAL");

        assertTrue(yelp.sent.contains("p1 remove AD_GOAL"));
        assertFalse(item("AD_GOAL").active());
        assertEquals("Ad goal is off.", model.messageProperty().get());
    }

    @Test
    void withoutAFeatureServiceTheSectionSaysWhy() {
        model.show("p1", List.of("AD_GOAL"));
        assertEquals(FeaturesState.UNAVAILABLE, model.stateProperty().get());
        assertEquals("Features can be read once the account is opened with its password.", model.messageProperty().get());
        assertFalse(model.availableProperty().get(), "bulk feature changes are not offered");
        model.setGateway(yelp);
        assertTrue(model.availableProperty().get());
        assertEquals(FeaturesState.READY, model.stateProperty().get(), "the shown program is read once a service comes");
    }

    @Test
    void anEditorStartsFromTheCopyShown() {
        model.setGateway(yelp);
        model.show("p1", List.of());
        FeatureEditorViewModel editor = model.editor("AD_GOAL");
        assertEquals(Map.of("ad_goal", "DEFAULT"), editor.opened());
        assertNotNull(editor.title());
    }
}
