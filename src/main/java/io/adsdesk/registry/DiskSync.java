package io.adsdesk.registry;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Puts committed work on disk now. H2 keeps commits in memory for up to its write delay (500 ms) and
 * writes them in the background, so a process killed right after a commit could lose it. A global
 * WRITE_DELAY=0 would slow bulk inserts; this is called once after each write that ends a unit of
 * work (a sync, a job or audit entry), so what AdsDesk reported as done survives a crash.
 */
final class DiskSync {
    private DiskSync() {
    }

    /** Writes the database's unsaved changes to its file and forces them to the device (H2 CHECKPOINT SYNC). */
    static void force(Connection connection) throws SQLException {
        if (Vendor.of(connection) != Vendor.H2) {
            return; // a server's commit is durable when it returns
        }
        try (Statement s = connection.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        }
    }
}
