package io.adsdesk.ui.reports;

import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.common.Theme;
import io.adsdesk.ui.common.ThemeManager;
import io.adsdesk.ui.programs.BusinessOption;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Reports view on its own, over a fake source: controls, charts, pacing, exports. */
@ExtendWith(ApplicationExtension.class)
class ReportsViewFxTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @TempDir
    Path dir;

    private final List<String> shown = new ArrayList<>();
    private final FakeReportSource source = new FakeReportSource(TODAY.minusDays(1));
    private ReportsViewModel model;

    @Start
    void start(Stage stage) {
        source.pacing = List.of(
                new PacingRow("p-under", "b-1", "One", 1000, 30000, 2100, PacingRow.Pace.UNDER_SPEND),
                new PacingRow("p-ok", "b-2", "Two", 14000, 30000, 30000, PacingRow.Pace.ON_TRACK),
                new PacingRow("p-early", "b-3", "Three", 25000, 30000, 53571, PacingRow.Pace.RUNS_OUT_EARLY));
        model = new ReportsViewModel(new CurrentThreadTaskExecutor(), new CurrentThreadTaskExecutor(), () -> TODAY);
        model.setSource(source);
        new ThemeManager().apply(Theme.LIGHT);
        ReportsView view = new ReportsView(model, FXCollections.observableArrayList(BusinessOption.ALL,
                new BusinessOption("b-1", "One", 2), new BusinessOption("b-2", "Two", 1)), shown::add);
        Scene scene = new Scene(view, 1180, 760);
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private LineChart<Number, Number> chart(FxRobot robot, String id) {
        return (LineChart<Number, Number>) robot.lookup(id).query();
    }

    @Test
    void presetsAndScopeRedrawTheCharts(FxRobot robot) {
        assertEquals(30, chart(robot, "#chart-spend").getData().getFirst().getData().size());
        ComboBox<RangePreset> preset = robot.lookup("#report-preset").queryComboBox();
        robot.interact(() -> preset.setValue(RangePreset.LAST_7_DAYS));
        assertEquals(7, chart(robot, "#chart-spend").getData().getFirst().getData().size());
        assertTrue(chart(robot, "#chart-spend").getCreateSymbols(), "a week of days gets symbols");
        robot.interact(() -> preset.setValue(RangePreset.LAST_90_DAYS));
        assertFalse(chart(robot, "#chart-spend").getCreateSymbols(), "ninety days do not");

        robot.clickOn("#scope-business");
        assertTrue(robot.lookup("#report-business").query().isVisible());
        robot.interact(() -> model.businessProperty().set(new BusinessOption("b-2", "Two", 1)));
        assertEquals(200L, chart(robot, "#chart-impressions").getData().getFirst().getData().getFirst().getYValue().longValue());
        robot.clickOn("#scope-account");
        assertFalse(robot.lookup("#report-business").query().isVisible());
        assertEquals(1000L, chart(robot, "#chart-impressions").getData().getFirst().getData().getFirst().getYValue().longValue());
    }

    @Test
    void anEndBeforeTheStartShowsWhyInPlainWords(FxRobot robot) {
        robot.interact(() -> model.toProperty().set(TODAY.minusDays(60)));
        Label error = robot.lookup("#report-range-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertTrue(error.getText().startsWith("The end date 2026-01-14 is before the start date"), error.getText());
        assertTrue(robot.lookup("#report-fetch").query().isDisabled());
    }

    @Test
    void pacingFlagsInWordsAndDoubleClickShowsTheProgram(FxRobot robot) {
        robot.clickOn("#tab-pacing");
        TableView<PacingRow> table = robot.lookup("#pacing-table").queryTableView();
        assertEquals("p-early", table.getItems().getFirst().programId(), "the flags come first");
        assertTrue(robot.lookup(".pace-runs-out-early").queryAs(Label.class).getText().contains("Runs out early"));
        assertTrue(robot.lookup(".pace-under-spend").queryAs(Label.class).getText().startsWith("▼"));
        javafx.scene.Node second = robot.lookup("#pacing-table .table-row-cell").nth(1).query();
        robot.doubleClickOn(second, javafx.scene.input.MouseButton.PRIMARY);
        assertEquals(List.of("p-under"), shown);
        robot.clickOn("#pacing-show");
        assertEquals(List.of("p-under", "p-under"), shown);
    }

    @Test
    void exportsWriteTheFiguresShownAndThePicture(FxRobot robot) throws Exception {
        Path csv = dir.resolve("figures.csv");
        robot.interact(() -> robot.lookup("#reports-view").queryAs(ReportsView.class).exportCsvTo(csv));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(csv));
        assertEquals(31, Files.readAllLines(csv).size());
        assertTrue(robot.lookup("#report-export-status").queryAs(Label.class).getText().contains(csv.toString()));

        robot.clickOn("#tab-top");
        @SuppressWarnings("unchecked")
        var bars = ((javafx.scene.chart.BarChart<Number, String>) robot.lookup("#chart-top").query()).getData().getFirst().getData();
        assertEquals("1. Bob's \"Best\" Bakery, Inc.", bars.getLast().getYValue(), "the largest is drawn last, on top, as number 1");
        assertEquals("2. Second", bars.getFirst().getYValue());
        Path png = dir.resolve("top.png");
        robot.interact(() -> robot.lookup("#reports-view").queryAs(ReportsView.class).exportPngTo(png));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(png));
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 600 && image.getHeight() > 300, image.getWidth() + "x" + image.getHeight());
    }

    @Test
    void noKeyAndNothingCachedSaysSoInsteadOfCharts(FxRobot robot) {
        FakeReportSource none = new FakeReportSource(null);
        none.key = false;
        robot.interact(() -> model.setSource(none));
        assertTrue(robot.lookup("#report-empty").query().isVisible());
        assertTrue(robot.lookup("#report-empty-text").queryAs(Label.class).getText().contains("no key"));
        assertTrue(robot.lookup("#report-export-png").query().isDisabled());
    }

    @Test
    void aRememberedTabIsTheOneShownWhenTheViewOpens(FxRobot robot) {
        robot.interact(() -> {
            model.tabProperty().set(ReportTab.PACING);
            ReportsView second = new ReportsView(model, FXCollections.observableArrayList(BusinessOption.ALL), shown::add);
            javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) second.lookup("#report-tabs");
            assertEquals("tab-pacing", tabs.getSelectionModel().getSelectedItem().getId());
        });
    }

    @Test
    void theChartsShowTheRangeAndHoveringTellsTheDayAndItsFigure(FxRobot robot) throws Exception {
        LineChart<Number, Number> spend = chart(robot, "#chart-spend");
        assertTrue(spend.isVisible() && spend.getHeight() > 100, "the spend chart is laid out on the first tab");
        javafx.scene.Node line = robot.lookup("#chart-spend .chart-series-line").query();
        assertTrue(line.getBoundsInLocal().getWidth() > 200, "its line spans the plot: " + line.getBoundsInLocal());

        javafx.scene.Node plot = robot.lookup("#chart-spend .chart-plot-background").query();
        javafx.scene.control.Tooltip tip = robot.lookup("#reports-view").queryAs(ReportsView.class).charts().hovers.get(ReportTab.OVER_TIME).getFirst().tooltip();
        robot.moveTo(plot, javafx.geometry.Pos.CENTER_LEFT, new javafx.geometry.Point2D(2, 0),
                org.testfx.robot.Motion.DIRECT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, tip::isShowing);
        assertEquals("Fri, Feb 13, 2026\nSpend $25.00", tip.getText(), "the first day of the last 30, ten units of $2.50");

        robot.moveTo(plot, javafx.geometry.Pos.CENTER_RIGHT, new javafx.geometry.Point2D(-2, 0),
                org.testfx.robot.Motion.DIRECT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Sat, Mar 14, 2026\nSpend $25.00", tip.getText(), "the last day, yesterday");

        robot.moveTo(".chart-title");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !tip.isShowing());
    }

    @Test
    void aChartOnAnotherTabShowsTheRangeChosenWhileItWasHidden(FxRobot robot) {
        ComboBox<RangePreset> preset = robot.lookup("#report-preset").queryComboBox();
        robot.interact(() -> preset.setValue(RangePreset.LAST_7_DAYS));
        robot.clickOn("#tab-rates");
        LineChart<Number, Number> ctr = chart(robot, "#chart-ctr");
        assertEquals(7, ctr.getData().getFirst().getData().size());
        assertEquals(5.0, ctr.getData().getFirst().getData().getFirst().getYValue().doubleValue(), 1e-9, "50 of 1,000");

        robot.clickOn("#scope-business");
        robot.interact(() -> model.businessProperty().set(new BusinessOption("b-2", "Two", 1)));
        robot.clickOn("#tab-over-time");
        assertEquals(200L, chart(robot, "#chart-impressions").getData().getFirst().getData().getFirst().getYValue().longValue(),
                "the business's figures, chosen on the other tab");
        assertEquals(7, chart(robot, "#chart-impressions").getData().getFirst().getData().size());
    }
}
