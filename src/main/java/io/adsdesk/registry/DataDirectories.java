package io.adsdesk.registry;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where AdsDesk keeps its data: the OS's per-user data directory unless the user says otherwise
 * (command-line value, then ADSDESK_DATA_DIR, then the adsdesk.dataDir system property).
 */
public final class DataDirectories {
    public static final String ENV = "ADSDESK_DATA_DIR";
    public static final String PROPERTY = "adsdesk.dataDir";

    private DataDirectories() {
    }

    public static Path resolve(String cliValue) {
        return resolve(cliValue, System.getenv(), System.getProperty(PROPERTY));
    }

    static Path resolve(String cliValue, Map<String, String> env, String property) {
        if (cliValue != null && !cliValue.isBlank()) {
            return Path.of(cliValue).toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        return defaultRoot(System.getProperty("os.name", ""), System.getProperty("user.home"), env);
    }

    /**
     * Why a directory cannot hold a registry, or null when it can: the database takes ';' in its
     * location as the start of its settings, so such a path would be misread (or worse, obeyed).
     */
    public static String unusable(Path directory) {
        return directory.toString().indexOf(';') >= 0 ? "a data directory cannot contain ';'" : null;
    }

    static Path defaultRoot(String osName, String home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return local != null && !local.isBlank() ? Path.of(local, "AdsDesk") : Path.of(home, "AppData", "Local", "AdsDesk");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "AdsDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "adsdesk") : Path.of(home, ".local", "share", "adsdesk");
    }
}
