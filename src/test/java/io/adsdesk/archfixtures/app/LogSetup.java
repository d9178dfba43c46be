package io.adsdesk.archfixtures.app;

import java.util.logging.LogManager;

/** Allowed: the JUL bridge setup is the one place that touches java.util.logging. */
final class LogSetup {
    void init() {
        LogManager.getLogManager().reset();
    }
}
