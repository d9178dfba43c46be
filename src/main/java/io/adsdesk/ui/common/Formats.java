package io.adsdesk.ui.common;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How the dashboard spells money, counts, dates and durations. Pure and thread-safe. */
public final class Formats {
    public static final String OPEN_END = "open";
    public static final String NONE = "—";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.US);

    private Formats() {
    }

    /** 123456 → "$1,234.56"; null → "—". */
    public static String dollars(Long cents) {
        if (cents == null) {
            return NONE;
        }
        long abs = Math.abs(cents);
        return "%s$%,d.%02d".formatted(cents < 0 ? "-" : "", abs / 100, abs % 100);
    }

    public static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }

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

    /** An instant in the user's zone, e.g. "Mar 4, 2026, 9:15 AM". */
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
}
