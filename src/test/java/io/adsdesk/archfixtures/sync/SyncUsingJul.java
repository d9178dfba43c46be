package io.adsdesk.archfixtures.sync;

import java.util.logging.Logger;

/** Breaks "SLF4J for logging". */
final class SyncUsingJul {
    private static final Logger LOG = Logger.getLogger(SyncUsingJul.class.getName());

    void report() {
        LOG.info("synced");
    }
}
