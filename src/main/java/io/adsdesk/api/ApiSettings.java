package io.adsdesk.api;

import io.adsdesk.model.BaseUrl;

import java.net.URI;
import java.time.Duration;

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

    public static final String PRODUCTION_URL = BaseUrl.PRODUCTION;
    public static final String USER_AGENT = "AdsDesk/" + version() + " (desktop dashboard for Yelp Ads resellers)";
    /** A page of 40 programs is tens of KB, 200 business infos a few hundred: 4 MB is far beyond any real answer. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 4L * 1024 * 1024;

    public ApiSettings {
        BaseUrl.check(baseUrl);
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (maxResponseBytes < 1) {
            throw new IllegalArgumentException("maxResponseBytes must be at least 1");
        }
        if (!allowInsecureHttp) {
            String problem = BaseUrl.insecureHttpProblem(baseUrl);
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
        return new ApiSettings(BaseUrl.parse(baseUrl), Duration.ofSeconds(10), Duration.ofSeconds(30), 5,
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
        return BaseUrl.insecureHttpProblem(baseUrl);
    }

    private static String version() {
        String v = ApiSettings.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
