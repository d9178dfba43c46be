package io.adsdesk.testing;

import java.util.List;

/**
 * The classes of bad or unusual text every input is tried with: empty, huge, non-ASCII and
 * injection-like. "Wrong type" depends on the input (letters for a number, a number for a choice),
 * so each table adds its own.
 */
public final class BadValues {
    public record Value(String name, String text) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static final String WRONG_TYPE = "wrong type";

    public static final List<Value> ALL = List.of(
            new Value("empty", ""),
            new Value("blank", "   "),
            new Value("huge", "x".repeat(100_000)),
            new Value("non-ASCII", "Zürich—東京"),
            new Value("right-to-left", "مرحبا"),
            new Value("emoji", "💸🚀"),
            new Value("SQL", "'; DROP TABLE programs;--"),
            new Value("shell", "$(rm -rf ~)"),
            new Value("path traversal", "../../etc/passwd"),
            new Value("percent-NUL", "%00"),
            new Value("newline", "a\nb"),
            new Value("control characters", "a\u0000b\u001b[2J"),
            new Value("DEL and C1", "a\u007fb\u0085"),
            new Value("line separator", "a\u2028b"));

    private BadValues() {
    }

    /** The value classes plus this input's wrong-type value. */
    public static List<Value> with(String wrongType) {
        List<Value> all = new java.util.ArrayList<>(ALL);
        all.add(new Value(WRONG_TYPE, wrongType));
        return all;
    }

    public static Value named(String name) {
        return ALL.stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }
}
