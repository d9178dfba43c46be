package io.adsdesk.registry;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Opening a registry that is already at this release's schema reads its version and starts nothing else. */
class UpToDateSchemaTest {

    @Test
    void theMigrationFilesListedFromTheClassPathGiveFlywaysLatestVersion() {
        for (Vendor vendor : Vendor.values()) {
            JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:latest-" + vendor, "sa", "");
            try {
                Flyway flyway = SchemaMigrator.latest().flyway(pool, vendor, null);
                assertEquals(SchemaMigrator.latestVersion(flyway), SchemaMigrator.latestOnClassPath(vendor), vendor.name());
            } finally {
                pool.dispose();
            }
        }
        assertTrue(SchemaMigrator.latestOnClassPath(Vendor.H2) >= 11);
    }

    @Test
    void anUpToDateRegistryIsOpenedOnOneConnectionWithoutFlyway() throws SQLException {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:up-to-date;DB_CLOSE_DELAY=-1", "sa", "");
        try {
            SchemaMigrator.Outcome first = SchemaMigrator.latest().migrate(pool, Vendor.H2, null, v -> { });
            assertEquals(0, first.from());

            Counting counting = new Counting(pool);
            SchemaMigrator.Outcome again = SchemaMigrator.latest().migrate(counting, Vendor.H2, null, v -> {
                throw new AssertionError("nothing to upgrade");
            });
            assertEquals(first.to(), again.from());
            assertEquals(first.to(), again.to());
            assertEquals(1, counting.connections.get(), "one connection to read the version; Flyway opens its own");
        } finally {
            pool.dispose();
        }
    }

    private record Counting(DataSource inner, AtomicInteger connections) implements DataSource {
        Counting(DataSource inner) {
            this(inner, new AtomicInteger());
        }

        @Override
        public Connection getConnection() throws SQLException {
            connections.incrementAndGet();
            return inner.getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            connections.incrementAndGet();
            return inner.getConnection(user, password);
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return inner.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            inner.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            inner.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return inner.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return inner.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return inner.isWrapperFor(type);
        }
    }
}
