package io.adsdesk.ui.features;

import io.adsdesk.sync.SyncProgress;
import io.adsdesk.ui.accounts.AccountsViewModel;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.common.Theme;
import io.adsdesk.ui.common.ThemeManager;
import io.adsdesk.ui.common.UiSettings;
import io.adsdesk.ui.programs.ProgramsViewModel;
import io.adsdesk.ui.shell.Dashboard;
import io.adsdesk.ui.shell.MainWindow;
import io.adsdesk.ui.sync.SyncHistoryViewModel;
import io.adsdesk.ui.sync.SyncViewModel;
import io.adsdesk.ui.testing.FakeGateway;
import io.adsdesk.ui.testing.TestData;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import java.time.Clock;
import java.util.List;

/**
 * The main window with a program's Features section, and optionally one editor, for screenshots
 * under Xvfb (scripts/screenshot.sh). Argument: section | editor | editor:TYPE.
 */
public final class FeaturesScreenshotApp extends Application {

    @Override
    public void start(Stage stage) throws Exception {
        String mode = getParameters().getRaw().isEmpty() ? "section" : getParameters().getRaw().getFirst();
        FakeGateway accounts = new FakeGateway(400, 12);
        accounts.synchronizer.sync(SyncProgress.NONE, () -> false);
        FakeFeatureGateway yelp = new FakeFeatureGateway(Clock.systemUTC());
        String id = TestData.programs(400, 12).get(2).programId();
        yelp.save(id, "NEGATIVE_KEYWORD_TARGETING", Json.object("blocked_keywords", List.of("free", "jobs", "diy repair")));
        yelp.save(id, "AD_GOAL", Json.object("ad_goal", "CALLS"));
        yelp.save(id, "CUSTOM_RADIUS_TARGETING", Json.object("custom_radius", 15.0));
        yelp.save(id, "CALL_TRACKING", Json.object("enabled", true, "businesses",
                List.of(Json.object("business_id", "biz-002", "metered_phone_number", "(415) 555-0100"))));
        yelp.save(id, "STRICT_CATEGORY_TARGETING", Json.object("enabled", true));
        yelp.sent.clear();
        CurrentThreadTaskExecutor now = new CurrentThreadTaskExecutor();
        UiSettings settings = new UiSettings();
        settings.autoSyncMinutes = 0;
        Dashboard dashboard = new Dashboard(new AccountsViewModel(accounts, now), new ProgramsViewModel(now, () -> TestData.TODAY),
                new SyncViewModel(now), new SyncHistoryViewModel(now), settings, () -> { });
        dashboard.setSyncOnOpen(false);
        dashboard.useFeatures(new FeaturesViewModel(now, Clock.systemUTC()), session -> new ScreenshotSummaries(yelp));
        new ThemeManager().apply(Theme.LIGHT);
        MainWindow window = new MainWindow(dashboard, t -> { });
        Scene scene = new Scene(window, 1400, 900);
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.setTitle("AdsDesk");
        stage.show();
        dashboard.accounts().tryDemo(s -> { });
        @SuppressWarnings("unchecked")
        TableView<io.adsdesk.ui.programs.ProgramRow> table = (TableView<io.adsdesk.ui.programs.ProgramRow>) scene.lookup("#programs-table");
        table.getSelectionModel().select(2);
        window.programsView().showDetails(true);
        javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) scene.lookup("#programs-split");
        split.setDividerPositions(0.58);
        javafx.application.Platform.runLater(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) scene.lookup("#details-scroll");
            javafx.scene.Node section = scene.lookup("#features-section");
            if (scroll != null && section != null) {
                double y = section.getBoundsInParent().getMinY();
                double h = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(h <= 0 ? 0 : Math.min(1, (y - 8) / h));
            }
            if (mode.startsWith("editor")) {
                String type = mode.contains(":") ? mode.substring(mode.indexOf(':') + 1) : "NEGATIVE_KEYWORD_TARGETING";
                FeatureEditorViewModel editor = dashboard.features().editor(type);
                FeatureEditorDialog dialog = new FeatureEditorDialog(stage, editor);
                dialog.setTitle(io.adsdesk.ui.common.Formats.feature(type) + " — AdsDesk");
                dialog.getScene().getStylesheets().setAll(scene.getStylesheets());
                dialog.show();
            }
        });
    }

    /** The fake service with summaries in the product's words, for the picture. */
    private static final class ScreenshotSummaries implements FeatureGateway {
        private final FakeFeatureGateway yelp;

        ScreenshotSummaries(FakeFeatureGateway yelp) {
            this.yelp = yelp;
        }

        @Override public FeatureCopy cached(String programId) { return yelp.cached(programId); }

        @Override public FeatureCopy read(String programId) throws FeatureCallException { return yelp.read(programId); }

        @Override public FeatureCopy save(String p, String t, java.util.Map<String, Object> v) throws FeatureCallException { return yelp.save(p, t, v); }

        @Override public FeatureCopy remove(String p, String t) throws FeatureCallException { return yelp.remove(p, t); }

        @Override public void bulk(List<String> ids, BulkFeatureChange c, java.util.function.Consumer<BulkOutcome> each,
                                   java.util.function.BooleanSupplier cancelled) { yelp.bulk(ids, c, each, cancelled); }

        @Override public List<FeatureProblem> validate(String t, java.util.Map<String, Object> v) { return yelp.validate(t, v); }

        @Override public boolean isActive(String t, java.util.Map<String, Object> v) { return yelp.isActive(t, v); }

        @Override public PortfolioGateway portfolio() { return yelp.portfolio(); }

        @Override public void saveDataIngestionCredentials(String u, char[] p) { yelp.saveDataIngestionCredentials(u, p); }

        @Override
        public String summary(String type, java.util.Map<String, Object> v) {
            return switch (type) {
                case "NEGATIVE_KEYWORD_TARGETING" -> Json.strings(v, "blocked_keywords").size() + " blocked keywords";
                case "CUSTOM_RADIUS_TARGETING" -> v.get("custom_radius") == null ? "Yelp chooses the radius" : "Radius 15 mi (24 km)";
                case "AD_GOAL" -> "Maximize calls";
                case "CALL_TRACKING" -> "Calls tracked on (415) 555-0100";
                case "STRICT_CATEGORY_TARGETING" -> yelp.isActive(type, v) ? "Only the program's categories" : "Off";
                case "YELP_PORTFOLIO" -> "2 projects, none published";
                case "BUSINESS_HIGHLIGHTS" -> "No highlight shown; 3 available";
                default -> yelp.isActive(type, v) ? "On" : "Off";
            };
        }
    }
}
