package io.adsdesk.registry;

import io.adsdesk.testing.RegistryEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Jobs and audit entries keep who made them, on either database (PostgreSQL skipped without a server). */
class MadeByTest {
    private static final Instant AT = Instant.parse("2026-03-10T09:15:00Z");

    @ParameterizedTest
    @MethodSource("io.adsdesk.testing.RegistryEngine#both")
    void aJobKeepsWhoSubmittedItThroughItsPolls(RegistryEngine engine) {
        try (HibernateProgramRegistry registry = engine.open("made-by-job")) {
            JobStore jobs = registry.jobStore();
            JobRecord submitted = JobRecord.submitted("job-1", "acct", "EDIT", "p-1", "b-1", "{}", AT, "PROCESSING", null);
            assertEquals(Makers.current(), submitted.madeBy());
            jobs.insert(submitted);
            jobs.update(jobs.find("job-1").orElseThrow().polled(AT.plusSeconds(5), "COMPLETED", "{}", null, null)
                    .finished(AT.plusSeconds(6), null));
            JobRecord stored = jobs.find("job-1").orElseThrow();
            assertEquals(Makers.current(), stored.madeBy());
            assertEquals(List.of(Makers.current()), jobs.recent("acct", 5).stream().map(JobRecord::madeBy).toList());
        }
    }

    @ParameterizedTest
    @MethodSource("io.adsdesk.testing.RegistryEngine#both")
    void anAuditEntryKeepsWhoMadeIt(RegistryEngine engine) {
        try (HibernateProgramRegistry registry = engine.open("made-by-audit")) {
            AuditStore audit = registry.auditStore();
            AuditEntry entry = audit.append(AuditEntry.of(AT, "acct", "EDIT", "p-1", "b-1", "{}", "{}", "job-1", "PROCESSING", null));
            assertEquals(Makers.current(), entry.madeBy());
            audit.complete(entry.id(), null, "{}", "COMPLETED", "{}", null);
            assertEquals(Makers.current(), audit.newestFirst("acct", 5).getFirst().madeBy());
            assertEquals(Makers.current(), audit.forProgram("acct", "p-1").getFirst().madeBy());
        }
    }

    @ParameterizedTest
    @MethodSource("io.adsdesk.testing.RegistryEngine#both")
    void entriesFromBeforeTheColumnNameNobody(RegistryEngine engine) throws Exception {
        try (HibernateProgramRegistry registry = engine.open("made-by-old")) {
            try (var c = registry.connection(); var s = c.createStatement()) {
                s.executeUpdate("INSERT INTO audit_log (at, account, action, outcome) VALUES (CURRENT_TIMESTAMP, 'acct', 'EDIT', 'COMPLETED')");
            }
            assertNull(registry.auditStore().newestFirst("acct", 5).getFirst().madeBy());
        }
    }

    @org.junit.jupiter.api.Test
    void theMakerIsTheOperatingSystemUserOnThisMachine() {
        assertEquals(System.getProperty("user.name") + " on ", Makers.current().substring(0, Makers.current().indexOf(" on ") + 4));
    }
}
