package io.adsdesk.registry;

import io.adsdesk.testing.SyncWrites;

import io.adsdesk.model.Business;
import io.adsdesk.model.FeePeriod;
import io.adsdesk.model.PageUpgradeInfo;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.model.ProgramIssue;
import io.adsdesk.model.SyncOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgramIssueRegistryTest {
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static final SchemaMigrator VERSION_FOUR = SchemaMigrator.latest().upTo(4);

    @TempDir
    Path dir;

    /** Longer than every column limit the schema had: IDs of 64, types of 32, currencies of 8 characters. */
    static Program longValues() {
        String id = "id-" + "x".repeat(400);
        return new Program(id, "PROGRAM_TYPE_" + "Y".repeat(200), LocalDate.of(2030, 1, 5), null, false, false, 250000L,
                null, "US-DOLLARS-" + "Z".repeat(50), true, FeePeriod.CALENDAR_MONTH, 1, 2, 3L,
                List.of(new ProgramBusiness("biz-" + "b".repeat(300), "partner-" + "p".repeat(600))),
                List.of("cat-" + "c".repeat(5000)), List.of(), List.of(), List.of(),
                new PageUpgradeInfo(new BigDecimal("1E+30"), new BigDecimal("12.123456789")));
    }

    static Program marked(String id) {
        return HibernateProgramRegistryTest.plain(id).withIssue(new ProgramIssue(ProgramIssue.Kind.UNREADABLE,
                "end_date '12/31/2030' could be month/day or day/month; only YYYY-MM-DD is read",
                "{\"program_id\":\"" + id + "\",\"end_date\":\"12/31/2030\",\"blob\":\"" + "r".repeat(20000) + "\"}"));
    }

    @Test
    void aRegistryWrittenByVersionFourMigratesWithNothingLost() throws Exception {
        Path db = dir.resolve("v4");
        List<Program> programs = List.of(HibernateProgramRegistryTest.program("p1", 250000),
                HibernateProgramRegistryTest.plain("p2"));
        Business business = new Business("-biz_Caf\u00e9", "Caf\u00e9 M\u00fcller", "partner-1", "Z\u00fcrich", false, false, T0);
        // Version 4's tables with program rows as version 4 wrote them; today's writer needs later
        // columns, so the run, business and job go in once the registry is migrated.
        HibernateProgramRegistry.open(db, VERSION_FOUR).close();
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + db.resolve("registry"), "sa", "")) {
            OlderRows.insert(c, programs);
        }

        try (var registry = HibernateProgramRegistry.open(db)) {
            registry.recordRun(HibernateProgramRegistryTest.run(SyncOutcome.SYNCED, 2));
            registry.upsertBusinesses(List.of(business));
            registry.jobStore().insert(JobRecord.submitted("job1", "acct", "EDIT", "p1", "b1", "{}", T0, "PROCESSING", null));
            assertEquals(programs, registry.findAll());
            assertEquals(business, registry.findBusinesses().stream()
                    .filter(b -> b.yelpBusinessId().equals(business.yelpBusinessId())).findFirst().orElseThrow());
            assertEquals(1, registry.syncHistory(10).size());
            assertEquals(1, registry.jobStore().pending("acct").size());

            SyncWrites.apply(registry, List.of(longValues(), marked("p3")), List.of(), Set.of(),
                    HibernateProgramRegistryTest.run(SyncOutcome.SYNCED, 2));
            assertEquals(List.of(longValues(), programs.get(0), programs.get(1), marked("p3")).stream()
                    .sorted(java.util.Comparator.comparing(Program::programId)).toList(), registry.findAll());
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + db.resolve("registry"), "sa", "");
             var rs = c.createStatement().executeQuery("SELECT MAX(version) FROM schema_version")) {
            rs.next();
            assertEquals(Schema.latest(), rs.getInt(1));
        }
    }

    @Test
    void longValuesAndAMarkedProgramSurviveCloseAndReopen() {
        Path db = dir.resolve("acct");
        List<Program> stored = List.of(longValues(), marked("p9"));
        try (var registry = HibernateProgramRegistry.open(db)) {
            SyncWrites.apply(registry, stored, List.of(), Set.of(), HibernateProgramRegistryTest.run(SyncOutcome.SYNCED, 2));
            registry.upsertBusinesses(List.of(new Business("biz-" + "b".repeat(300), "N".repeat(3000), null,
                    "C".repeat(500), false, false, T0)));
            assertEquals(stored, registry.findAll());
        }
        try (var registry = HibernateProgramRegistry.open(db)) {
            assertEquals(stored, registry.loadContents().programs(), "from the contents cache");
            assertEquals(stored, registry.findAll());
            assertEquals(marked("p9"), registry.findProgram("p9").orElseThrow());
            assertEquals("N".repeat(3000), registry.findBusinesses().stream()
                    .filter(b -> b.yelpBusinessId().startsWith("biz-")).findFirst().orElseThrow().name());
        }
    }
}
