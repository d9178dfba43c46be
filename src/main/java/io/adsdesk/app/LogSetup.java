package io.adsdesk.app;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Points logging at the OS's per-user log location before the first logger is created:
 * Linux {@code $XDG_STATE_HOME/adsdesk/logs} (or ~/.local/state), macOS ~/Library/Logs/AdsDesk,
 * Windows %LOCALAPPDATA%\AdsDesk\logs. ADSDESK_LOG_DIR overrides.
 */
public final class LogSetup {
    private LogSetup() {
    }

    private static final String PROPERTY = "adsdesk.logDir";

    public static void init() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, logDir().toString());
        }
        // JavaFX and the JDK log through JUL: route it to the same files.
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
    }

    /** Where the log files go in this process. */
    static Path currentDir() {
        String set = System.getProperty(PROPERTY);
        return set != null ? Path.of(set) : logDir();
    }

    static Path logDir() {
        String override = System.getenv("ADSDESK_LOG_DIR");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return Path.of(local != null ? local : home, "AdsDesk", "logs");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Logs", "AdsDesk");
        }
        String state = System.getenv("XDG_STATE_HOME");
        return state != null && !state.isBlank() ? Path.of(state, "adsdesk", "logs") : Path.of(home, ".local", "state", "adsdesk", "logs");
    }
}
