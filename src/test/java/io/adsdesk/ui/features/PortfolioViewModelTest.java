package io.adsdesk.ui.features;

import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The portfolio and project editors, without a stage. */
class PortfolioViewModelTest {
    private final FakeFeatureGateway yelp = new FakeFeatureGateway(new MutableClock(Instant.parse("2026-03-15T17:00:00Z")));
    private final FeaturesViewModel features = new FeaturesViewModel(new CurrentThreadTaskExecutor(), java.time.Clock.systemUTC());
    private PortfolioViewModel portfolio;

    @BeforeEach
    void open() {
        features.setGateway(yelp);
        features.show("p1", List.of());
        portfolio = features.portfolio();
        portfolio.load();
    }

    private List<Object> publishedAtYelp() {
        return Json.objects(yelp.program("p1").get("YELP_PORTFOLIO"), "projects").stream().map(p -> p.get("published")).toList();
    }

    @Test
    void theProjectsOfTheFeatureAreListedWithTheirNames() {
        assertEquals(List.of(new PortfolioViewModel.ProjectRow("p-1", "Kitchen remodel p-1", false),
                new PortfolioViewModel.ProjectRow("p-2", "Kitchen remodel p-2", false)), portfolio.projects());
    }

    @Test
    void aCreatedProjectIsAddedToTheFeatureAndOpened() {
        AtomicReference<ProjectEditorViewModel> opened = new AtomicReference<>();
        portfolio.create(opened::set);

        String id = opened.get().projectId();
        assertEquals(3, portfolio.projects().size());
        assertTrue(Json.objects(yelp.program("p1").get("YELP_PORTFOLIO"), "projects").stream()
                .anyMatch(p -> id.equals(p.get("project_id"))), "the feature lists the new project");
    }

    @Test
    void aProjectIsSavedOnlyWhenValidAndItsNameShows() {
        ProjectEditorViewModel editor = portfolio.editor("p-1");
        editor.load();
        editor.nameProperty().set("");
        editor.monthTextProperty().set("13");
        editor.offeringsTextProperty().set("a\nb\nc\nd\ne");
        editor.save();

        assertEquals("Project name is required.", editor.errorProperty("name").get());
        assertEquals("Month must be between 1 and 12.", editor.errorProperty("completion_month").get());
        assertEquals("Maximum 4 service offerings allowed.", editor.errorProperty("service_offerings").get());
        assertEquals("Kitchen remodel p-1", yelp.portfolio.projects.get("p-1").get("name"), "nothing was sent");

        editor.nameProperty().set("Bathroom");
        editor.monthTextProperty().set("may");
        editor.offeringsTextProperty().set("Tiling");
        editor.save();
        assertEquals("Enter a month from 1 to 12.", editor.errorProperty("completion_month").get());

        editor.monthTextProperty().set("5");
        editor.yearTextProperty().set("2025");
        editor.callToActionProperty().set("GET_QUOTE");
        editor.save();
        assertEquals("Project saved.", editor.messageProperty().get());
        assertEquals(5, yelp.portfolio.projects.get("p-1").get("completion_month"));
        assertEquals(List.of("Tiling"), yelp.portfolio.projects.get("p-1").get("service_offerings"));
        assertEquals("Bathroom", portfolio.projects().getFirst().name());
    }

    @Test
    void photosAreAddedByUrlOrBusinessPhotoAndDeleted() {
        ProjectEditorViewModel editor = portfolio.editor("p-1");
        editor.load();
        editor.captionProperty().set("Before");
        editor.addPhoto();
        assertEquals("Either photo_url or biz_photo_id must be provided.", editor.errorProperty("photo_url").get());

        editor.photoUrlProperty().set("https://example.com/a.jpg");
        editor.beforeProperty().set(true);
        editor.addPhoto();
        editor.bizPhotoIdProperty().set("biz-photo-1");
        editor.captionProperty().set("After");
        editor.addPhoto();

        assertEquals(2, editor.photos().size());
        assertEquals(true, editor.photos().getFirst().get("is_before_photo"));
        editor.deletePhoto((String) editor.photos().getFirst().get("photo_id"));
        assertEquals(List.of("After"), editor.photos().stream().map(p -> p.get("caption")).toList());
    }

    @Test
    void publishAllAndHideAllChangeTheFeature() {
        portfolio.setAllPublished(true);
        assertEquals(List.of(true, true), publishedAtYelp());
        assertTrue(portfolio.projects().stream().allMatch(PortfolioViewModel.ProjectRow::published));
        portfolio.setAllPublished(false);
        assertEquals(List.of(false, false), publishedAtYelp());
    }

    @Test
    void aDeletedProjectLeavesTheFeature() {
        portfolio.delete("p-1");
        assertEquals(List.of("p-2"), portfolio.projects().stream().map(PortfolioViewModel.ProjectRow::projectId).toList());
        assertFalse(yelp.portfolio.projects.containsKey("p-1"));
        assertEquals(1, Json.objects(yelp.program("p1").get("YELP_PORTFOLIO"), "projects").size());
    }
}
