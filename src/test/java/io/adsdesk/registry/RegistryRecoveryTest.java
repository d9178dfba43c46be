package io.adsdesk.registry;

import io.adsdesk.testing.SyncWrites;

import io.adsdesk.model.SyncOutcome;
import io.adsdesk.registry.RegistryBackups.Backup;
import io.adsdesk.registry.RegistryDamagedException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistryRecoveryTest {
    @TempDir
    Path dir;

    /** The registry of {@link RegistryDamageTest#registryWithHistory}, backed up, then one more sync not in the backup. */
    private void backedUpThenChanged() {
        RegistryDamageTest.registryWithHistory(dir);
        try (var registry = HibernateProgramRegistry.open(dir)) {
            assertTrue(registry.backUp().isEmpty());
            SyncWrites.apply(registry, List.of(HibernateProgramRegistryTest.plain("after-backup")), List.of(), Set.of(),
                    HibernateProgramRegistryTest.run(SyncOutcome.SYNCED, 1));
        }
    }

    private byte[] garble() throws Exception {
        byte[] garbage = new byte[(int) Files.size(RegistryDamageTest.dbFile(dir))];
        new Random(3).nextBytes(garbage);
        Files.write(RegistryDamageTest.dbFile(dir), garbage);
        return garbage;
    }

    @Test
    void backupsKeepTheNewestThreeNamedWithTheirTime() throws Exception {
        try (var registry = HibernateProgramRegistry.open(dir)) {
            for (int i = 0; i < 4; i++) {
                SyncWrites.apply(registry, List.of(HibernateProgramRegistryTest.plain("p" + i)), List.of(), Set.of(),
                        HibernateProgramRegistryTest.run(SyncOutcome.SYNCED, 1));
                assertTrue(registry.backUp().isEmpty());
                Thread.sleep(2); // distinct names: they carry the time to the millisecond
            }
        }
        List<Backup> backups = RegistryBackups.list(dir);
        assertEquals(RegistryBackups.KEPT, backups.size());
        assertTrue(backups.get(0).takenAt().isAfter(backups.get(1).takenAt()), "newest first");
        try (var files = Files.list(dir.resolve("backups"))) {
            assertEquals(3, files.count(), "older backups and partial files removed");
        }
    }

    @Test
    void restoringTheLastBackupBringsBackProgramsHistoryJobsAndAuditAndKeepsTheDamagedFile() throws Exception {
        backedUpThenChanged();
        byte[] garbage = garble();
        RegistryRecovery recovery = RegistryRecovery.of(dir);
        assertEquals(Kind.UNREADABLE, assertThrows(RegistryDamagedException.class, () -> recovery.check().ifPresent(e -> {
            throw e;
        })).kind());

        Path aside = recovery.restore(recovery.backups().getFirst()).orElseThrow();

        assertArrayEquals(garbage, Files.readAllBytes(aside), "the damaged file is kept as it was");
        assertTrue(recovery.check().isEmpty());
        try (var registry = HibernateProgramRegistry.open(dir)) {
            assertEquals(900, registry.countPrograms());
            assertTrue(registry.findProgram("after-backup").isEmpty(), "the change after the backup is not in it");
            assertEquals(3, registry.syncHistory(10).size());
            assertTrue(registry.jobStore().find("job1").isPresent());
            assertEquals(1, registry.auditStore().newestFirst(RegistryDamageTest.ACCOUNT, 10).size());
            SyncWrites.apply(registry, List.of(HibernateProgramRegistryTest.plain("next")), List.of(), Set.of(),
                    HibernateProgramRegistryTest.run(SyncOutcome.SYNCED, 1));
        }
        try (var registry = HibernateProgramRegistry.open(dir)) {
            assertEquals(901, registry.countPrograms(), "the restored registry takes new changes and opens again");
        }
    }

    @Test
    void rebuildingStartsWithoutProgramsButKeepsHistoryJobsAndAuditFromTheBackup() throws Exception {
        backedUpThenChanged();
        Files.write(RegistryDamageTest.dbFile(dir), new byte[0]);
        RegistryRecovery recovery = RegistryRecovery.of(dir);

        Backup used = recovery.rebuild().orElseThrow();

        assertEquals(recovery.backups().getFirst(), used);
        try (var registry = HibernateProgramRegistry.open(dir)) {
            assertEquals(0, registry.countPrograms(), "programs come from the next sync");
            assertTrue(registry.findBusinesses().isEmpty());
            assertEquals(3, registry.syncHistory(10).size());
            assertTrue(registry.jobStore().find("job1").isPresent());
            assertEquals(1, registry.auditStore().newestFirst(RegistryDamageTest.ACCOUNT, 10).size());
        }
        try (var files = Files.list(dir)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("registry-damaged-")), "damaged file kept");
        }
    }

    @Test
    void rebuildingWithoutABackupStartsFromAnEmptyRegistry() throws Exception {
        RegistryDamageTest.registryWithHistory(dir);
        garble();

        assertTrue(RegistryRecovery.of(dir).rebuild().isEmpty());

        try (var registry = HibernateProgramRegistry.open(dir)) {
            assertEquals(0, registry.countPrograms());
            assertTrue(registry.syncHistory(10).isEmpty());
        }
    }

    @Test
    void anUnreadableBackupIsRefusedAndTheRegistryLeftAlone() throws Exception {
        backedUpThenChanged();
        RegistryRecovery recovery = RegistryRecovery.of(dir);
        Backup backup = recovery.backups().getFirst();
        Files.write(backup.file(), "not a zip".getBytes());
        byte[] before = Files.readAllBytes(RegistryDamageTest.dbFile(dir));

        RegistryException e = assertThrows(RegistryException.class, () -> recovery.restore(backup));

        assertTrue(e.getMessage().contains("cannot be read either"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(RegistryDamageTest.dbFile(dir)));
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().startsWith("restore-")), "no leftovers");
        }
    }

    @Test
    void aRegistryOpenInThisProcessIsNotSwapped() throws Exception {
        backedUpThenChanged();
        RegistryRecovery recovery = RegistryRecovery.of(dir);
        try (var open = HibernateProgramRegistry.open(dir)) {
            RegistryException e = assertThrows(RegistryException.class, () -> recovery.restore(recovery.backups().getFirst()));
            assertTrue(e.getMessage().contains("open in another AdsDesk process"), e.getMessage());
            assertEquals(901, open.countPrograms());
        }
    }
}
