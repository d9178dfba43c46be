package io.adsdesk.registry;

import java.sql.Connection;
import java.sql.SQLException;

/** The newest schema version this build knows, as a new registry gets it. */
final class Schema {
    private static int latest;

    private Schema() {
    }

    static synchronized int latest() {
        if (latest == 0) {
            var pool = org.h2.jdbcx.JdbcConnectionPool.create("jdbc:h2:mem:schema-latest", "sa", "");
            try {
                latest = SchemaMigrator.latest().migrate(pool, Vendor.H2, null, v -> { }).to();
            } catch (SQLException e) {
                throw new AssertionError(e);
            } finally {
                pool.dispose();
            }
        }
        return latest;
    }

    static int current(Connection c) throws SQLException {
        return SchemaMigrator.currentVersion(c, null);
    }
}
