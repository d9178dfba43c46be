package io.adsdesk.ui.common;

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

    /** Like {@link #dollars} but without "$" and thousands separators, for CSV. */
    public static String plainDollars(Long cents) {
        if (cents == null) {
            return "";
        }
        long abs = Math.abs(cents);
        return "%s%d.%02d".formatted(cents < 0 ? "-" : "", abs / 100, abs % 100);
    }

    /** 1234567 → "1,234,567". */
    public static String count(long n) {
        return appendCount(new StringBuilder(16), n).toString();
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
