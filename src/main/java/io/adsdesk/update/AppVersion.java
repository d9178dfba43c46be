package io.adsdesk.update;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/**
 * The running AdsDesk's version, as pom.xml gave it to the build (version.properties), and the
 * repository the build says publishes its releases.
 */
public final class AppVersion {
    /** Shown when the build did not fill in version.properties (a run straight from an IDE). */
    public static final String UNKNOWN = "dev";
    private static final Properties BUILD = load();
    private static final String CURRENT = filled(BUILD.getProperty("version")).orElse(UNKNOWN);
    private static final Optional<String> RELEASE_REPOSITORY = filled(BUILD.getProperty("releaseRepository"));

    private AppVersion() {
    }

    /** For example "0.1.0" or "0.2.0-SNAPSHOT"; {@link #UNKNOWN} if the build did not say. */
    public static String current() {
        return CURRENT;
    }

    /** "AdsDesk 0.1.0". */
    public static String title() {
        return "AdsDesk " + CURRENT;
    }

    /** The GitHub repository ("owner/name") the build names as the home of its releases, if any. */
    public static Optional<String> releaseRepository() {
        return RELEASE_REPOSITORY;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // an unreadable resource is a build without a version: UNKNOWN and no release repository
        }
        return p;
    }

    /** The value, unless missing, blank or left unfilled ("${...}") by the build. */
    static Optional<String> filled(String value) {
        String v = value == null ? "" : value.trim();
        return v.isEmpty() || v.contains("${") ? Optional.empty() : Optional.of(v);
    }
}
