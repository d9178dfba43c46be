package io.adsdesk.ui.common;

import io.adsdesk.model.ChangedField;
import javafx.util.StringConverter;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How the dashboard spells money, counts, dates, durations and feature names. Pure and thread-safe.
 * Dates are ISO everywhere (2026-03-10), in tables, details and forms alike; times add a 24-hour clock.
 */
public final class Formats {
    public static final String OPEN_END = "open";
    public static final String NONE = "—";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);
    /** Feature names the general rule ({@code AD_GOAL} → "Ad goal") would spell wrongly. */
    private static final Map<String, String> FEATURE_NAMES = Map.of("YELP_PORTFOLIO", "Yelp Portfolio");
    private static final StringConverter<LocalDate> DATE_CONVERTER = new StringConverter<>() {
        @Override
        public String toString(LocalDate d) {
            return d == null ? "" : DATE.format(d);
        }

        /** Blank is no date; anything but an ISO date throws, and the date picker keeps its value. */
        @Override
        public LocalDate fromString(String s) {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.strip(), DATE);
        }
    };

    private Formats() {
    }

    /** 1234.56 (dollars as the API sends them) → "$1,234.56", rounded to the cent; null → "—". */
    public static String dollars(BigDecimal amount) {
        return amount == null ? NONE
                : dollars(amount.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValue());
    }

    /** 123456 → "$1,234.56"; null → "—". */
    public static String dollars(Long cents) {
        return cents == null ? NONE : appendDollars(new StringBuilder(16), cents).toString();
    }

    /**
     * Appends what {@link #dollars} returns, without a format string: the programs screen spells
     * three amounts for each of up to 100,000 rows into their search text.
     */
    public static StringBuilder appendDollars(StringBuilder out, Long cents) {
        if (cents == null) {
            return out.append(NONE);
        }
        long abs = Math.abs(cents);
        if (cents < 0) {
            out.append('-');
        }
        out.append('$');
        appendGrouped(out, abs / 100);
        long rest = abs % 100;
        return out.append('.').append((char) ('0' + rest / 10)).append((char) ('0' + rest % 10));
    }

    /** Appends what {@link #count} returns: 1234567 → "1,234,567". */
    public static StringBuilder appendCount(StringBuilder out, long n) {
        if (n < 0) {
            out.append('-');
            if (n == Long.MIN_VALUE) {
                return out.append("9,223,372,036,854,775,808");
            }
            n = -n;
        }
        return appendGrouped(out, n);
    }

    private static StringBuilder appendGrouped(StringBuilder out, long n) {
        String digits = Long.toString(n);
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out;
    }

    /** 1234567 → "1,234,567". */
    public static String count(long n) {
        return appendCount(new StringBuilder(16), n).toString();
    }

    /** "1 run", "2,000 runs". */
    public static String count(long n, String one, String many) {
        return count(n) + " " + (n == 1 ? one : many);
    }

    /** "2026-03-10"; null → "—". */
    public static String date(LocalDate d) {
        return d == null ? NONE : DATE.format(d);
    }

    /** An end date: null means open-ended. */
    public static String endDate(LocalDate d) {
        return d == null ? OPEN_END : DATE.format(d);
    }

    public static String yesNo(Boolean b) {
        return b == null ? NONE : b ? "Yes" : "No";
    }

    /** What date pickers show and read: the same ISO dates as {@link #date}. */
    public static StringConverter<LocalDate> dateConverter() {
        return DATE_CONVERTER;
    }

    /** An instant in the user's zone, e.g. "2026-03-04 09:15". */
    public static String dateTime(Instant t, ZoneId zone) {
        return t == null ? "never" : DATE_TIME.format(t.atZone(zone));
    }

    public static String dateTime(Instant t) {
        return dateTime(t, ZoneId.systemDefault());
    }

    /** "4 s", "2 min 5 s", "1 h 3 min". */
    public static String duration(Duration d) {
        if (d == null) {
            return NONE;
        }
        long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min " + (s % 60) + " s";
        }
        return (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }

    /**
     * A value a sync changed, as the screens show it: amounts of money ("1250.00") as the table spells
     * them ("$1,250.00"), also in future budget changes ("$1,250.00 from 2026-04-01") and page upgrades;
     * other fields,
     * blanks and anything that is not an amount as stored.
     */
    public static String changedValue(String field, String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (ChangedField.MONEY.contains(field)) {
            return money(value);
        }
        if (ChangedField.BUDGET_CHANGES.equals(field)) {
            StringBuilder out = new StringBuilder();
            for (String change : value.split(", ")) {
                if (!out.isEmpty()) {
                    out.append(", ");
                }
                int from = change.indexOf(' ');
                out.append(from < 0 ? money(change) : money(change.substring(0, from)) + change.substring(from));
            }
            return out.toString();
        }
        if (ChangedField.PAGE_UPGRADE.equals(field) && value.startsWith("rate ")) {
            int cost = value.indexOf(", cost ");
            if (cost > 0) {
                return "rate " + money(value.substring(5, cost)) + ", cost " + money(value.substring(cost + 7));
            }
        }
        return value;
    }

    private static String money(String dollars) {
        if (dollars.isEmpty()) {
            return dollars;
        }
        try {
            return dollars(new BigDecimal(dollars).movePointRight(2).longValueExact());
        } catch (ArithmeticException | NumberFormatException e) {
            return dollars;
        }
    }

    /** A partner-API feature type in words: {@code NEGATIVE_KEYWORD_TARGETING} → "Negative keyword targeting". */
    public static String feature(String type) {
        if (type == null || type.isBlank()) {
            return NONE;
        }
        String known = FEATURE_NAMES.get(type);
        if (known != null) {
            return known;
        }
        String words = type.strip().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Feature types in words, comma-separated, in the order given. */
    public static String features(List<String> types) {
        return types.stream().map(Formats::feature).collect(Collectors.joining(", "));
    }
}
