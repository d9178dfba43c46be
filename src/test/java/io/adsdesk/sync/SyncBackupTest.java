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
            SyncReport report = new RegistrySynchronizer(client, registry, SyncOptions.defaults(),
                    SyncGuard.inProcess("backup-fail-" + api.port())).sync(SyncProgress.NONE, () -> false);

            assertEquals(SyncOutcome.SYNCED, report.status());
            assertEquals(50, registry.countPrograms());
            assertTrue(report.message().contains("The registry backup could not be written"), report.message());
        }
    }
}
