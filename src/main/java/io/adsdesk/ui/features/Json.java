package io.adsdesk.ui.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON-shaped values (maps, lists, strings, numbers, booleans, null): reading them and printing them indented. Pure. */
final class Json {
    private Json() {
    }

    static String text(Map<String, Object> object, String key) {
        Object v = object == null ? null : object.get(key);
        return v == null ? "" : String.valueOf(v);
    }

    static boolean bool(Map<String, Object> object, String key) {
        return object != null && Boolean.TRUE.equals(object.get(key));
    }

    static List<String> strings(Map<String, Object> object, String key) {
        Object v = object == null ? null : object.get(key);
        List<String> out = new ArrayList<>();
        if (v instanceof Collection<?> c) {
            c.forEach(x -> out.add(String.valueOf(x)));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(Map<String, Object> object, String key) {
        Object v = object == null ? null : object.get(key);
        List<Map<String, Object>> out = new ArrayList<>();
        if (v instanceof Collection<?> c) {
            c.stream().filter(Map.class::isInstance).forEach(x -> out.add((Map<String, Object>) x));
        }
        return out;
    }

    /** A mutable map from key/value pairs; null values kept. */
    static Map<String, Object> object(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Two-space indented JSON. */
    static String pretty(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, "");
        return out.toString();
    }

    private static void write(StringBuilder out, Object v, String indent) {
        switch (v) {
            case null -> out.append("null");
            case Map<?, ?> m when m.isEmpty() -> out.append("{}");
            case Map<?, ?> m -> {
                out.append("{\n");
                int i = 0;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    out.append(indent).append("  ");
                    string(out, String.valueOf(e.getKey()));
                    out.append(": ");
                    write(out, e.getValue(), indent + "  ");
                    out.append(++i < m.size() ? ",\n" : "\n");
                }
                out.append(indent).append('}');
            }
            case Collection<?> c when c.isEmpty() -> out.append("[]");
            case Collection<?> c -> {
                out.append("[\n");
                int i = 0;
                for (Object x : c) {
                    out.append(indent).append("  ");
                    write(out, x, indent + "  ");
                    out.append(++i < c.size() ? ",\n" : "\n");
                }
                out.append(indent).append(']');
            }
            case String s -> string(out, s);
            default -> out.append(v);
        }
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(ch < 0x20 ? "\\u%04x".formatted((int) ch) : String.valueOf(ch));
            }
        }
        out.append('"');
    }
}
