package io.adsdesk.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The hand-written migrator of the release before Flyway, kept as it was (only the scripts' folder
 * changed): it writes registries exactly as that release did, for the tests that open them.
 */
final class ReleasedSchemaMigrator {
    /** The scripts this release knows, oldest first; version N is the N-th. */
    static final List<String> SCRIPTS = List.of("schema/common/V1__initial.sql", "schema/h2/V2__jobs_and_audit.sql",
            "schema/h2/V3__contents_stamp.sql", "schema/common/V4__drop_unused_indexes.sql",
            "schema/h2/V5__unbounded_values_and_program_issues.sql", "schema/common/V6__contents_generation.sql",
            "schema/h2/V7__sync_changes.sql");

    private final List<String> scripts;

    ReleasedSchemaMigrator(List<String> scripts) {
        this.scripts = scripts;
    }

    int latestVersion() {
        return scripts.size();
    }

    /** The schema version of the database behind the connection; 0 when empty. */
    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Brings the database up to the latest version. Refuses a database newer than this release. */
    void migrate(Connection c) throws SQLException {
        int current = currentVersion(c);
        if (current > latestVersion()) {
            throw new RegistryException("This registry was written by a newer AdsDesk (schema version " + current
                    + "; this version knows up to " + latestVersion() + "). Update AdsDesk to open it.");
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            for (int v = current + 1; v <= latestVersion(); v++) {
                try (Statement s = c.createStatement()) {
                    for (String sql : statements(scripts.get(v - 1))) {
                        s.execute(sql);
                    }
                    s.execute("INSERT INTO schema_version (version, applied_at) VALUES (" + v + ", CURRENT_TIMESTAMP)");
                }
                c.commit();
            }
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static List<String> statements(String script) {
        try (InputStream in = ReleasedSchemaMigrator.class.getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalStateException("missing migration script " + script);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return java.util.Arrays.stream(text.split(";\\s*(\\r?\\n|$)"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
