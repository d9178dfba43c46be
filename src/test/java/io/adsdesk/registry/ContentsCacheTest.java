package io.adsdesk.registry;

import io.adsdesk.model.Business;
import io.adsdesk.model.Program;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.testing.SyncWrites;
import io.adsdesk.threads.Threads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static io.adsdesk.registry.HibernateProgramRegistryTest.plain;
import static io.adsdesk.registry.HibernateProgramRegistryTest.program;
import static io.adsdesk.registry.HibernateProgramRegistryTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentsCacheTest {
    private final Threads threads = new Threads("test");
    private final java.util.concurrent.ExecutorService background = threads.cachedPool("cache");

    @AfterEach
    void closeThreads() {
        threads.close();
    }

    @TempDir
    Path dir;

    private static final Business NAMED = new Business("-biz_Caf\u00e9", "Caf\u00e9 M\u00fcller \u6771\u4eac \uD83C\uDF70", "partner-1",
            "Z\u00fcrich", false, true, Instant.parse("2026-11-24T10:00:00.123456Z"));

    @Test
    void everyFieldSurvivesTheFileRoundTrip() {
        ContentsCache cache = new ContentsCache(dir);
        RegistryContents contents = new RegistryContents("stamp-1",
                List.of(program("-A1b2C3d4E5f6G7h8I9j0_", 250000), plain("_sparse0000000000000000"), program("p2", 1)),
                List.of(NAMED, new Business("b-x", null, null, null, true, false, null)));
        cache.write(contents);

        assertEquals(contents, cache.read().orElseThrow());
    }

    @Test
    void valuesThatRepeatAcrossProgramsAreReadIntoOneObjectEach() {
        ContentsCache cache = new ContentsCache(dir);
        RegistryContents contents = new RegistryContents("stamp-2", List.of(program("p1", 5000), program("p2", 5000)), List.of());
        cache.write(contents);

        List<Program> read = cache.read().orElseThrow().programs();
        assertEquals(contents.programs(), read);
        Program a = read.get(0);
        Program b = read.get(1);
        assertSame(a.businesses(), b.businesses(), "the same business links");
        assertSame(a.adCategories(), b.adCategories(), "the same categories");
        assertSame(a.budgetCents(), b.budgetCents(), "the same budget");
        assertSame(a.pageUpgradeInfo(), b.pageUpgradeInfo(), "the same page prices");
    }

    @Test
    void aDamagedOrForeignFileIsIgnored() throws Exception {
        ContentsCache cache = new ContentsCache(dir);
        cache.write(new RegistryContents("s", List.of(program("p1", 100)), List.of(NAMED)));
        byte[] whole = Files.readAllBytes(cache.file());
        Files.write(cache.file(), java.util.Arrays.copyOf(whole, whole.length - 9));
        assertTrue(cache.read().isEmpty(), "truncated");
        Files.writeString(cache.file(), "not a cache");
        assertTrue(cache.read().isEmpty(), "foreign");
    }

    @Test
    void loadingServesTheDatabaseStateAndNeverAStaleCopy() {
        try (var registry = HibernateProgramRegistry.open(dir)) {
            SyncWrites.apply(registry, List.of(program("p1", 100), plain("p2")), List.of(), Set.of(), run(SyncOutcome.SYNCED, 2));
            RegistryContents first = registry.loadContents();
            assertEquals(registry.findAll(), first.programs());
            assertEquals(registry.findBusinesses(), first.businesses());

            // A sync, a read-back and a name refresh each change the stamp: the next load sees them.
            SyncWrites.apply(registry, List.of(plain("p3")), List.of(), Set.of("p2"), run(SyncOutcome.SYNCED, 1));
            RegistryContents second = registry.loadContents();
            assertNotEquals(first.stamp(), second.stamp());
            assertEquals(List.of("p1", "p3"), second.programs().stream().map(Program::programId).toList());

            registry.upsertProgram(program("p1", 999));
            assertEquals(999L, registry.loadContents().programs().getFirst().budgetCents());

            registry.upsertBusinesses(List.of(new Business("b-p3", "Named now", null, null, false, false, null)));
            assertTrue(registry.loadContents().businesses().stream().anyMatch(b -> "Named now".equals(b.name())));
        }
    }

    @Test
    void aReopenedRegistryReadsItsContentsFromTheCacheOnlyWhileItIsCurrent() throws Exception {
        try (var registry = HibernateProgramRegistry.openForReading(dir, background)) {
            SyncWrites.apply(registry, List.of(program("p1", 100)), List.of(), Set.of(), run(SyncOutcome.SYNCED, 1));
            registry.loadContents();
        }
        ContentsCache cache = new ContentsCache(dir);
        waitForFile(cache.file());
        RegistryContents cached = cache.read().orElseThrow();

        // A copy with the right stamp but other rows proves where the reopened registry reads from.
        cache.write(new RegistryContents(cached.stamp(), List.of(program("from-cache", 5)), List.of()));
        try (var registry = HibernateProgramRegistry.openForReading(dir, background)) {
            assertEquals("from-cache", registry.loadContents().programs().getFirst().programId());
        }
        // Any change moves the stamp: the same copy is stale now and the database answers.
        try (var registry = HibernateProgramRegistry.open(dir)) {
            registry.upsertProgram(program("p1", 200));
        }
        try (var registry = HibernateProgramRegistry.openForReading(dir, background)) {
            List<Program> programs = registry.loadContents().programs();
            assertEquals(List.of("p1"), programs.stream().map(Program::programId).toList());
            assertEquals(200L, programs.getFirst().budgetCents());
        }
    }

    private static void waitForFile(Path file) throws InterruptedException {
        for (int i = 0; i < 200 && !Files.exists(file); i++) {
            Thread.sleep(25);
        }
    }

    @Test
    void onlyAScreenRegistryWritesTheCacheWhenItLoads() {
        try (var registry = HibernateProgramRegistry.open(dir)) {
            SyncWrites.apply(registry, List.of(program("p1", 100)), List.of(), Set.of(), run(SyncOutcome.SYNCED, 1));
            assertEquals(List.of(program("p1", 100)), registry.loadContents().programs());
        }
        assertTrue(Files.notExists(new ContentsCache(dir).file()), "left to refreshContentsCache()");
    }

    @Test
    void aRefreshWritesTheCurrentStateBeforeItReturns() {
        ContentsCache cache = new ContentsCache(dir);
        try (var registry = HibernateProgramRegistry.open(dir)) {
            SyncWrites.apply(registry, List.of(program("p1", 100), plain("p2")), List.of(), Set.of(), run(SyncOutcome.SYNCED, 2));
            registry.refreshContentsCache();
            RegistryContents written = cache.read().orElseThrow();
            assertEquals(registry.findAll(), written.programs());
            assertEquals(cache.stamp().orElseThrow(), written.stamp());

            registry.upsertProgram(program("p1", 777));
            registry.refreshContentsCache();
            assertEquals(777L, cache.read().orElseThrow().programs().getFirst().budgetCents());
            assertNotEquals(written.stamp(), cache.stamp().orElseThrow());
        }
    }
}
