package io.adsdesk.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds write parameters the way the partner API reads them: query string only, arrays as repeated
 * keys, booleans {@code true}/{@code false}, money as integer cents, dates {@code YYYY-MM-DD}.
 * Absent (null) values are left out.
 */
final class QueryString {
    private final Map<String, List<String>> params = new LinkedHashMap<>();

    QueryString add(String name, Object value) {
        if (value != null) {
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(text(value));
        }
        return this;
    }

    QueryString addAll(String name, List<String> values) {
        if (values != null) {
            values.forEach(v -> add(name, v));
        }
        return this;
    }

    Map<String, List<String>> asMap() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        params.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }

    /** "a=1&b=x&b=y", URL-encoded; empty when there are no parameters. */
    static String encode(Map<String, List<String>> params) {
        StringBuilder sb = new StringBuilder();
        params.forEach((name, values) -> values.forEach(v -> {
            if (!sb.isEmpty()) {
                sb.append('&');
            }
            sb.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        }));
        return sb.toString();
    }

    private static String text(Object value) {
        return switch (value) {
            case Boolean b -> b ? "true" : "false";
            case LocalDate d -> d.toString();
            case Pacing p -> p.wire();
            case Enum<?> e -> e.name();
            default -> value.toString();
        };
    }
}
