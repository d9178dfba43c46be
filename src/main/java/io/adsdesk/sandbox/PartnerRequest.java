package io.adsdesk.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** A parsed request: path and query parameters (repeated keys kept in order). */
record PartnerRequest(String method, String path, Map<String, List<String>> query) {

    /** Thrown by parameter parsing; the router answers 400 with its message. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message, null, false, false);
        }
    }

    static PartnerRequest of(String method, String path, String rawQuery) {
        Map<String, List<String>> query = new HashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                query.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
        }
        return new PartnerRequest(method, path, query);
    }

    String param(String name) {
        List<String> values = query.get(name);
        return values == null ? null : values.getFirst();
    }

    /** An integer parameter in [min, max], or the default when absent. */
    int intParam(String name, int defaultValue, int min, int max) {
        String text = param(name);
        if (text == null) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        String range = max == Integer.MAX_VALUE ? "at least " + min : "between " + min + " and " + max;
        throw new BadRequest(name + " must be an integer " + range + ", got '" + text + "'");
    }

    /** The comma-separated IDs after a path prefix: 1 to max of them, blanks dropped. */
    List<String> pathIds(String prefix, int max) {
        String tail = path.substring(prefix.length());
        List<String> ids = new ArrayList<>();
        for (String id : tail.split(",")) {
            if (!id.isBlank()) {
                ids.add(id.trim());
            }
        }
        if (ids.isEmpty() || ids.size() > max) {
            throw new BadRequest("between 1 and " + max + " comma-separated IDs are required, got " + ids.size());
        }
        ids = List.copyOf(new LinkedHashSet<>(ids));
        return ids;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("malformed query string");
        }
    }
}
