package io.adsdesk.app;

import io.adsdesk.ui.common.Theme;
import io.adsdesk.ui.common.ThemeManager;
import io.adsdesk.ui.programs.BusinessOption;
import io.adsdesk.ui.reports.BuildStatus;
import io.adsdesk.ui.reports.RangePreset;
import io.adsdesk.ui.reports.ReportScope;
import io.adsdesk.ui.reports.ReportState;
import io.adsdesk.ui.reports.ReportTab;
import io.adsdesk.ui.reports.ReportsView;
import io.adsdesk.ui.reports.ReportsViewModel;
import io.adsdesk.ui.shell.MainWindow;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reports on the demo account through the real machinery (sandbox with its Reporting API and report
 * key, H2 registry and its report cache): nothing cached, figures asked from Yelp while the window
 * says what it waits for, then range and scope changes, and both exports.
 */
@ExtendWith(ApplicationExtension.class)
class ReportsDemoJourneyTest {
    private static final long WAIT_SECONDS = 180;

    @TempDir
    Path dataDir;

    private Stage stage;
    private AppContext context;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeAll(FxRobot robot) {
        if (context != null) {
            AppContext c = context;
            robot.interact(c::close);
        }
    }

    @Test
    void reportsOnTheDemoAccountFetchRedrawAndExport(FxRobot robot) throws Exception {
        robot.interact(() -> {
            context = new AppContext(new io.adsdesk.cli.LaunchOptions(true, dataDir),
                    new LocalBackend().withDemoReportDelay(Duration.ofSeconds(1)), new SessionCredentialStore());
            context.settings().autoSyncMinutes = 0;
            new ThemeManager().apply(Theme.LIGHT);
            Scene scene = new Scene(new MainWindow(context.dashboard(), t -> { }), 1280, 800);
            ThemeManager.style(scene);
            stage.setScene(scene);
            stage.show();
        });
        AppContext app = context;
        robot.interact(() -> app.dashboard().accounts().tryDemo(s -> { }));
        waitUntil(() -> fx(() -> app.dashboard().programs().totalCountProperty().get() > 0
                && !app.dashboard().sync().runningProperty().get()));

        robot.clickOn("#reports-button");
        ReportsViewModel model = app.dashboard().reports();
        // The demo has a report key: once the (empty) cache is read, figures can be asked for.
        waitUntil(() -> fx(() -> model.stateProperty().get() == ReportState.EMPTY && model.canFetchProperty().get()));

        List<BuildStatus> seen = new ArrayList<>();
        robot.interact(() -> {
            model.buildProperty().addListener((obs, old, s) -> {
                if (s != null) {
                    seen.add(s);
                }
            });
            model.presetProperty().set(RangePreset.LAST_7_DAYS);
        });
        robot.clickOn(robot.lookup("#report-fetch").queryButton());
        waitUntil(() -> fx(() -> model.stateProperty().get() == ReportState.READY && !model.buildingProperty().get()));
        assertTrue(seen.getFirst().requested().contains("every business"), seen.getFirst().requested());
        assertEquals(Duration.ofMinutes(30), seen.getLast().usually());
        long weekSpend = fx(() -> model.figuresProperty().get().totalCostCents());
        assertTrue(weekSpend > 0, "the demo's programs spent something in the week");
        assertTrue(fx(() -> !model.pacingRows().isEmpty()), "the demo's CPC programs are paced");

        // Range: two days of the cached week; scope: one business.
        robot.interact(() -> model.fromProperty().set(model.toProperty().get().minusDays(1)));
        assertEquals(2, (int) fx(() -> model.figuresProperty().get().days().size()));
        assertNotEquals(weekSpend, (long) fx(() -> model.figuresProperty().get().totalCostCents()));
        String biggest = fx(() -> model.figuresProperty().get().topBusinesses().getFirst().businessId());
        robot.interact(() -> {
            model.businessProperty().set(app.dashboard().programs().businessOptions().stream()
                    .filter(o -> biggest.equals(o.businessId())).findFirst().orElse(BusinessOption.ALL));
            model.scopeKindProperty().set(ReportScope.Kind.BUSINESS);
        });
        assertEquals(ReportScope.business(biggest), fx(() -> model.scopeProperty().get()));
        assertEquals(1, (int) fx(() -> model.figuresProperty().get().topBusinesses().size()));

        ReportsView view = fx(ReportsDemoJourneyTest::reportsView);
        Path csv = dataDir.resolve("figures.csv");
        robot.interact(() -> view.exportCsvTo(csv));
        waitUntil(() -> Files.exists(csv));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("\uFEFFdate,billed_impressions,billed_clicks,ad_cost_cents", lines.getFirst());
        assertEquals(3, lines.size());

        robot.interact(() -> model.tabProperty().set(ReportTab.BY_TYPE));
        Path png = dataDir.resolve("by-type.png");
        robot.interact(() -> view.exportPngTo(png));
        waitUntil(() -> Files.exists(png));
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 600 && image.getHeight() > 300, image.getWidth() + "x" + image.getHeight());
    }

    private static ReportsView reportsView() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && "Reports — AdsDesk".equals(s.getTitle()))
                .map(w -> (ReportsView) w.getScene().getRoot()).findFirst().orElseThrow();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }
}
