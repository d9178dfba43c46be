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

    /** Call inside the transaction that changes the contents. */
    static void change(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE contents_stamp SET stamp = CAST(RANDOM_UUID() AS VARCHAR) WHERE id = 1");
        }
    }
}
