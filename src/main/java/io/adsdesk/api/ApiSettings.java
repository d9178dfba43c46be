package io.adsdesk.api;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * Where and how to reach the partner API.
 *
 * @param requestTimeout the deadline for one whole exchange, from sending the request to the last byte of the answer
 * @param maxAttempts attempts per request, the first included; retries only on 5xx, 429 and network errors
 * @param maxResponseBytes the largest answer read; a bigger one fails as an unexpected response, read no further
 * @param allowInsecureHttp whether plain http:// may be used with a host that is not this computer (the
 *                          password would travel unencrypted); loopback addresses never need it
 */
public record ApiSettings(
        URI baseUrl,
        Duration connectTimeout,
        Duration requestTimeout,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        String userAgent,
        long maxResponseBytes,
        boolean allowInsecureHttp) {

    public static final String PRODUCTION_URL = "https://partner-api.yelp.com";
    public static final String USER_AGENT = "AdsDesk/" + version() + " (desktop dashboard for Yelp Ads resellers)";
    /** A page of 40 programs is tens of KB, 200 business infos a few hundred: 4 MB is far beyond any real answer. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 4L * 1024 * 1024;

    public ApiSettings {
        if (baseUrl == null || baseUrl.getScheme() == null || baseUrl.getHost() == null
                || !(baseUrl.getScheme().equals("https") || baseUrl.getScheme().equals("http"))) {
            throw new IllegalArgumentException("base URL must be an http(s) URL with a host, e.g. " + PRODUCTION_URL);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (maxResponseBytes < 1) {
            throw new IllegalArgumentException("maxResponseBytes must be at least 1");
        }
        if (!allowInsecureHttp) {
            String problem = insecureHttpProblem(baseUrl);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
        }
    }

    /** Production timeouts and retries; plain http:// only to this computer. */
    public static ApiSettings defaults(String baseUrl) {
        return defaults(baseUrl, false);
    }

    /**
     * As {@link #defaults(String)}; with {@code allowInsecureHttp}, plain http:// to another host is
     * accepted too (the user asked for it explicitly, e.g. {@code --allow-insecure-http}).
     *
     * @throws IllegalArgumentException with a plain-words message for a bad URL or refused insecure HTTP
     */
    public static ApiSettings defaults(String baseUrl, boolean allowInsecureHttp) {
        return new ApiSettings(parse(baseUrl), Duration.ofSeconds(10), Duration.ofSeconds(30), 5,
                Duration.ofMillis(250), Duration.ofSeconds(8), USER_AGENT, DEFAULT_MAX_RESPONSE_BYTES, allowInsecureHttp);
    }

    public ApiSettings withRequestTimeout(Duration timeout) {
        return new ApiSettings(baseUrl, connectTimeout, timeout, maxAttempts, initialBackoff, maxBackoff, userAgent,
                maxResponseBytes, allowInsecureHttp);
    }

    public ApiSettings withRetries(int attempts, Duration initial, Duration max) {
        return new ApiSettings(baseUrl, connectTimeout, requestTimeout, attempts, initial, max, userAgent,
                maxResponseBytes, allowInsecureHttp);
    }

    public ApiSettings withMaxResponseBytes(long bytes) {
        return new ApiSettings(baseUrl, connectTimeout, requestTimeout, maxAttempts, initialBackoff, maxBackoff, userAgent,
                bytes, allowInsecureHttp);
    }

    /**
     * Why this URL is refused without an explicit permission for insecure HTTP, in plain words; null
     * when it is fine (https, or http to this computer). Invalid URLs give null: others report them.
     */
    public static String insecureHttpProblem(String baseUrl) {
        try {
            return insecureHttpProblem(parse(baseUrl));
        } catch (IllegalArgumentException invalid) {
            return null;
        }
    }

    private static String insecureHttpProblem(URI url) {
        if (url.getScheme() == null || !url.getScheme().equalsIgnoreCase("http") || url.getHost() == null
                || isLoopback(url.getHost())) {
            return null;
        }
        return "http:// would send the password unencrypted to " + url.getHost()
                + "; use https://, or allow insecure HTTP explicitly";
    }

    /** This computer, judged from the name alone (no lookup): localhost, 127.x.x.x or ::1. */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.endsWith(".localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
                || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
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
