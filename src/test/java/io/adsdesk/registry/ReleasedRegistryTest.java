package io.adsdesk.registry;

import io.adsdesk.model.Business;
import io.adsdesk.model.Program;
import io.adsdesk.model.SyncOutcome;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A registry written by the release before Flyway opens with nothing lost and nothing run twice. */
class ReleasedRegistryTest {
    private static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");
    private static final int RELEASED = ReleasedSchemaMigrator.SCRIPTS.size();

    @TempDir
    Path dir;

    private final List<Program> programs = List.of(HibernateProgramRegistryTest.program("p1", 250000),
            HibernateProgramRegistryTest.plain("p2"), ProgramIssueRegistryTest.longValues(), ProgramIssueRegistryTest.marked("p3"));
    private final Business business = new Business("-biz_Caf\u00e9", "Caf\u00e9 M\u00fcller", "partner-1", "Z\u00fcrich", false, false, T0);
    private final JobRecord job = new JobRecord("job1", "alice", "EDIT", "p1", "-biz_Caf\u00e9", "{\"budget\":[\"2500\"]}",
            T0, "PROCESSING", null, 0, null, null, null, null, null, null);
    private final AuditEntry audit = AuditEntry.of(T0, "alice", "EDIT", "p1", "-biz_Caf\u00e9", "{\"budget\":250000}",
            "{\"budget\":[\"2500\"]}", "job1", "PROCESSING", null);

    /** The release's migrator builds the schema; the release's row writers (unchanged since) fill it. */
    private void writeAsReleased(Path db) throws SQLException {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + db.resolve("registry").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
        try {
            try (Connection c = pool.getConnection()) {
                new ReleasedSchemaMigrator(ReleasedSchemaMigrator.SCRIPTS).migrate(c);
                c.setAutoCommit(false);
                ProgramRows.insert(c, programs);
                try (var ps = c.prepareStatement("INSERT INTO businesses (yelp_business_id, name, partner_business_id, city, closed,"
                        + " removed_from_search, refreshed_at) VALUES (?, ?, ?, ?, FALSE, FALSE, ?)")) {
                    ps.setString(1, business.yelpBusinessId());
                    ps.setString(2, business.name());
                    ps.setString(3, business.partnerBusinessId());
                    ps.setString(4, business.city());
                    Jdbc.setInstant(ps, 5, T0);
                    ps.executeUpdate();
                }
                try (var s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO sync_runs (started_at, finished_at, outcome, total_api, total_db_before, total_db_after,"
                            + " added, updated, removed, requests, message, initial_sync, changes_recorded) VALUES (TIMESTAMP WITH TIME ZONE"
                            + " '2026-11-30 08:59:00Z', TIMESTAMP WITH TIME ZONE '2026-11-30 09:00:00Z', 'SYNCED', 4, 0, 4, 4, 0, 0, 2, NULL,"
                            + " TRUE, TRUE)");
                }
                ContentsStamp.change(c);
                c.commit();
            }
            // The release's columns: who made a job or entry was not kept yet.
            try (Connection c = pool.getConnection();
                 var jobRow = c.prepareStatement("INSERT INTO jobs (job_id, account, kind, program_id, business_id, request_json,"
                         + " submitted_at, status, polls) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)");
                 var auditRow = c.prepareStatement("INSERT INTO audit_log (at, account, action, program_id, business_id, before_json,"
                         + " request_json, job_id, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                jobRow.setString(1, job.jobId());
                jobRow.setString(2, job.account());
                jobRow.setString(3, job.kind());
                jobRow.setString(4, job.programId());
                jobRow.setString(5, job.businessId());
                jobRow.setString(6, job.requestJson());
                Jdbc.setInstant(jobRow, 7, job.submittedAt());
                jobRow.setString(8, job.status());
                jobRow.executeUpdate();
                Jdbc.setInstant(auditRow, 1, audit.at());
                auditRow.setString(2, audit.account());
                auditRow.setString(3, audit.action());
                auditRow.setString(4, audit.programId());
                auditRow.setString(5, audit.businessId());
                auditRow.setString(6, audit.beforeJson());
                auditRow.setString(7, audit.requestJson());
                auditRow.setString(8, audit.jobId());
                auditRow.setString(9, audit.outcome());
                auditRow.executeUpdate();
            }
        } finally {
            pool.dispose();
        }
    }

    @Test
    void aRegistryWrittenByTheReleaseBeforeFlywayOpensWithNothingLost() throws Exception {
        Path db = dir.resolve("acct");
        writeAsReleased(db);

        try (var registry = HibernateProgramRegistry.open(db)) {
            assertEquals(programs.stream().sorted(java.util.Comparator.comparing(Program::programId)).toList(), registry.findAll());
            assertEquals(business, registry.findBusinesses().stream()
                    .filter(b -> b.yelpBusinessId().equals(business.yelpBusinessId())).findFirst().orElseThrow());
            assertEquals(1, registry.syncHistory(10).size());
            assertEquals(SyncOutcome.SYNCED, registry.syncHistory(10).getFirst().outcome());
            assertEquals(List.of(job), registry.jobStore().pending("alice"));
            List<AuditEntry> entries = registry.auditStore().newestFirst("alice", 10);
            assertEquals(1, entries.size());
            assertEquals(audit.requestJson(), entries.getFirst().requestJson());
            assertEquals(null, entries.getFirst().madeBy(), "who made it was not kept then");
            assertEquals(T0, registry.lastSyncedAt().orElseThrow());
        }

        List<String[]> history = history(db);
        assertEquals(String.valueOf(RELEASED), history.getFirst()[0], "adopted at the release's version: " + history.stream().map(java.util.Arrays::toString).toList());
        assertEquals("BASELINE", history.getFirst()[1]);
        for (String[] row : history.subList(1, history.size())) {
            assertTrue(Integer.parseInt(row[0]) > RELEASED, "nothing up to the release's version ran again: " + row[0]);
        }
        boolean upgraded = Schema.latest() > RELEASED;
        assertEquals(upgraded, Files.exists(db.resolve("registry-schema-v" + RELEASED + "-backup.zip")),
                "a backup exactly when the schema changed");

        try (var registry = HibernateProgramRegistry.open(db)) {
            assertEquals(programs.size(), registry.countPrograms());
        }
        assertEquals(history.size(), history(db).size(), "opening again runs nothing");
        try (Connection c = connect(db)) {
            assertEquals(Schema.latest(), Schema.current(c));
            try (var rs = c.createStatement().executeQuery("SELECT MAX(version) FROM schema_version")) {
                rs.next();
                assertEquals(Schema.latest(), rs.getInt(1), "the old table follows, for older releases");
            }
        }
    }

    @Test
    void aRegistryThatFlywayRecordsAsNewerIsRefusedWithTheSameMessage() throws Exception {
        Path db = dir.resolve("newer");
        HibernateProgramRegistry.open(db).close();
        try (Connection c = connect(db); var s = c.createStatement()) {
            s.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\","
                    + " \"installed_by\", \"execution_time\", \"success\") VALUES (999, '99', 'future', 'SQL', 'V99__future.sql', 'sa', 1, TRUE)");
        }
        RegistryException e = assertThrows(RegistryException.class, () -> HibernateProgramRegistry.open(db));
        assertEquals("This registry was written by a newer AdsDesk (schema version 99; this version knows up to "
                + Schema.latest() + "). Update AdsDesk to open it.", e.getMessage());
        assertFalse(Files.exists(db.resolve("registry-schema-v99-backup.zip")));
    }

    private static Connection connect(Path db) throws SQLException {
        return java.sql.DriverManager.getConnection("jdbc:h2:file:" + db.resolve("registry").toAbsolutePath(), "sa", "");
    }

    private static List<String[]> history(Path db) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = connect(db); var rs = c.createStatement().executeQuery(
                "SELECT \"version\", \"type\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                rows.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return rows;
    }
}
