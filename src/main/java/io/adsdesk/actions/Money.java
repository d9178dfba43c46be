package io.adsdesk.actions;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dollars as people type them to integer cents and back. Cents are what the API and the registry
 * hold; conversion happens here and nowhere else, once in each direction.
 */
public final class Money {
    /** Nothing a reseller sets is above this: $10,000,000.00. */
    public static final long MAX_CENTS = 1_000_000_000L;
    private static final Pattern DOLLARS = Pattern.compile("\\$?((?:\\d{1,3}(?:,\\d{3})+)|\\d+)(?:\\.(\\d{1,2}))?");

    private Money() {
    }

    /**
     * "25", "25.5", "25.00", "$1,250.00" to cents. Strict: more than two decimals, a sign, other
     * characters, or more than {@link #MAX_CENTS} are refused.
     *
     * @throws IllegalArgumentException with a message fit to show next to the field
     */
    public static long parseDollars(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Enter an amount in dollars, e.g. 25.00.");
        }
        Matcher m = DOLLARS.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + shown(text.strip()) + "' is not an amount in dollars and cents, e.g. 25.00.");
        }
        String whole = m.group(1).replace(",", "");
        if (whole.length() > 8) {
            throw new IllegalArgumentException("That amount is too large.");
        }
        String fraction = m.group(2) == null ? "00" : (m.group(2) + "0").substring(0, 2);
        long cents = Long.parseLong(whole) * 100 + Long.parseLong(fraction);
        if (cents > MAX_CENTS) {
            throw new IllegalArgumentException("That amount is too large.");
        }
        return cents;
    }

    /** What was typed, as it may be quoted in a message: one line, at most 20 characters. */
    static String shown(String text) {
        String line = text.codePoints().map(c -> Character.isISOControl(c) || Character.isWhitespace(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return line.codePointCount(0, line.length()) > 20 ? line.substring(0, line.offsetByCodePoints(0, 20)) + "…" : line;
    }

    /** 2500 to "$25.00", 123456 to "$1,234.56"; null to "". */
    public static String format(Long cents) {
        if (cents == null) {
            return "";
        }
        long abs = Math.abs(cents);
        return (cents < 0 ? "-" : "") + String.format(Locale.ROOT, "$%,d.%02d", abs / 100, abs % 100);
    }

    public static String format(long cents) {
        return format(Long.valueOf(cents));
    }
}
