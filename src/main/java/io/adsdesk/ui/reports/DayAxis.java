package io.adsdesk.ui.reports;

import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A time axis over whole days: values are epoch days, labels "Nov 3". A number axis rather than a
 * category axis, whose one label per day a year of days would crowd and slow down.
 */
final class DayAxis {
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM d", Locale.US);
    private static final DateTimeFormatter WITH_YEAR = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private DayAxis() {
    }

    static NumberAxis create() {
        NumberAxis axis = new NumberAxis();
        axis.setForceZeroInRange(false);
        axis.setMinorTickVisible(false);
        axis.setAnimated(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                LocalDate day = LocalDate.ofEpochDay(Math.round(n.doubleValue()));
                return (day.getDayOfYear() == 1 ? WITH_YEAR : SHORT).format(day);
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        return axis;
    }

    /** Fits the axis to the range, with about seven labelled ticks on whole days. */
    static void show(NumberAxis axis, DayRange range) {
        axis.setAutoRanging(false);
        long from = range.from().toEpochDay();
        long to = range.to().toEpochDay();
        if (to == from) {
            from--;
            to++;
        }
        axis.setLowerBound(from);
        axis.setUpperBound(to);
        axis.setTickUnit(Math.max(1, Math.ceil((to - from) / 7.0)));
    }
}
