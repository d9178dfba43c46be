package io.adsdesk.update;

import java.net.URI;
import java.util.Optional;

/**
 * Where AdsDesk asks for its latest release: by default the GitHub releases API of the repository
 * the build names ({@code GET /repos/<owner>/<name>/releases/latest}, which answers the newest
 * published release that is neither a draft nor a pre-release; see {@link AppVersion#releaseRepository()}).
 * A local build names none, so it has no default feed. The {@code adsdesk.updateFeed} system
 * property or the {@code ADSDESK_UPDATE_FEED} environment variable choose another URL answering the
 * same JSON ({@code tag_name}, {@code html_url}); the value {@value #OFF} turns update checks off.
 */
public final class UpdateFeed {
    public static final String PROPERTY = "adsdesk.updateFeed";
    public static final String ENV = "ADSDESK_UPDATE_FEED";
    public static final String OFF = "off";

    private UpdateFeed() {
    }

    /** The feed in effect; empty when update checks are turned off or the setting is not an http(s) URL. */
    public static Optional<URI> configured() {
        return choose(System.getProperty(PROPERTY), System.getenv(ENV), AppVersion.releaseRepository());
    }

    /** The GitHub releases API address of a repository named "owner/name"; empty for anything else. */
    static Optional<URI> githubLatest(String repository) {
        if (!repository.matches("[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+")) {
            return Optional.empty();
        }
        return Optional.of(URI.create("https://api.github.com/repos/" + repository + "/releases/latest"));
    }

    static Optional<URI> choose(String property, String env, Optional<String> releaseRepository) {
        String value = property != null && !property.isBlank() ? property
                : env != null && !env.isBlank() ? env : null;
        if (value == null) {
            return releaseRepository.flatMap(UpdateFeed::githubLatest);
        }
        if (value.trim().equalsIgnoreCase(OFF)) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(value.trim());
            String scheme = uri.getScheme();
            boolean web = "https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme);
            return web && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
