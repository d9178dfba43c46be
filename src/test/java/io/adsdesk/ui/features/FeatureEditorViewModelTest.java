package io.adsdesk.ui.features;

import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One feature's editor, without a stage: local checks first, the conflict check, Yelp's refusal in words. */
class FeatureEditorViewModelTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-15T17:00:00Z"));
    private final FakeFeatureGateway yelp = new FakeFeatureGateway(clock);
    private final FeaturesViewModel features = new FeaturesViewModel(new CurrentThreadTaskExecutor(), clock);

    @BeforeEach
    void open() {
        features.setGateway(yelp);
        features.show("p1", List.of());
    }

    private FeatureEditorViewModel radiusEditor() {
        FeatureEditorViewModel editor = features.editor("CUSTOM_RADIUS_TARGETING");
        editor.setShownFields(Set.of("custom_radius"));
        return editor;
    }

    @Test
    void anInvalidValueGetsItsMessageBesideTheFieldAndNothingIsSent() {
        FeatureEditorViewModel editor = radiusEditor();
        editor.save(Json.object("custom_radius", 61.0));

        assertEquals("The radius must be between 1 and 60 miles.", editor.errorProperty("custom_radius").get());
        assertEquals("Please correct the highlighted value; nothing was sent.", editor.messageProperty().get());
        assertEquals(FeatureEditorViewModel.State.EDITING, editor.stateProperty().get());
        assertTrue(yelp.sent.isEmpty());
    }

    @Test
    void aValidValueIsSavedAndTheSectionShowsIt() {
        FeatureEditorViewModel editor = radiusEditor();
        editor.save(Json.object("custom_radius", 15.0));

        assertEquals(FeatureEditorViewModel.State.SAVED, editor.stateProperty().get());
        assertEquals(List.of("p1 CUSTOM_RADIUS_TARGETING"), yelp.sent);
        assertEquals("Radius 15.0 mi", features.items().stream().filter(i -> i.type().equals("CUSTOM_RADIUS_TARGETING"))
                .findFirst().orElseThrow().summary());
    }

    @Test
    void aChangeAtYelpSinceOpeningIsShownBeforeAnythingIsSent() {
        FeatureEditorViewModel editor = radiusEditor();
        yelp.changeAtYelp("p1", "CUSTOM_RADIUS_TARGETING", Json.object("custom_radius", 25.0));

        editor.save(Json.object("custom_radius", 15.0));

        assertEquals(FeatureEditorViewModel.State.CONFLICT, editor.stateProperty().get());
        assertEquals(List.of("When you opened it: Yelp's radius", "Now at Yelp: Radius 25.0 mi", "Your edit: Radius 15.0 mi",
                "Custom radius: was empty, now 25.0 at Yelp"), editor.conflictChanges());
        assertTrue(editor.messageProperty().get().startsWith("Someone changed this feature at Yelp after you opened it, so nothing was sent."));
        assertTrue(yelp.sent.isEmpty(), "nothing sent before the user decides");

        editor.keepMine();

        assertEquals(FeatureEditorViewModel.State.SAVED, editor.stateProperty().get());
        assertEquals(15.0, yelp.program("p1").get("CUSTOM_RADIUS_TARGETING").get("custom_radius"));
    }

    @Test
    void takingYelpsValueAfterAConflictSendsNothingAndTheSectionShowsYelps() {
        FeatureEditorViewModel editor = radiusEditor();
        yelp.changeAtYelp("p1", "CUSTOM_RADIUS_TARGETING", Json.object("custom_radius", 25.0));
        editor.save(Json.object("custom_radius", 15.0));

        editor.takeYelps();

        assertEquals(FeatureEditorViewModel.State.TOOK_YELPS, editor.stateProperty().get());
        assertEquals("Kept Yelp's value; nothing was sent.", editor.messageProperty().get());
        assertTrue(yelp.sent.isEmpty());
        assertEquals("Radius 25.0 mi", features.items().stream().filter(i -> i.type().equals("CUSTOM_RADIUS_TARGETING"))
                .findFirst().orElseThrow().summary());
    }

    @Test
    void goingBackAfterAConflictSendsNothing() {
        FeatureEditorViewModel editor = radiusEditor();
        yelp.changeAtYelp("p1", "CUSTOM_RADIUS_TARGETING", Json.object("custom_radius", 25.0));
        editor.save(Json.object("custom_radius", 15.0));
        editor.keepEditing();

        assertEquals(FeatureEditorViewModel.State.EDITING, editor.stateProperty().get());
        assertTrue(editor.conflictChanges().isEmpty());
        assertTrue(yelp.sent.isEmpty());
    }

    @Test
    void anErrorForAFieldTheFormDoesNotShowGoesBesideTheWholeFeature() {
        FeatureEditorViewModel editor = features.editor("CUSTOM_AD_TEXT");
        editor.setShownFields(Set.of("custom_review_id"));
        editor.save(Json.object("custom_text", "short", "custom_review_id", null));

        assertEquals("The text must be 15 to 1,500 characters long.", editor.errorProperty(FeatureEditorViewModel.WHOLE).get());
    }

    @Test
    void yelpsRefusalIsShownInPlainWords() {
        FeatureEditorViewModel editor = radiusEditor();
        yelp.offline = true;
        editor.save(Json.object("custom_radius", 15.0));

        assertEquals(FeatureEditorViewModel.State.EDITING, editor.stateProperty().get());
        assertEquals("Nothing was saved. Yelp could not be reached: connection refused", editor.messageProperty().get());
        assertEquals("Yelp refused the change: The radius must be between 1 and 60 miles.", FeatureEditorViewModel.plain(
                new FeatureCallException(FeatureCallException.Kind.REJECTED, "The radius must be between 1 and 60 miles.")));
    }

    @Test
    void changesListEveryFieldThatDiffers() {
        assertEquals(List.of("Ad goal: was \"DEFAULT\", now \"CALLS\" at Yelp"),
                FeatureEditorViewModel.changes(Map.of("ad_goal", "DEFAULT"), Map.of("ad_goal", "CALLS")));
    }
}
