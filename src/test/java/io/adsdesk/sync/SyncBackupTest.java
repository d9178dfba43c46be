package io.adsdesk.sync;

import io.adsdesk.api.ApiSettings;
import io.adsdesk.api.Credentials;
import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.registry.RegistryBackups;
import io.adsdesk.registry.RegistryBackups.Backup;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A sync that changed the registry leaves a backup behind; the newest three are kept. */
class SyncBackupTest {
    @TempDir
    Path dir;

    @Test
    void fourChangingSyncsLeaveThreeBackupsAndAnUpToDateSyncNone() throws Exception {
        try (SandboxServer api = SandboxServer.start(SandboxConfig.defaults().withPrograms(120).withBusinesses(6).withSeed(3));
             HibernateProgramRegistry registry = HibernateProgramRegistry.open(dir)) {
            var client = new PartnerApiClient(ApiSettings.defaults(api.baseUrl()),
                    new Credentials("demo", SandboxConfig.DEFAULT_PASSWORD.toCharArray()));
            var synchronizer = new RegistrySynchronizer(client, registry, SyncOptions.defaults(), SyncGuard.inProcess("backup-" + api.port()));
            List<Backup> newest = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                if (i > 0) {
                    api.account().applyDrift(2, 1, 3);
                }
                SyncReport report = synchronizer.sync(SyncProgress.NONE, () -> false);
                assertEquals(SyncOutcome.SYNCED, report.status());
                assertNull(report.message(), "no backup problem noted");
                assertTrue(synchronizer.awaitBackup().isEmpty(), "the backup after the report was written");
                newest.add(RegistryBackups.list(dir).getFirst());
                Thread.sleep(2); // backups are named to the millisecond
            }
            assertEquals(RegistryBackups.KEPT, RegistryBackups.list(dir).size());
            assertEquals(newest.subList(1, 4).reversed(), RegistryBackups.list(dir), "the last three syncs' backups");

            assertEquals(SyncOutcome.UP_TO_DATE, synchronizer.sync(SyncProgress.NONE, () -> false).status());
            assertEquals(newest.subList(1, 4).reversed(), RegistryBackups.list(dir), "an up-to-date sync writes none");
        }
    }

    @Test
    void aBackupThatCannotBeWrittenIsNotedAndTheSyncStillSucceeds() throws Exception {
        try (SandboxServer api = SandboxServer.start(SandboxConfig.defaults().withPrograms(50).withBusinesses(3).withSeed(4));
             HibernateProgramRegistry registry = HibernateProgramRegistry.open(dir)) {
            Files.writeString(dir.resolve("backups"), "a file where the backup folder should be");
            var client = new PartnerApiClient(ApiSettings.defaults(api.baseUrl()),
                    new Credentials("demo", SandboxConfig.DEFAULT_PASSWORD.toCharArray()));
            var synchronizer = new RegistrySynchronizer(client, registry, SyncOptions.defaults(),
                    SyncGuard.inProcess("backup-fail-" + api.port()));
            SyncReport report = synchronizer.sync(SyncProgress.NONE, () -> false);

            assertEquals(SyncOutcome.SYNCED, report.status());
            assertEquals(50, registry.countPrograms());
            String note = synchronizer.awaitBackup().orElseThrow();
            assertTrue(note.contains("The registry backup could not be written"), note);

            api.account().applyDrift(1, 1, 1);
            SyncReport next = synchronizer.sync(SyncProgress.NONE, () -> false);
            assertEquals(SyncOutcome.SYNCED, next.status());
            assertTrue(next.message().contains("After the previous sync: the registry backup could not be written"),
                    next.message());
        }
    }

    @Test
    void theBackupRunsAfterTheSyncHasReportedAndClosingTheRegistryWaitsForIt() throws Exception {
        try (SandboxServer api = SandboxServer.start(SandboxConfig.defaults().withPrograms(200).withBusinesses(6).withSeed(5))) {
            var client = new PartnerApiClient(ApiSettings.defaults(api.baseUrl()),
                    new Credentials("demo", SandboxConfig.DEFAULT_PASSWORD.toCharArray()));
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            HibernateProgramRegistry registry = HibernateProgramRegistry.open(dir);
            // A backup that cannot start until the test says so: the sync must report without it.
            var held = new io.adsdesk.registry.ProgramRegistry() {
                @Override public java.util.List<io.adsdesk.model.Program> findAll() { return registry.findAll(); }
                @Override public io.adsdesk.registry.RegistryContents loadContents() { return registry.loadContents(); }
                @Override public int countPrograms() { return registry.countPrograms(); }
                @Override public java.util.List<io.adsdesk.model.Business> findBusinesses() { return registry.findBusinesses(); }
                @Override public io.adsdesk.registry.SyncWriter openSyncWriter() { return registry.openSyncWriter(); }
                @Override public io.adsdesk.model.SyncRun recordRun(io.adsdesk.model.SyncRun run) { return registry.recordRun(run); }
                @Override public void upsertBusinesses(java.util.Collection<io.adsdesk.model.Business> b) { registry.upsertBusinesses(b); }
                @Override public java.util.List<io.adsdesk.model.SyncRun> syncHistory(int limit) { return registry.syncHistory(limit); }
                @Override public java.util.Optional<java.time.Instant> lastSyncedAt() { return registry.lastSyncedAt(); }
                @Override public void upsertProgram(io.adsdesk.model.Program p) { registry.upsertProgram(p); }
                @Override public java.util.concurrent.CompletableFuture<java.util.Optional<String>> backUpLater(
                        java.util.concurrent.Executor executor) {
                    return registry.backUpLater(task -> executor.execute(() -> {
                        try {
                            release.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        task.run();
                    }));
                }
                @Override public void close() { registry.close(); }
            };
            var synchronizer = new RegistrySynchronizer(client, held, SyncOptions.defaults(), SyncGuard.inProcess("backup-late-" + api.port()));
            SyncReport report = synchronizer.sync(SyncProgress.NONE, () -> false);
            assertEquals(SyncOutcome.SYNCED, report.status());
            assertEquals(200, registry.countPrograms(), "committed before the backup");
            assertTrue(RegistryBackups.list(dir).isEmpty(), "the sync reported before its backup was written");

            Thread closer = new Thread(registry::close);
            closer.start();
            closer.join(300);
            assertTrue(closer.isAlive(), "closing waits for the backup");
            release.countDown();
            closer.join();
            assertEquals(1, RegistryBackups.list(dir).size(), "the backup was finished before the registry closed");
        }
    }
}
