package io.adsdesk.registry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobAndAuditStoreTest {
    private static final Instant T0 = Instant.parse("2026-03-19T20:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aVersionOneRegistryUpgradesToJobsAndAuditWithoutLosingPrograms() throws Exception {
        Path db = dir.resolve("v1");
        HibernateProgramRegistryTest.createVersionOne(db, List.of(HibernateProgramRegistryTest.program("p1", 250000),
                HibernateProgramRegistryTest.plain("p2")));
        try (var registry = HibernateProgramRegistry.open(db)) {
            assertEquals(2, registry.countPrograms());
            assertEquals(HibernateProgramRegistryTest.program("p1", 250000), registry.findProgram("p1").orElseThrow());
            registry.jobStore().insert(JobRecord.submitted("job1", "acct", "CREATE", null, "b1", "{}", T0, "PROCESSING", null));
            assertEquals(1, registry.jobStore().pending("acct").size());
        }
        assertTrue(Files.exists(db.resolve("registry-schema-v1-backup.zip")));
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + db.resolve("registry"), "sa", "");
             var rs = c.createStatement().executeQuery("SELECT MAX(version) FROM schema_version")) {
            rs.next();
            assertEquals(Schema.latest(), rs.getInt(1), "migrated to the latest version");
        }
    }

    @Test
    void aJobIsPendingUntilFinishedAndOnlyForItsAccount() {
        try (var registry = HibernateProgramRegistry.inMemory("jobs")) {
            JobStore jobs = registry.jobStore();
            JobRecord job = JobRecord.submitted("job1", "alice", "EDIT", "p1", "b1", "{\"budget\":[\"2500\"]}", T0,
                    "PROCESSING", 7L);
            jobs.insert(job);
            jobs.insert(JobRecord.submitted("job2", "bob", "END", "p2", "b2", "{}", T0, "PROCESSING", null));

            assertEquals(List.of(job), jobs.pending("alice"));
            JobRecord polled = job.polled(T0.plusSeconds(5), "COMPLETED", "{\"status\":\"COMPLETED\"}", null, null);
            jobs.update(polled);
            assertEquals(polled, jobs.find("job1").orElseThrow());
            jobs.update(polled.finished(T0.plusSeconds(6), null));

            assertTrue(jobs.pending("alice").isEmpty());
            assertFalse(jobs.find("job1").orElseThrow().pending());
            assertEquals(1, jobs.pending("bob").size());
            assertEquals(1, jobs.find("job1").orElseThrow().polls());
        }
    }

    @Test
    void theAuditLogIsNewestFirstAndCompletedLater() {
        try (var registry = HibernateProgramRegistry.inMemory("audit")) {
            AuditStore audit = registry.auditStore();
            AuditEntry first = audit.append(AuditEntry.of(T0, "alice", "CREATE", null, "b1", null, "{}", "job1",
                    "PROCESSING", null));
            audit.append(AuditEntry.of(T0.plusSeconds(60), "alice", "PAUSE", "p9", "b1", "{}", null, null, "COMPLETED", null));
            audit.append(AuditEntry.of(T0.plusSeconds(90), "bob", "END", "p3", "b3", "{}", null, "job3", "PROCESSING", null));

            audit.complete(first.id(), "pNew", "{\"budget_cents\":2500}", "COMPLETED", "{\"status\":\"COMPLETED\"}", null);

            List<AuditEntry> log = audit.newestFirst("alice", 10);
            assertEquals(List.of("PAUSE", "CREATE"), log.stream().map(AuditEntry::action).toList());
            assertEquals("pNew", log.get(1).programId());
            assertEquals("COMPLETED", log.get(1).outcome());
            assertEquals(T0, log.get(1).at());
            assertEquals(1, audit.forProgram("alice", "pNew").size());
        }
    }

    @Test
    void oneProgramIsUpsertedWithoutLoggingASyncRun() {
        try (var registry = HibernateProgramRegistry.inMemory("upsert")) {
            registry.upsertProgram(HibernateProgramRegistryTest.program("p1", 250000));
            registry.upsertProgram(HibernateProgramRegistryTest.program("p1", 300000));
            assertEquals(List.of(HibernateProgramRegistryTest.program("p1", 300000)), registry.findAll());
            assertTrue(registry.syncHistory(5).isEmpty());
            assertTrue(registry.findProgram("nope").isEmpty());
        }
    }
}
