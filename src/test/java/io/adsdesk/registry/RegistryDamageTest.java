package io.adsdesk.registry;

import io.adsdesk.testing.SyncWrites;

import io.adsdesk.model.Program;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.registry.RegistryDamagedException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A registry file that is not what AdsDesk last saved is refused with what happened, and left as it was. */
class RegistryDamageTest {
    static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    static final String ACCOUNT = "alice";

    @TempDir
    Path dir;

    /** Three syncs of 300 programs each, a job and an audit entry, closed. */
    static Path registryWithHistory(Path dir) {
        try (var registry = HibernateProgramRegistry.open(dir)) {
            for (int round = 0; round < 3; round++) {
                int r = round;
                List<Program> programs = IntStream.range(0, 300)
                        .mapToObj(i -> HibernateProgramRegistryTest.program("p" + r + "_" + i, 1000 + i)).toList();
                SyncWrites.apply(registry, programs, List.of(), Set.of(),
                        HibernateProgramRegistryTest.run(SyncOutcome.SYNCED, 300));
            }
            registry.jobStore().insert(JobRecord.submitted("job1", ACCOUNT, "EDIT", "p0_1", "b1", "{}", T0, "PROCESSING", null));
            registry.auditStore().append(AuditEntry.of(T0, ACCOUNT, "EDIT", "p0_1", "b1", "{}", "{}", "job1", "PROCESSING", null));
        }
        return dir;
    }

    static Path dbFile(Path dir) {
        return dir.resolve("registry.mv.db");
    }

    private static RegistryDamagedException refused(Path dir) {
        return assertThrows(RegistryDamagedException.class, () -> {
            try (var registry = HibernateProgramRegistry.open(dir)) {
                registry.readEveryRow();
            }
        });
    }

    @Test
    void aHealthyRegistryOpensWithEverythingItHad() {
        registryWithHistory(dir);
        try (var registry = HibernateProgramRegistry.open(dir)) {
            assertEquals(900, registry.countPrograms());
            assertEquals(3, registry.syncHistory(10).size());
        }
        assertEquals(3, CommitCounter.read(dir), "one saved change per sync");
        assertTrue(RegistryRecovery.of(dir).check().isEmpty());
    }

    @Test
    void aZeroLengthFileIsRefusedAsEmptyAndNotRecreated() throws Exception {
        registryWithHistory(dir);
        truncate(dbFile(dir), 0);

        RegistryDamagedException e = refused(dir);
        assertEquals(Kind.EMPTY, e.kind());
        assertTrue(e.getMessage().contains("0 bytes") && e.getMessage().contains("restore a backup or rebuild"), e.getMessage());
        assertEquals(0, Files.size(dbFile(dir)), "nothing written over it");
    }

    @Test
    void aFileTruncatedToHalfIsRefusedAndLeftAsItWas() throws Exception {
        registryWithHistory(dir);
        truncate(dbFile(dir), Files.size(dbFile(dir)) / 2);
        byte[] damaged = Files.readAllBytes(dbFile(dir));

        RegistryDamagedException e = refused(dir);
        assertTrue(Set.of(Kind.EMPTY, Kind.OLDER, Kind.UNREADABLE).contains(e.kind()), e.kind().name());
        assertArrayEquals(damaged, Files.readAllBytes(dbFile(dir)));
    }

    @Test
    void garbageIsRefusedAsUnreadable() throws Exception {
        registryWithHistory(dir);
        byte[] garbage = new byte[(int) Files.size(dbFile(dir))];
        new Random(7).nextBytes(garbage);
        Files.write(dbFile(dir), garbage);

        RegistryDamagedException e = refused(dir);
        assertEquals(Kind.UNREADABLE, e.kind());
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        assertArrayEquals(garbage, Files.readAllBytes(dbFile(dir)));
    }

    @Test
    void aDeletedFileIsRefusedAsMissingInsteadOfStartingEmpty() throws Exception {
        registryWithHistory(dir);
        Files.delete(dbFile(dir));

        assertEquals(Kind.MISSING, refused(dir).kind());
        assertFalse(Files.exists(dbFile(dir)), "no new empty registry in its place");
    }

    @Test
    void anOlderCopyIsRefusedAsOlder() throws Exception {
        Path older = dir.resolve("older.mv.db");
        try (var registry = HibernateProgramRegistry.open(dir)) {
            SyncWrites.apply(registry, List.of(HibernateProgramRegistryTest.plain("p1")), List.of(), Set.of(),
                    HibernateProgramRegistryTest.run(SyncOutcome.SYNCED, 1));
        }
        Files.copy(dbFile(dir), older);
        try (var registry = HibernateProgramRegistry.open(dir)) {
            SyncWrites.apply(registry, List.of(HibernateProgramRegistryTest.plain("p2")), List.of(), Set.of(),
                    HibernateProgramRegistryTest.run(SyncOutcome.SYNCED, 1));
        }
        Files.copy(older, dbFile(dir), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        RegistryDamagedException e = refused(dir);
        assertEquals(Kind.OLDER, e.kind());
        assertTrue(e.getMessage().contains("holds 1 changes; AdsDesk had saved 2"), e.getMessage());
    }

    /**
     * Flipped bytes either hit a part of the file still in use, and the registry is refused as
     * damaged (on opening, or on the read that meets them), or unused space, and every row reads as
     * before: never an error of another kind, never other data.
     */
    @Test
    void flippedBytesAreRefusedWhereverTheyMatter() throws Exception {
        int refusals = 0;
        for (double at : new double[] {0.0005, 0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95, 0.999}) {
            Path account = dir.resolve("flip-" + at);
            registryWithHistory(account);
            List<Program> before;
            try (var registry = HibernateProgramRegistry.open(account)) {
                before = registry.findAll();
            }
            flip(dbFile(account), at);
            byte[] damaged = Files.readAllBytes(dbFile(account));
            try (var registry = HibernateProgramRegistry.open(account)) {
                registry.readEveryRow();
                assertEquals(before, registry.findAll(), "flip at " + at + " read back other data");
            } catch (RegistryDamagedException e) {
                refusals++;
                assertTrue(Set.of(Kind.UNREADABLE, Kind.OLDER, Kind.EMPTY).contains(e.kind()));
                assertTrue(e.getMessage().startsWith("The local registry cannot be trusted"), e.getMessage());
                if (RegistryRecovery.of(account).check().isEmpty()) {
                    throw new AssertionError("check passed a registry that was refused: flip at " + at, e);
                }
                if (e.kind() != Kind.UNREADABLE) {
                    assertArrayEquals(damaged, Files.readAllBytes(dbFile(account)));
                }
            }
        }
        assertTrue(refusals >= 3, "flips in the live data are caught (" + refusals + " of 9)");
    }

    static void truncate(Path file, long length) throws Exception {
        try (var raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(length);
        }
    }

    /** Inverts 64 bytes at this fraction of the file. */
    static void flip(Path file, double fraction) throws Exception {
        try (var raf = new RandomAccessFile(file.toFile(), "rw")) {
            long at = (long) (raf.length() * fraction);
            byte[] bytes = new byte[64];
            raf.seek(at);
            int n = raf.read(bytes);
            for (int i = 0; i < n; i++) {
                bytes[i] = (byte) ~bytes[i];
            }
            raf.seek(at);
            raf.write(bytes, 0, n);
        }
        assertFalse(Arrays.equals(new byte[0], Files.readAllBytes(file)));
    }
}
