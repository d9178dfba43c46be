package io.adsdesk.update;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Asks the release feed whether a newer AdsDesk than the running one is published. Plain Java and
 * blocking: call it on a worker. It sends nothing about the user or the account: one GET of the
 * feed URL as configured, no query parameters, no cookies, the User-Agent {@code AdsDesk/VERSION}.
 * Offline, a refused connection, an error status, a malformed answer or an odd tag all mean "no
 * newer release", logged at debug level only.
 */
public final class UpdateChecker {
    /** At most one question to the feed per this period. */
    public static final Duration CHECK_EVERY = Duration.ofDays(1);
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** A release answer is a few KB; anything far larger is not the feed. */
    static final int MAX_BODY_BYTES = 1 << 20;
    private static final Logger LOG = LoggerFactory.getLogger(UpdateChecker.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI feed;
    private final String currentVersion;

    public UpdateChecker(URI feed, String currentVersion) {
        this.feed = feed;
        this.currentVersion = currentVersion;
    }

    /** Whether a check is due: never asked, asked a day or more ago, or a last-asked time in the future (clock changed). */
    public static boolean isDue(Instant lastAsked, Instant now) {
        return lastAsked == null || !now.isBefore(lastAsked.plus(CHECK_EVERY)) || lastAsked.isAfter(now);
    }

    public URI feed() {
        return feed;
    }

    /** The newest published release if it is newer than the running version; empty otherwise, whatever went wrong. */
    public Optional<Release> newerRelease() throws InterruptedException {
        Optional<Version> current = Version.parse(currentVersion);
        if (current.isEmpty()) {
            LOG.debug("Update check skipped: the running version '{}' is not a release version", currentVersion);
            return Optional.empty();
        }
        try {
            Optional<Release> latest = latest();
            if (latest.isPresent() && latest.get().version().isNewerThan(current.get())) {
                LOG.debug("Update check: {} is newer than {}", latest.get().tag(), currentVersion);
                return latest;
            }
            LOG.debug("Update check: {} is up to date", currentVersion);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Update check against {} failed: {}", feed, e.toString());
            return Optional.empty();
        }
    }

    /** The feed's latest stable release; empty for a draft, a pre-release or a tag that is not a version. */
    Optional<Release> latest() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(feed)
                .timeout(TIMEOUT)
                .header("User-Agent", "AdsDesk/" + currentVersion)
                .header("Accept", "application/vnd.github+json")
                .GET()
                .build();
        byte[] body;
        int status;
        // A client per check: nothing of it (its connection, its selector thread) outlives the question.
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build()) {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            status = response.statusCode();
            try (InputStream in = response.body()) {
                body = in.readNBytes(MAX_BODY_BYTES + 1);
            }
        }
        if (status != 200) {
            throw new IOException("HTTP " + status);
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new IOException("answer larger than " + MAX_BODY_BYTES + " bytes");
        }
        JsonNode json = JSON.readTree(body);
        if (json == null || !json.isObject()) {
            throw new IOException("not a JSON object");
        }
        if (json.path("draft").asBoolean(false) || json.path("prerelease").asBoolean(false)) {
            return Optional.empty();
        }
        String tag = json.path("tag_name").asText("");
        Optional<Version> version = Version.parse(tag).filter(v -> !v.isPreRelease());
        Optional<URI> page = webPage(json.path("html_url").asText(""));
        if (version.isEmpty() || page.isEmpty()) {
            LOG.debug("Update check: the feed's latest release (tag '{}') is not offered", tag);
            return Optional.empty();
        }
        return Optional.of(new Release(version.get(), tag, page.get()));
    }

    /** The release's download page, only as a web link (never file:, javascript: or the like). */
    private static Optional<URI> webPage(String link) {
        try {
            URI uri = URI.create(link);
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
