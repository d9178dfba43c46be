package io.adsdesk.update;

import java.net.URI;
import java.util.Optional;

/**
 * Where AdsDesk asks for its latest release: the GitHub releases API of the project by default
 * ({@code GET /repos/OWNER/adsdesk/releases/latest}, which answers the newest published release that
 * is neither a draft nor a pre-release). The {@code adsdesk.updateFeed} system property or the
 * {@code ADSDESK_UPDATE_FEED} environment variable choose another URL answering the same JSON
 * ({@code tag_name}, {@code html_url}); the value {@value #OFF} turns update checks off.
 */
public final class UpdateFeed {
    /**
     * The GitHub account that publishes AdsDesk's releases. A placeholder until the project's
     * public home is settled: change it here (and in README, "Update notice") when it is.
     */
    public static final String GITHUB_OWNER = "OWNER";
    public static final String GITHUB_REPOSITORY = "adsdesk";
    public static final URI DEFAULT = URI.create(
            "https://api.github.com/repos/" + GITHUB_OWNER + "/" + GITHUB_REPOSITORY + "/releases/latest");
    public static final String PROPERTY = "adsdesk.updateFeed";
    public static final String ENV = "ADSDESK_UPDATE_FEED";
    public static final String OFF = "off";

    private UpdateFeed() {
    }

    /** The feed in effect; empty when update checks are turned off or the setting is not an http(s) URL. */
    public static Optional<URI> configured() {
        return choose(System.getProperty(PROPERTY), System.getenv(ENV));
    }

    static Optional<URI> choose(String property, String env) {
        String value = property != null && !property.isBlank() ? property
                : env != null && !env.isBlank() ? env : null;
        if (value == null) {
            return Optional.of(DEFAULT);
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
