package io.adsdesk.cli;

/** Keeps what users typed safe to echo: one line, no control characters, not too long. */
final class Text {
    private static final int ECHO_LIMIT = 60;

    private Text() {
    }

    /** Control characters (C0, DEL, C1) and Unicode line or paragraph separators. */
    static boolean hasControlCharacters(String s) {
        return s.chars().anyMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR);
    }

    /** The text on one line, control characters shown as '?', nothing cut. */
    static String oneLine(String s) {
        return s.replaceAll("\\R+", " ").codePoints().map(c -> hasControlCharacters(Character.toString(c)) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** Keeps error lines one line and short, whatever was typed. */
    static String printable(String s) {
        String clean = s.codePoints().map(c -> hasControlCharacters(Character.toString(c)) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.codePointCount(0, clean.length()) > ECHO_LIMIT
                ? clean.substring(0, clean.offsetByCodePoints(0, ECHO_LIMIT)) + "…" : clean;
    }
}
