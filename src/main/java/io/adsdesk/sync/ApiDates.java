package io.adsdesk.sync;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the API's dates. The contract says {@code YYYY-MM-DD}; forms that can only mean one day are
 * read too: a year-first date with one-digit month or day ({@code 2026-1-5}, {@code 2026/1/5}), the
 * compact ISO form ({@code 20300105}), and an ISO timestamp's date part. A date whose order is a
 * convention ({@code 12/31/2030} is month first in the US, {@code 31.12.2019} day first in Europe,
 * and {@code 01/05/2030} is either) is refused rather than guessed, as is anything else: a wrong
 * guess would silently move a program between FUTURE, CURRENT and PAST.
 */
final class ApiDates {
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern TIMESTAMP = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})[T ].*");
    private static final Pattern YEAR_LAST = Pattern.compile("\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}");

    /** A date, or why the text is not one. Both null for an absent date. */
    record Read(LocalDate date, String problem) {
    }

    private ApiDates() {
    }

    static Read read(String field, String text) {
        if (text == null || text.isBlank()) {
            return new Read(null, null);
        }
        String t = text.strip();
        Matcher m;
        if ((m = YEAR_FIRST.matcher(t)).matches()) {
            return of(field, t, m.group(1), m.group(3), m.group(4));
        }
        if ((m = COMPACT.matcher(t)).matches() || (m = TIMESTAMP.matcher(t)).matches()) {
            return of(field, t, m.group(1), m.group(2), m.group(3));
        }
        if (YEAR_LAST.matcher(t).matches()) {
            return new Read(null, field + " " + quoted(t) + " could be month/day or day/month; only YYYY-MM-DD is read");
        }
        return new Read(null, field + " " + quoted(t) + " is not a YYYY-MM-DD date");
    }

    private static Read of(String field, String text, String year, String month, String day) {
        try {
            return new Read(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)), null);
        } catch (DateTimeException e) {
            return new Read(null, field + " " + quoted(text) + " is not a calendar date");
        }
    }

    static String quoted(String text) {
        String line = text.replaceAll("\\p{Cntrl}", " ");
        return "'" + (line.length() > 40 ? line.substring(0, 40) + "…" : line) + "'";
    }
}
