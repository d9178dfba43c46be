package io.adsdesk.registry;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A random value that changes in every transaction that changes programs or businesses. A copy of
 * the registry's contents tagged with the current stamp is current; any other stamp means stale.
 * Random rather than a counter: a commit lost in a crash can never come back with a stamp that a
 * cache already carries.
 */
final class ContentsStamp {
    private ContentsStamp() {
    }

    static String read(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT stamp FROM contents_stamp WHERE id = 1")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    /** Call inside the transaction that changes the contents: a new stamp, and one more in the generation count. */
    static void change(Connection c) throws SQLException {
        try (var ps = c.prepareStatement("UPDATE contents_stamp SET stamp = ?, generation = generation + 1 WHERE id = 1")) {
            ps.setString(1, java.util.UUID.randomUUID().toString());
            ps.executeUpdate();
        }
    }

    /**
     * How many changes of the contents the database holds (see {@link CommitCounter}); -1 when it
     * has no contents table at all (an empty database), 0 when it predates the count.
     */
    static long generation(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'CONTENTS_STAMP' AND COLUMN_NAME IN ('STAMP', 'GENERATION')")) {
            rs.next();
            int columns = rs.getInt(1);
            if (columns == 0) {
                return -1;
            }
            if (columns == 1) {
                return 0;
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT generation FROM contents_stamp WHERE id = 1")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
