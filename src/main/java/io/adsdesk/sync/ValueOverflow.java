package io.adsdesk.sync;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a registry write that failed because a value the API sent does not fit its column (SQL
 * state 22001, value too long, or 22003, number out of range), so the user is told that, not
 * "internal error".
 */
final class ValueOverflow {
    private static final Pattern COLUMN = Pattern.compile("column \"([A-Za-z0-9_.]+)");

    private ValueOverflow() {
    }

    /** A one-line explanation when the failure is a value that did not fit; null otherwise. */
    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && ("22001".equals(sql.getSQLState()) || "22003".equals(sql.getSQLState()))) {
                Matcher m = COLUMN.matcher(String.valueOf(sql.getMessage()));
                String column = m.find() ? " (" + m.group(1).toLowerCase(java.util.Locale.ROOT) + ")" : "";
                return "The partner API sent a value too large for the local registry" + column
                        + ", so nothing was changed. Update AdsDesk, or send the log to support.";
            }
        }
        return null;
    }
}
