package io.adsdesk.ui.reports;

import javafx.util.StringConverter;

import java.text.NumberFormat;
import java.util.Locale;

/** Tick labels for value axes: dollars from cents ("$1,200"), counts ("12,000"), percents ("2.5%"). */
final class AxisLabels {
    private AxisLabels() {
    }

    static StringConverter<Number> dollarsFromCents() {
        return converter(n -> {
            double dollars = n.doubleValue() / 100;
            if (Math.abs(dollars) >= 100 || dollars == 0) {
                return "$" + grouped(dollars);
            }
            return String.format(Locale.US, "$%.2f", dollars); // "$0.50", "$12.50": cents always in pairs
        });
    }

    static StringConverter<Number> count() {
        return converter(n -> grouped(n.doubleValue()));
    }

    static StringConverter<Number> percent() {
        return converter(n -> String.format(Locale.US, "%.1f%%", n.doubleValue()));
    }

    private static String grouped(double v) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.US);
        f.setMaximumFractionDigits(2);
        return f.format(v);
    }

    private static StringConverter<Number> converter(java.util.function.Function<Number, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n == null ? "" : f.apply(n);
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        };
    }
}
