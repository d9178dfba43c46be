package io.adsdesk.update;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The running AdsDesk's version, as pom.xml gave it to the build (version.properties). */
public final class AppVersion {
    /** Shown when the build did not fill in version.properties (a run straight from an IDE). */
    public static final String UNKNOWN = "dev";
    private static final String CURRENT = read();

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

    private static String read() {
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").trim();
            return v.isEmpty() || v.contains("${") ? UNKNOWN : v;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
