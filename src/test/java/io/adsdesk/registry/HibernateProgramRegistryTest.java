package io.adsdesk.registry;

import io.adsdesk.model.Account;
import io.adsdesk.model.Business;
import io.adsdesk.model.FeePeriod;
import io.adsdesk.model.FutureBudgetChange;
import io.adsdesk.model.PageUpgradeInfo;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;
import io.adsdesk.testing.SyncWrites;
import io.adsdesk.testing.RegistryEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HibernateProgramRegistryTest {
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    @TempDir
    Path dir;

    static Program program(String id, long budget) {
        return new Program(id, "CPC", LocalDate.of(2026, 1, 5), null, true, false, budget, 75L, "USD", false,
                FeePeriod.ROLLING_MONTH, 12345, 67, 8901L,
                List.of(new ProgramBusiness("-biz_Caf\u00e9", "partner-1"), new ProgramBusiness("_biz2", null)),
                List.of("plumbing", "hvac"), List.of("AD_GOAL"), List.of("AD_GOAL", "LINK_TRACKING"),
                List.of(new FutureBudgetChange(300000, LocalDate.of(2026, 12, 1), 250000L)),
                new PageUpgradeInfo(new BigDecimal("99.5"), new BigDecimal("12")));
    }

    static Program plain(String id) {
        return new Program(id, "LOGO", null, LocalDate.of(2026, 3, 1), false, false, null, null, null, null, null,
                0, 0, null, List.of(new ProgramBusiness("b-" + id, null)), List.of(), List.of(), List.of(), List.of(), null);
    }

    /** A registry at schema version 1 holding these programs, written as that version wrote them. */
    static void createVersionOne(Path db, List<Program> programs) throws java.sql.SQLException {
        HibernateProgramRegistry.open(db, SchemaMigrator.latest().upTo(1)).close();
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + db.resolve("registry"), "sa", "")) {
            OlderRows.insert(c, programs);
        }
    }

    static SyncRun run(SyncOutcome outcome, int added) {
        return new SyncRun(0, T0, T0.plusSeconds(3), outcome, added, 0, added, added, 0, 0, 10, null);
    }

    @ParameterizedTest
    @MethodSource("io.adsdesk.testing.RegistryEngine#both")
    void everyFieldSurvivesTheRoundTrip(RegistryEngine engine) {
        try (var registry = engine.open("roundtrip")) {
            Program full = program("-A1b2C3d4E5f6G7h8I9j0_", 250000);
            Program sparse = plain("_sparse0000000000000000");
            SyncWrites.apply(registry, List.of(full, sparse), List.of(), Set.of(), run(SyncOutcome.SYNCED, 2));

            assertEquals(List.of(full, sparse), registry.findAll());
            assertNull(registry.findAll().getFirst().endDate(), "open-ended stays open-ended");
        }
    }

    @ParameterizedTest
    @MethodSource("io.adsdesk.testing.RegistryEngine#both")
    void appliesAddsUpdatesAndRemovalsWithExactCounts(RegistryEngine engine) {
        try (var registry = engine.open("diff")) {
            List<Program> initial = IntStream.range(0, 50).mapToObj(i -> program("p" + (100 + i), 250000)).toList();
            SyncWrites.apply(registry, initial, List.of(), Set.of(), run(SyncOutcome.SYNCED, 50));

            Program changed = program("p110", 999900);
            SyncWrites.apply(registry, List.of(plain("p200")), List.of(changed), Set.of("p101", "p102"), run(SyncOutcome.SYNCED, 1));

            List<Program> all = registry.findAll();
            assertEquals(49, all.size());
            assertEquals(49, registry.countPrograms());
            assertTrue(all.contains(changed));
            assertTrue(all.stream().noneMatch(p -> p.programId().equals("p101") || p.programId().equals("p102")));
            assertEquals(2, all.stream().filter(p -> p.programId().equals("p110")).findFirst().orElseThrow().businesses().size());
        }
    }

    @ParameterizedTest
    @MethodSource("io.adsdesk.testing.RegistryEngine#both")
    void aFailingSyncChangesNothing(RegistryEngine engine) {
        try (var registry = engine.open("atomic")) {
            SyncWrites.apply(registry, List.of(program("p1", 250000)), List.of(), Set.of(), run(SyncOutcome.SYNCED, 1));
            List<Program> before = registry.findAll();
            List<Program> duplicated = List.of(program("p2", 1), program("p2", 2));

            assertThrows(RuntimeException.class, () -> SyncWrites.apply(registry, duplicated, List.of(program("p1", 7)),
                    Set.of(), run(SyncOutcome.SYNCED, 2)));

            assertEquals(before, registry.findAll());
            assertEquals(1, registry.syncHistory(10).size());
        }
    }

    @Test
    void dataSurvivesCloseAndReopen() {
        Path db = dir.resolve("acct");
        try (var registry = HibernateProgramRegistry.open(db)) {
            SyncWrites.apply(registry, List.of(program("p1", 250000)), List.of(), Set.of(), run(SyncOutcome.SYNCED, 1));
            registry.upsertBusinesses(List.of(new Business("-biz_Caf\u00e9", "Caf\u00e9 M\u00fcller", null, "Z\u00fcrich", false, false, T0)));
        }
        try (var registry = HibernateProgramRegistry.open(db)) {
            assertEquals(List.of(program("p1", 250000)), registry.findAll());
            assertEquals("Caf\u00e9 M\u00fcller", registry.findBusinesses().getFirst().name());
        }
    }

    @ParameterizedTest
    @MethodSource("io.adsdesk.testing.RegistryEngine#both")
    void historyIsNewestFirstAndLastSyncIgnoresFailures(RegistryEngine engine) {
        try (var registry = engine.open("history")) {
            registry.recordRun(run(SyncOutcome.SYNCED, 1));
            SyncRun failed = new SyncRun(0, T0.plusSeconds(60), T0.plusSeconds(61), SyncOutcome.FAILED, 0, 0, 0, 0, 0, 0, 1, "boom");
            registry.recordRun(failed);

            List<SyncRun> history = registry.syncHistory(10);
            assertEquals(SyncOutcome.FAILED, history.getFirst().outcome());
            assertEquals("boom", history.getFirst().message());
            assertEquals(T0.plusSeconds(3), registry.lastSyncedAt().orElseThrow());
        }
    }

    @ParameterizedTest
    @MethodSource("io.adsdesk.testing.RegistryEngine#both")
    void businessesReferencedByProgramsAreListedBeforeTheirNamesAreKnown(RegistryEngine engine) {
        try (var registry = engine.open("businesses")) {
            SyncWrites.apply(registry, List.of(program("p1", 250000)), List.of(), Set.of(), run(SyncOutcome.SYNCED, 1));
            assertEquals(2, registry.findBusinesses().size());
            assertTrue(registry.findBusinesses().stream().allMatch(b -> b.name() == null));

            registry.upsertBusinesses(List.of(new Business("_biz2", "Old", null, null, false, false, T0)));
            registry.upsertBusinesses(List.of(new Business("_biz2", "New name", "p9", "Berlin", true, false, T0.plusSeconds(9))));

            Business b = registry.findBusinesses().stream().filter(x -> x.yelpBusinessId().equals("_biz2")).findFirst().orElseThrow();
            assertEquals(new Business("_biz2", "New name", "p9", "Berlin", true, false, T0.plusSeconds(9)), b);
        }
    }

    @Test
    void aRegistryFromANewerAdsDeskIsRefusedClearly() {
        Path db = dir.resolve("newer");
        try (var registry = HibernateProgramRegistry.open(db, SchemaMigrator.latest().upTo(1))) {
            registry.recordRun(run(SyncOutcome.SYNCED, 0));
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + db.resolve("registry"), "sa", "");
             var s = c.createStatement()) {
            s.execute("INSERT INTO schema_version VALUES (99, CURRENT_TIMESTAMP)");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        RegistryException e = assertThrows(RegistryException.class, () -> HibernateProgramRegistry.open(db));
        assertTrue(e.getMessage().contains("newer AdsDesk"), e.getMessage());
    }

    @Test
    void anOlderRegistryIsBackedUpThenMigratedWithoutLoss() throws Exception {
        Path db = dir.resolve("older");
        createVersionOne(db, List.of(program("p1", 250000)));
        SchemaMigrator withNote = SchemaMigrator.latest().with("classpath:io/adsdesk/registry/testschema");

        try (var registry = HibernateProgramRegistry.open(db, withNote)) {
            assertEquals(List.of(program("p1", 250000)), registry.findAll());
        }
        assertTrue(Files.exists(db.resolve("registry-schema-v1-backup.zip")));
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + db.resolve("registry"), "sa", "");
             var rs = c.createStatement().executeQuery("SELECT MAX(version) FROM schema_version")) {
            rs.next();
            assertEquals(1000, rs.getInt(1));
        }
    }

    @Test
    void accountsAreSeparatedAndTheirFilesHoldNoPassword() throws Exception {
        Account a = new Account("alice", "https://partner-api.yelp.com");
        Account b = new Account("alice", "http://127.0.0.1:8099");
        assertNotEquals(AccountStore.accountDir(dir, a), AccountStore.accountDir(dir, b));
        try (var ra = AccountStore.openRegistry(dir, a); var rb = AccountStore.openRegistry(dir, b)) {
            SyncWrites.apply(ra, List.of(plain("only-a")), List.of(), Set.of(), run(SyncOutcome.SYNCED, 1));
            assertEquals(0, rb.countPrograms());
        }
        assertEquals(List.of(b, a), AccountStore.listAccounts(dir));
        String json = Files.readString(AccountStore.accountDir(dir, a).resolve("account.json"));
        assertTrue(json.contains("alice"));
        assertFalse(json.toLowerCase().contains("password"));
        assertTrue(AccountStore.exists(dir, a));
        assertFalse(AccountStore.exists(dir, new Account("bob", "https://partner-api.yelp.com")));
    }

    @Test
    void theAccountLockExcludesASecondHolderUntilReleased() {
        Path account = dir.resolve("locked");
        try (AccountLock first = AccountLock.tryAcquire(account).orElseThrow()) {
            assertTrue(AccountLock.tryAcquire(account).isEmpty());
        }
        AccountLock.tryAcquire(account).orElseThrow().close();
    }

    @Test
    void dataDirectoryFollowsCommandLineThenEnvironmentThenOsDefault() {
        assertEquals(Path.of("/x/cli"), DataDirectories.resolve("/x/cli", java.util.Map.of(DataDirectories.ENV, "/x/env"), null));
        assertEquals(Path.of("/x/env"), DataDirectories.resolve(null, java.util.Map.of(DataDirectories.ENV, "/x/env"), "/x/prop"));
        assertEquals(Path.of("/x/prop"), DataDirectories.resolve(null, java.util.Map.of(), "/x/prop"));
        assertEquals(Path.of("/home/u", ".local", "share", "adsdesk"), DataDirectories.defaultRoot("Linux", "/home/u", java.util.Map.of()));
        assertEquals(Path.of("/home/u", "Library", "Application Support", "AdsDesk"), DataDirectories.defaultRoot("Mac OS X", "/home/u", java.util.Map.of()));
        assertEquals(Path.of("C:/L", "AdsDesk"), DataDirectories.defaultRoot("Windows 11", "C:/U", java.util.Map.of("LOCALAPPDATA", "C:/L")));
    }
}
