package io.adsdesk.api;

import java.net.URI;
import java.time.Duration;

/**
 * Where and how to reach the partner API.
 *
 * @param maxAttempts attempts per request, the first included; retries only on 5xx, 429 and network errors
 */
public record ApiSettings(
        URI baseUrl,
        Duration connectTimeout,
        Duration requestTimeout,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        String userAgent) {

    public static final String PRODUCTION_URL = "https://partner-api.yelp.com";
    public static final String USER_AGENT = "AdsDesk/" + version() + " (desktop dashboard for Yelp Ads resellers)";

    public ApiSettings {
        if (baseUrl == null || baseUrl.getScheme() == null || baseUrl.getHost() == null
                || !(baseUrl.getScheme().equals("https") || baseUrl.getScheme().equals("http"))) {
            throw new IllegalArgumentException("base URL must be an http(s) URL with a host, e.g. " + PRODUCTION_URL);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    public static ApiSettings defaults(String baseUrl) {
        return new ApiSettings(parse(baseUrl), Duration.ofSeconds(10), Duration.ofSeconds(30), 5,
                Duration.ofMillis(250), Duration.ofSeconds(8), USER_AGENT);
    }

    public ApiSettings withRequestTimeout(Duration timeout) {
        return new ApiSettings(baseUrl, connectTimeout, timeout, maxAttempts, initialBackoff, maxBackoff, userAgent);
    }

    public ApiSettings withRetries(int attempts, Duration initial, Duration max) {
        return new ApiSettings(baseUrl, connectTimeout, requestTimeout, attempts, initial, max, userAgent);
    }

    private static URI parse(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("base URL is empty");
        }
        String s = baseUrl.trim();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            return URI.create(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a valid URL: " + baseUrl);
        }
    }

    private static String version() {
        String v = ApiSettings.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
