package io.adsdesk.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses {@code --name value} and {@code --flag} arguments against the options a command knows. */
final class Options {
    private static final int MAX_VALUE_LENGTH = 2048;

    private final Map<String, String> values = new HashMap<>();

    private Options() {
    }

    static Options parse(List<String> args, Set<String> valued, Set<String> flags) throws UsageException {
        Options o = new Options();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String inline = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                inline = arg.substring(eq + 1);
            }
            if (flags.contains(name) && inline == null) {
                o.values.put(name, "true");
            } else if (valued.contains(name)) {
                String value = inline;
                if (value == null) {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        throw new UsageException(name + " needs a value");
                    }
                    value = args.get(++i);
                }
                if (value.isBlank()) {
                    throw new UsageException(name + " needs a value");
                }
                if (value.length() > MAX_VALUE_LENGTH) {
                    throw new UsageException(name + ": the value is too long (at most " + MAX_VALUE_LENGTH + " characters)");
                }
                if (hasControlCharacters(value)) {
                    throw new UsageException(name + ": the value has control characters or line breaks");
                }
                if (o.values.put(name, value) != null) {
                    throw new UsageException(name + " was given twice");
                }
            } else {
                throw new UsageException("unknown option '" + printable(arg) + "' (see 'adsdesk help')");
            }
        }
        return o;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String get(String name) {
        return values.get(name);
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int intValue(String name, int fallback, int min, int max) throws UsageException {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min || n > max) {
                throw new UsageException(name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, not '" + printable(v) + "'");
        }
    }

    /** Control characters (C0, DEL, C1) and Unicode line or paragraph separators. */
    static boolean hasControlCharacters(String s) {
        return s.chars().anyMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR);
    }

    /** Keeps error lines one line and short, whatever was typed. */
    static String printable(String s) {
        String clean = s.codePoints().map(c -> hasControlCharacters(Character.toString(c)) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.codePointCount(0, clean.length()) > 60 ? clean.substring(0, clean.offsetByCodePoints(0, 60)) + "…" : clean;
    }
}
