package io.adsdesk.api;

/**
 * Text that came from the server, made safe to print: one line, no terminal control, bounded.
 * Line breaks and tabs become spaces; every other control or invisible formatting character (ESC,
 * BEL, C1 codes, bidirectional overrides, line and paragraph separators) is shown as its code (ESC
 * as a backslash, 'u' and 001b) instead of acting on the terminal or the window. Applied where
 * server text enters an exception or a receipt, so no caller can print it raw.
 */
final class ServerText {
    private ServerText() {
    }

    /** The most characters kept of one piece of server text. */
    static final int MAX_LENGTH = 300;

    /** The text as one safe line of at most {@link #MAX_LENGTH} characters (then "…"); null stays null. */
    static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_LENGTH * 2) {
            text = text.substring(0, MAX_LENGTH * 2);
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (unsafe(c)) {
                out.append("\\u").append("%04x".formatted(c));
            } else {
                out.appendCodePoint(c);
            }
        });
        String line = out.toString().strip().replaceAll(" {2,}", " ");
        return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH) + "…";
    }

    private static boolean unsafe(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || type == Character.UNASSIGNED;
    }
}
