package io.adsdesk.ui.reports;

import io.adsdesk.ui.common.Formats;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedAreaChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Reports view's charts, redrawn from one {@link ReportFigures}. Animation is off (a redraw must
 * be immediate) and point symbols are drawn only for short ranges: at a year of days they are
 * thousands of nodes that hide the line anyway.
 */
final class ReportCharts {
    /** Up to this many days, lines get a symbol on each point. */
    static final int MAX_DAYS_WITH_SYMBOLS = 31;
    private static final int LONGEST_NAME = 32;
    /** Room on the right for the last day's label, which is centred on the axis's end. */
    private static final javafx.geometry.Insets CHART_PADDING = new javafx.geometry.Insets(6, 28, 6, 6);

    private final NumberAxis spendAxis = DayAxis.create();
    private final NumberAxis clicksAxis = DayAxis.create();
    private final NumberAxis impressionsAxis = DayAxis.create();
    private final NumberAxis ctrAxis = DayAxis.create();
    private final NumberAxis cpcAxis = DayAxis.create();
    private final NumberAxis typeAxis = DayAxis.create();
    final LineChart<Number, Number> spend = line(spendAxis, "Spend", AxisLabels.dollarsFromCents(), "chart-spend");
    final LineChart<Number, Number> clicks = line(clicksAxis, "Clicks", AxisLabels.count(), "chart-clicks");
    final LineChart<Number, Number> impressions = line(impressionsAxis, "Impressions", AxisLabels.count(), "chart-impressions");
    final LineChart<Number, Number> ctr = line(ctrAxis, "Click-through rate", AxisLabels.percent(), "chart-ctr");
    final LineChart<Number, Number> cpc = line(cpcAxis, "Cost per click", AxisLabels.dollarsFromCents(), "chart-cpc");
    final StackedAreaChart<Number, Number> byType;
    final BarChart<Number, String> top;
    final VBox overTime = column(spend, clicks, impressions);
    final VBox rates = column(ctr, cpc);
    /** Each chart over time tells the day under the pointer and its figure. */
    final Map<ReportTab, List<ChartHover>> hovers;
    private final java.util.EnumSet<ReportTab> stale = java.util.EnumSet.noneOf(ReportTab.class);
    private ReportTab shown = ReportTab.OVER_TIME;
    private ReportFigures figures;

    ReportCharts() {
        NumberAxis typeValues = new NumberAxis();
        typeValues.setTickLabelFormatter(AxisLabels.dollarsFromCents());
        byType = new StackedAreaChart<>(typeAxis, typeValues);
        byType.setId("chart-by-type");
        byType.setTitle("Spend by program type");
        byType.setAnimated(false);
        byType.setCreateSymbols(false);
        byType.setPadding(CHART_PADDING);

        NumberAxis topValues = new NumberAxis();
        topValues.setTickLabelFormatter(AxisLabels.dollarsFromCents());
        topValues.setLabel("Spend");
        CategoryAxis names = new CategoryAxis();
        names.setAnimated(false);
        top = new BarChart<>(topValues, names);
        top.setId("chart-top");
        top.setTitle("Top " + ReportFigures.TOP_BUSINESSES + " businesses by spend");
        top.setAnimated(false);
        top.setLegendVisible(false);
        top.setCategoryGap(4);
        top.setPadding(CHART_PADDING);

        hovers = Map.of(
                ReportTab.OVER_TIME, List.of(
                        ChartHover.attach(spend, spendAxis, (f, i) -> "Spend " + Formats.dollars(f.costCents()[i])),
                        ChartHover.attach(clicks, clicksAxis, (f, i) -> Formats.count(f.clicks()[i], "click", "clicks")),
                        ChartHover.attach(impressions, impressionsAxis,
                                (f, i) -> Formats.count(f.impressions()[i], "impression", "impressions"))),
                ReportTab.RATES, List.of(
                        ChartHover.attach(ctr, ctrAxis, (f, i) -> f.ctrPercent(i) == null ? "No impressions"
                                : String.format(Locale.US, "Click-through rate %.2f%%", f.ctrPercent(i))),
                        ChartHover.attach(cpc, cpcAxis, (f, i) -> f.costPerClickCents(i) == null ? "No clicks"
                                : "Cost per click " + Formats.dollars(Math.round(f.costPerClickCents(i))))),
                ReportTab.BY_TYPE, List.of(ChartHover.attach(byType, typeAxis, ReportCharts::typesOfDay)));
    }

    /** "CPC $12.00", a line per program type, then the day's total. */
    private static String typesOfDay(ReportFigures f, int i) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, long[]> e : f.costByType().entrySet()) {
            out.append(e.getKey()).append(' ').append(Formats.dollars(e.getValue()[i])).append('\n');
        }
        return out.append("Total ").append(Formats.dollars(f.costCents()[i])).toString();
    }

    /**
     * Shows new figures. Only the charts of the tab on screen are redrawn now, each with new series in
     * one change; the others when their tab is shown ({@link #tabShown}): a hidden chart still costs a
     * layout on every redraw.
     */
    void show(ReportFigures f) {
        figures = f;
        stale.clear();
        for (ReportTab t : ReportTab.values()) {
            if (t.isChart()) {
                stale.add(t);
            }
        }
        draw(shown);
    }

    /** The tab on screen; its charts are brought up to date first if figures came meanwhile. */
    void tabShown(ReportTab tab) {
        shown = tab;
        draw(tab);
    }

    private void draw(ReportTab tab) {
        if (figures == null || !stale.remove(tab)) {
            return;
        }
        ReportFigures f = figures;
        long[] epochDays = new long[f.days().size()];
        for (int i = 0; i < epochDays.length; i++) {
            epochDays[i] = f.days().get(i).toEpochDay();
        }
        switch (tab) {
            case OVER_TIME -> {
                lines(f, List.of(spend, clicks, impressions), List.of(spendAxis, clicksAxis, impressionsAxis));
                spend.getData().setAll(List.of(series("Spend", epochDays, f.costCents())));
                clicks.getData().setAll(List.of(series("Clicks", epochDays, f.clicks())));
                impressions.getData().setAll(List.of(series("Impressions", epochDays, f.impressions())));
            }
            case RATES -> {
                lines(f, List.of(ctr, cpc), List.of(ctrAxis, cpcAxis));
                ctr.getData().setAll(List.of(rateSeries("CTR", epochDays, f::ctrPercent)));
                cpc.getData().setAll(List.of(rateSeries("Cost per click", epochDays, f::costPerClickCents)));
            }
            case BY_TYPE -> {
                DayAxis.show(typeAxis, f.range());
                List<XYChart.Series<Number, Number>> types = new ArrayList<>();
                for (Map.Entry<String, long[]> e : f.costByType().entrySet()) {
                    types.add(series(e.getKey(), epochDays, e.getValue()));
                }
                byType.getData().setAll(types);
            }
            case TOP -> {
                ObservableList<XYChart.Data<Number, String>> bars = FXCollections.observableArrayList();
                List<ReportFigures.BusinessSpend> list = f.topBusinesses();
                // Largest on top: a horizontal bar chart draws its first category at the bottom.
                for (int i = list.size() - 1; i >= 0; i--) {
                    ReportFigures.BusinessSpend b = list.get(i);
                    bars.add(new XYChart.Data<>(b.costCents(), (i + 1) + ". " + shortName(b.name())));
                }
                top.getData().setAll(List.of(new XYChart.Series<>("Spend", bars)));
            }
            case PACING -> {
            }
        }
        for (ChartHover h : hovers.getOrDefault(tab, List.of())) {
            h.show(f);
        }
    }

    /** The day axes fitted to the range; point symbols only on short ranges. */
    private static void lines(ReportFigures f, List<LineChart<Number, Number>> charts, List<NumberAxis> axes) {
        boolean symbols = f.days().size() <= MAX_DAYS_WITH_SYMBOLS;
        for (NumberAxis axis : axes) {
            DayAxis.show(axis, f.range());
        }
        for (LineChart<Number, Number> chart : charts) {
            chart.setCreateSymbols(symbols);
        }
    }

    private static String shortName(String name) {
        return name.length() <= LONGEST_NAME ? name : name.substring(0, LONGEST_NAME - 1) + "…";
    }

    private static XYChart.Series<Number, Number> series(String name, long[] x, long[] y) {
        List<XYChart.Data<Number, Number>> points = new ArrayList<>(x.length);
        for (int i = 0; i < x.length; i++) {
            points.add(new XYChart.Data<>(x[i], y[i]));
        }
        return new XYChart.Series<>(name, FXCollections.observableList(points));
    }

    private static XYChart.Series<Number, Number> rateSeries(String name, long[] x, java.util.function.IntFunction<Double> y) {
        List<XYChart.Data<Number, Number>> points = new ArrayList<>(x.length);
        for (int i = 0; i < x.length; i++) {
            Double v = y.apply(i);
            if (v != null) {
                points.add(new XYChart.Data<>(x[i], v));
            }
        }
        return new XYChart.Series<>(name, FXCollections.observableList(points));
    }

    private static LineChart<Number, Number> line(NumberAxis x, String title, StringConverter<Number> labels, String id) {
        NumberAxis y = new NumberAxis();
        y.setTickLabelFormatter(labels);
        y.setForceZeroInRange(true);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCreateSymbols(false);
        chart.setMinHeight(160);
        chart.setPadding(CHART_PADDING);
        return chart;
    }

    private static VBox column(javafx.scene.Node... charts) {
        VBox box = new VBox(charts);
        for (javafx.scene.Node c : charts) {
            VBox.setVgrow(c, Priority.ALWAYS);
        }
        return box;
    }

    /** "Spend $1,234.00 · 5,678 clicks · 123,456 impressions" for the range. */
    static String totals(ReportFigures f) {
        return "Spend " + Formats.dollars(f.totalCostCents()) + " · " + Formats.count(f.totalClicks(), "click", "clicks")
                + " · " + Formats.count(f.totalImpressions(), "impression", "impressions");
    }
}
