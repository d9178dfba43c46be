package io.adsdesk.ui.features;

import io.adsdesk.sync.SyncProgress;
import io.adsdesk.ui.accounts.AccountsViewModel;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.common.Theme;
import io.adsdesk.ui.common.ThemeManager;
import io.adsdesk.ui.common.UiSettings;
import io.adsdesk.ui.programs.ProgramRow;
import io.adsdesk.ui.programs.ProgramsViewModel;
import io.adsdesk.ui.shell.Dashboard;
import io.adsdesk.ui.shell.MainWindow;
import io.adsdesk.ui.sync.SyncHistoryViewModel;
import io.adsdesk.ui.sync.SyncViewModel;
import io.adsdesk.ui.testing.FakeGateway;
import io.adsdesk.ui.testing.TestData;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Headless journeys through the Features section of the real main window, over a fake feature service. */
@ExtendWith(ApplicationExtension.class)
class FeaturesJourneyTest {
    private static final int PROGRAMS = 40;
    private static final Instant NOW = Instant.parse("2026-03-15T17:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final FakeFeatureGateway yelp = new FakeFeatureGateway(clock);
    private FakeGateway accounts;
    private Dashboard dashboard;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        accounts = new FakeGateway(PROGRAMS, 4);
        CurrentThreadTaskExecutor now = new CurrentThreadTaskExecutor();
        UiSettings settings = new UiSettings();
        settings.autoSyncMinutes = 0;
        dashboard = new Dashboard(new AccountsViewModel(accounts, now), new ProgramsViewModel(now, () -> TestData.TODAY),
                new SyncViewModel(now), new SyncHistoryViewModel(now), settings, () -> { });
        dashboard.setSyncOnOpen(false);
        dashboard.useFeatures(new FeaturesViewModel(now, clock), session -> yelp);
        new ThemeManager().apply(Theme.LIGHT);
        window = new MainWindow(dashboard, t -> { });
        Scene scene = new Scene(window, 1280, 800);
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    private TableView<ProgramRow> table(FxRobot robot) {
        return robot.lookup("#programs-table").queryTableView();
    }

    private void openDetails(FxRobot robot, int row) {
        accounts.synchronizer.sync(SyncProgress.NONE, () -> false);
        robot.interact(() -> dashboard.accounts().tryDemo(s -> { }));
        robot.interact(() -> {
            table(robot).getSelectionModel().clearAndSelect(row);
            window.programsView().showDetails(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String programId(FxRobot robot, int row) {
        return table(robot).getItems().get(row).programId();
    }

    private String summary(FxRobot robot, String type) {
        return robot.lookup("#feature-summary-" + type).queryAs(Label.class).getText();
    }

    /** Opens the editor of {@code type}, changes something, saves; the dialog is gone afterwards. */
    private void edit(FxRobot robot, String type, Consumer<FxRobot> change) {
        robot.interact(() -> robot.lookup("#feature-edit-" + type).queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        change.accept(robot);
        robot.interact(() -> robot.lookup("#feature-save").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#feature-editor").tryQuery().isEmpty(), type + ": the editor closed once saved");
    }

    private static void write(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).queryAs(javafx.scene.control.TextInputControl.class).setText(text));
    }

    private static void tick(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).queryAs(CheckBox.class).fire());
    }

    @Test
    void everyFeatureRowShowsItsWholeNameBadgeAndButtonsInTheDetailsPane(FxRobot robot) {
        openDetails(robot, 0);
        List<javafx.scene.control.Labeled> shown = new java.util.ArrayList<>();
        robot.interact(() -> robot.lookup(".feature-row").queryAll().forEach(row -> collectLabeled(row, shown)));
        assertTrue(shown.size() > 10, "feature rows were found: " + shown.size());
        for (javafx.scene.control.Labeled l : shown) {
            if (l.getText() == null || l.getText().isEmpty() || !l.isVisible()) {
                continue;
            }
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof javafx.scene.text.Text text) {
                    assertEquals(l.getText(), text.getText(), "shown whole");
                }
            }
        }
    }

    private static void collectLabeled(Node node, List<javafx.scene.control.Labeled> into) {
        if (node instanceof javafx.scene.control.Labeled l) {
            into.add(l);
        }
        if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collectLabeled(c, into));
        }
    }

    @Test
    void theDetailsListEveryFeatureWithItsSummaryAndReadTime(FxRobot robot) {
        openDetails(robot, 0);

        assertEquals("0 blocked keywords", summary(robot, "negative-keyword-targeting"));
        assertEquals("Goal DEFAULT", summary(robot, "ad-goal"));
        assertTrue(robot.lookup("#feature-row-yelp-portfolio").tryQuery().isPresent());
        assertTrue(robot.lookup("#features-read-at").queryAs(Label.class).getText().endsWith("(just now)"));
        assertEquals("View JSON…", robot.lookup("#feature-edit-service-offerings-targeting").queryButton().getText());
    }

    @Test
    void aChangeMadeAtYelpWhileEditingIsShownAndKeepMineOrTakeYelpsDecides(FxRobot robot) {
        openDetails(robot, 0);
        String id = programId(robot, 0);
        robot.interact(() -> robot.lookup("#feature-edit-custom-radius-targeting").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        tick(robot, "#feature-custom-radius-on");
        write(robot, "#radius-miles", "15");
        yelp.changeAtYelp(id, "CUSTOM_RADIUS_TARGETING", Json.object("custom_radius", 25.0)); // another user, meanwhile
        robot.interact(() -> robot.lookup("#feature-save").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#feature-message").queryAs(Label.class).getText()
                .startsWith("Someone changed this feature at Yelp after you opened it, so nothing was sent."));
        assertTrue(robot.lookup("#feature-keep-mine").query().isVisible());
        assertTrue(yelp.sent.isEmpty(), "nothing sent before the user decides");
        robot.interact(() -> robot.lookup("#feature-take-yelps").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#feature-editor").tryQuery().isEmpty(), "the editor closed");
        assertTrue(yelp.sent.isEmpty());
        assertEquals("Radius 25.0 mi", summary(robot, "custom-radius-targeting"), "the section shows Yelp's value");

        robot.interact(() -> robot.lookup("#feature-edit-custom-radius-targeting").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        write(robot, "#radius-miles", "15");
        yelp.changeAtYelp(id, "CUSTOM_RADIUS_TARGETING", Json.object("custom_radius", 30.0));
        robot.interact(() -> robot.lookup("#feature-save").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#feature-keep-mine").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#feature-editor").tryQuery().isEmpty(), "the editor closed once saved");
        assertEquals(15.0, yelp.program(id).get("CUSTOM_RADIUS_TARGETING").get("custom_radius"));
        assertEquals("Radius 15.0 mi", summary(robot, "custom-radius-targeting"));
    }

    @Test
    void oneFeatureOfEachKindIsEditedAndSaved(FxRobot robot) {
        openDetails(robot, 0);
        String id = programId(robot, 0);

        edit(robot, "link-tracking", r -> write(r, "#feature-website", "utm_source=yelp"));
        edit(robot, "negative-keyword-targeting", r -> {
            r.interact(() -> ((javafx.scene.control.Button) r.lookup("#feature-suggested-keywords .chip").query()).fire());
            write(r, "#keywords-paste", "Plumbing Jobs, plumbing jobs\nFREE");
            r.interact(() -> r.lookup("#keywords-block").queryButton().fire());
            assertEquals("Added 1 keyword (1 duplicate skipped)", r.lookup("#keywords-added").queryAs(Label.class).getText());
        });
        edit(robot, "strict-category-targeting", r -> tick(r, "#feature-enabled"));
        edit(robot, "ad-scheduling", r -> tick(r, "#feature-uses-opening-hours"));
        edit(robot, "custom-location-targeting", r -> {
            write(r, "#location-business-0", "biz-000");
            write(r, "#location-list-0", "94103\nOakland, CA");
        });
        edit(robot, "ad-goal", r -> r.interact(() -> r.lookup("#goal-calls").queryAs(javafx.scene.control.RadioButton.class).fire()));
        edit(robot, "call-tracking", r -> {
            tick(r, "#feature-enabled");
            write(r, "#phone-0", "4155550100");
        });
        edit(robot, "business-highlights", r -> {
            List<CheckBox> boxes = r.lookup("#feature-business-highlights .check-box").queryAllAs(CheckBox.class).stream().toList();
            r.interact(() -> boxes.get(0).fire());
            r.interact(() -> boxes.get(1).fire());
            assertFalse(boxes.get(0).isSelected(), "picking one of a pair turns its partner off");
        });
        edit(robot, "verified-license", r -> write(r, "#license-number-0", "CA-123456"));
        edit(robot, "custom-radius-targeting", r -> {
            tick(r, "#feature-custom-radius-on");
            write(r, "#radius-miles", "15");
            assertEquals("miles  ≈ 24 km", r.lookup("#feature-radius-km").queryAs(Label.class).getText());
        });
        edit(robot, "custom-ad-text", r -> {
            r.interact(() -> ((ChoiceBox<?>) r.lookup("#feature-mode").query()).getSelectionModel().select(1));
            write(r, "#feature-custom-text .text-area", "Family plumbers since 1982, open every day.");
        });
        edit(robot, "custom-ad-photo", r -> write(r, "#feature-custom-photo-id", "photo_123"));
        edit(robot, "business-logo", r -> write(r, "#feature-business-logo-url", "https://example.com/logo.png"));
        edit(robot, "yelp-portfolio", r -> r.interact(() -> r.lookup("#portfolio-publish-all").queryButton().fire()));

        assertEquals(14, yelp.sent.size(), "one save per kind: " + yelp.sent);
        var f = yelp.program(id);
        assertEquals("utm_source=yelp", f.get("LINK_TRACKING").get("website"));
        assertEquals(List.of("free", "plumbing jobs"), f.get("NEGATIVE_KEYWORD_TARGETING").get("blocked_keywords"));
        assertEquals(true, f.get("STRICT_CATEGORY_TARGETING").get("enabled"));
        assertEquals(true, f.get("AD_SCHEDULING").get("uses_opening_hours"));
        assertEquals(List.of(Json.object("business_id", "biz-000", "locations", List.of("94103", "Oakland, CA"))),
                f.get("CUSTOM_LOCATION_TARGETING").get("businesses"));
        assertEquals("CALLS", f.get("AD_GOAL").get("ad_goal"));
        assertEquals(List.of(Json.object("business_id", "biz-000", "metered_phone_number", "(415) 555-0100")),
                f.get("CALL_TRACKING").get("businesses"));
        assertEquals(List.of("CORPORATE_OWNED"), f.get("BUSINESS_HIGHLIGHTS").get("active_business_highlights"));
        assertEquals("CA-123456", Json.objects(f.get("VERIFIED_LICENSE"), "licenses").getFirst().get("license_number"));
        assertEquals(15.0, f.get("CUSTOM_RADIUS_TARGETING").get("custom_radius"));
        assertEquals("Family plumbers since 1982, open every day.", f.get("CUSTOM_AD_TEXT").get("custom_text"));
        assertEquals("photo_123", f.get("CUSTOM_AD_PHOTO").get("custom_photo_id"));
        assertEquals("https://example.com/logo.png", f.get("BUSINESS_LOGO").get("business_logo_url"));
        assertTrue(Json.objects(f.get("YELP_PORTFOLIO"), "projects").stream().allMatch(p -> Boolean.TRUE.equals(p.get("published"))));
        assertEquals("Radius 15.0 mi", summary(robot, "custom-radius-targeting"), "the section shows the saved value");
    }

    @Test
    void anInvalidValueIsShownBesideItsFieldAndNothingIsSent(FxRobot robot) {
        openDetails(robot, 0);
        robot.interact(() -> robot.lookup("#feature-edit-custom-radius-targeting").queryButton().fire());
        tick(robot, "#feature-custom-radius-on");
        write(robot, "#radius-miles", "61");
        robot.interact(() -> robot.lookup("#feature-save").queryButton().fire());

        Label error = robot.lookup("#feature-error-custom-radius").queryAs(Label.class);
        assertEquals("The radius must be between 1 and 60 miles.", error.getText());
        assertTrue(error.isVisible());
        assertTrue(yelp.sent.isEmpty());
        robot.interact(() -> robot.lookup("#feature-cancel").queryButton().fire());
    }

    @Test
    void aFeatureIsTurnedOff(FxRobot robot) throws Exception {
        openDetails(robot, 1);
        String id = programId(robot, 1);
        yelp.save(id, "STRICT_CATEGORY_TARGETING", Json.object("enabled", true));
        robot.interact(() -> robot.lookup("#features-refresh").queryButton().fire());
        assertEquals("On", summary(robot, "strict-category-targeting"));

        robot.interact(() -> robot.lookup("#feature-off-strict-category-targeting").queryButton().fire());

        assertEquals("Off", summary(robot, "strict-category-targeting"));
        assertEquals(false, yelp.program(id).get("STRICT_CATEGORY_TARGETING").get("enabled"));
        assertEquals("Strict category targeting is off.", robot.lookup("#features-message").queryAs(Label.class).getText());
    }

    @Test
    void offlineTheFeaturesReadBeforeAreShownWithTheirTime(FxRobot robot) throws Exception {
        accounts.synchronizer.sync(SyncProgress.NONE, () -> false);
        String id = TestData.programs(PROGRAMS, 4).get(4).programId();
        yelp.save(id, "AD_GOAL", Json.object("ad_goal", "CALLS"));
        yelp.keepCopy(id, NOW.minus(Duration.ofHours(2)));
        yelp.offline = true;
        robot.interact(() -> dashboard.accounts().tryDemo(s -> { }));
        robot.interact(() -> {
            table(robot).getSelectionModel().clearAndSelect(table(robot).getItems().stream().map(ProgramRow::programId).toList().indexOf(id));
            window.programsView().showDetails(true);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Goal CALLS", summary(robot, "ad-goal"));
        assertTrue(robot.lookup("#features-read-at").queryAs(Label.class).getText().endsWith("(2 hours ago)"));
        assertTrue(robot.lookup("#features-message").queryAs(Label.class).getText().startsWith("Yelp could not be reached"));
    }

    @Test
    void withoutFeatureAccessTheUserIsOfferedToAddCredentials(FxRobot robot) {
        yelp.noAccess = true;
        openDetails(robot, 0);
        assertTrue(robot.lookup("#features-add-credentials").queryButton().isVisible());

        robot.interact(() -> robot.lookup("#features-add-credentials").queryButton().fire());
        write(robot, "#ingestion-username", "ingest");
        write(robot, "#ingestion-password", "secret");
        robot.interact(() -> robot.lookup("#ingestion-save").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("ingest", yelp.ingestionUser);
        assertTrue(robot.lookup("#ingestion-dialog").tryQuery().isEmpty(), "the dialog closed");
        assertFalse(robot.lookup("#features-add-credentials").queryButton().isVisible());
        assertEquals("0 blocked keywords", summary(robot, "negative-keyword-targeting"));
    }

    @Test
    void aSaveRefusedForWantOfFeatureAccessSucceedsOnceTheCredentialsAreAddedFromTheEditor(FxRobot robot) {
        openDetails(robot, 0);
        String id = programId(robot, 0);
        yelp.noAccess = true; // the copy was read; the account's credentials have no feature access
        robot.interact(() -> robot.lookup("#feature-edit-ad-goal").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#goal-calls").queryAs(javafx.scene.control.RadioButton.class).fire());
        robot.interact(() -> robot.lookup("#feature-save").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#feature-message").queryAs(Label.class).getText().contains("Data Ingestion credentials"));
        assertTrue(robot.lookup("#feature-add-credentials").queryButton().isVisible());

        robot.interact(() -> robot.lookup("#feature-add-credentials").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        write(robot, "#ingestion-username", "ingest");
        write(robot, "#ingestion-password", "secret");
        robot.interact(() -> robot.lookup("#ingestion-save").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Data Ingestion credentials saved. Press Save to Yelp to send your change.",
                robot.lookup("#feature-message").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#feature-add-credentials").queryButton().isVisible());

        robot.interact(() -> robot.lookup("#feature-save").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#feature-editor").tryQuery().isEmpty(), "the editor closed once saved");
        assertEquals("CALLS", yelp.program(id).get("AD_GOAL").get("ad_goal"), "the change the edit was for");
    }

    @Test
    void keywordsAreBlockedOnTwentySelectedPrograms(FxRobot robot) {
        openDetails(robot, 0);
        robot.interact(() -> {
            table(robot).getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
            table(robot).getSelectionModel().selectRange(0, 20);
        });
        List<String> selected = table(robot).getSelectionModel().getSelectedItems().stream().map(ProgramRow::programId).toList();
        assertEquals(20, selected.size());

        MenuItem item = table(robot).getContextMenu().getItems().stream()
                .filter(i -> "bulk-features-item".equals(i.getId())).findFirst().orElseThrow();
        assertFalse(item.isDisable());
        robot.interact(item::fire);
        write(robot, "#bulk-keywords", "Free, DIY");
        robot.interact(() -> robot.lookup("#bulk-apply").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("20 of 20 programs changed.", robot.lookup("#bulk-message").queryAs(Label.class).getText());
        assertEquals(20, robot.lookup("#bulk-results").queryListView().getItems().size());
        for (String id : selected) {
            assertEquals(List.of("free", "diy"), yelp.program(id).get("NEGATIVE_KEYWORD_TARGETING").get("blocked_keywords"));
        }
        robot.interact(() -> robot.lookup("#bulk-close").queryButton().fire());
    }

    @Test
    void anUnknownTypeIsShownAsJsonReadOnly(FxRobot robot) {
        openDetails(robot, 0);
        robot.interact(() -> robot.lookup("#feature-edit-service-offerings-targeting").queryButton().fire());
        TextArea json = robot.lookup("#feature-json").queryAs(TextArea.class);
        assertFalse(json.isEditable());
        assertEquals("{\n  \"enabled_service_offerings\": [\n    \"Drain cleaning\"\n  ]\n}", json.getText());
        robot.interact(() -> robot.lookup("#feature-cancel").queryButton().fire());
        assertTrue(yelp.sent.isEmpty());
    }

    @Test
    void aPortfolioProjectIsCreatedWithAPhoto(FxRobot robot) {
        openDetails(robot, 0);
        String id = programId(robot, 0);
        robot.interact(() -> robot.lookup("#feature-portfolio-projects").queryButton().fire());
        assertEquals(2, robot.lookup("#portfolio-projects").queryListView().getItems().size());

        robot.interact(() -> robot.lookup("#portfolio-create").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        write(robot, "#project-name", "Kitchen remodel in Noe Valley");
        write(robot, "#project-description", "New cabinets, counters and lighting.");
        write(robot, "#project-service-offerings", "Cabinets\nLighting");
        write(robot, "#project-completion-year", "2025");
        write(robot, "#project-completion-month", "9");
        robot.interact(() -> robot.lookup("#project-save").queryButton().fire());
        assertEquals("Project saved.", robot.lookup("#project-message").queryAs(Label.class).getText());

        write(robot, "#photo-url", "https://example.com/kitchen.jpg");
        write(robot, "#photo-caption", "The finished kitchen");
        robot.interact(() -> robot.lookup("#photo-add").queryButton().fire());
        assertEquals(1, robot.lookup("#project-photos").queryListView().getItems().size());
        robot.interact(() -> robot.lookup("#project-close").queryButton().fire());

        String created = Json.objects(yelp.program(id).get("YELP_PORTFOLIO"), "projects").getLast().get("project_id").toString();
        assertEquals("Kitchen remodel in Noe Valley", yelp.portfolio.projects.get(created).get("name"));
        assertEquals(List.of("Cabinets", "Lighting"), yelp.portfolio.projects.get(created).get("service_offerings"));
        assertEquals("The finished kitchen", yelp.portfolio.photos.get(created).getFirst().get("caption"));
        assertTrue(robot.lookup("#portfolio-projects").queryListView().getItems().stream()
                .anyMatch(r -> ((PortfolioViewModel.ProjectRow) r).name().equals("Kitchen remodel in Noe Valley")));
        robot.interact(() -> robot.lookup("#portfolio-close").queryButton().fire());
    }
}
