package io.adsdesk.ui.reports;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Hovering a chart over time shows the day under the pointer and that day's figures in a tooltip that
 * follows the pointer; it goes when the pointer leaves the plot.
 */
final class ChartHover {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE, MMM d, yyyy", Locale.US);
    private static final double OFFSET = 14;

    /** The text of one day's figures, {@code day} indexing {@link ReportFigures#days()}. */
    @FunctionalInterface
    interface DayText {
        String of(ReportFigures figures, int day);
    }

    private final XYChart<Number, Number> chart;
    private final NumberAxis days;
    private final DayText text;
    private final Tooltip tip = new Tooltip();
    private ReportFigures figures;

    private ChartHover(XYChart<Number, Number> chart, NumberAxis days, DayText text) {
        this.chart = chart;
        this.days = days;
        this.text = text;
        tip.getStyleClass().add("chart-hover");
        chart.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        chart.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tip.hide());
    }

    static ChartHover attach(XYChart<Number, Number> chart, NumberAxis days, DayText text) {
        return new ChartHover(chart, days, text);
    }

    /** The figures the chart now shows. */
    void show(ReportFigures f) {
        figures = f;
        tip.hide();
    }

    /** The tooltip, shown while the pointer is over a day of the plot. */
    Tooltip tooltip() {
        return tip;
    }

    private void moved(MouseEvent e) {
        String line = textAt(e.getSceneX(), e.getSceneY());
        if (line == null) {
            tip.hide();
            return;
        }
        tip.setText(line);
        if (tip.isShowing()) {
            tip.setAnchorX(e.getScreenX() + OFFSET);
            tip.setAnchorY(e.getScreenY() + OFFSET);
        } else {
            tip.show(chart, e.getScreenX() + OFFSET, e.getScreenY() + OFFSET);
        }
    }

    /** The text for the day under a scene point, or null when the point is not over a day of the plot. */
    String textAt(double sceneX, double sceneY) {
        Node plot = chart.lookup(".chart-plot-background");
        if (figures == null || figures.days().isEmpty() || plot == null) {
            return null;
        }
        Bounds area = plot.localToScene(plot.getBoundsInLocal());
        if (!area.contains(sceneX, sceneY)) {
            return null;
        }
        Point2D onAxis = days.sceneToLocal(sceneX, sceneY);
        long day = Math.round(days.getValueForDisplay(onAxis.getX()).doubleValue());
        int i = (int) (day - figures.days().getFirst().toEpochDay());
        if (i < 0 || i >= figures.days().size()) {
            return null;
        }
        LocalDate date = figures.days().get(i);
        return DAY.format(date) + "\n" + text.of(figures, i);
    }
}
