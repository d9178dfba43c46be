package io.adsdesk.sync;

import io.adsdesk.api.ApiSettings;
import io.adsdesk.api.Credentials;
import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.registry.RegistryException;
import io.adsdesk.testing.MemoryRegistry;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SyncRegistryFailureTest {
    @Test
    void aLockThatCannotBeWrittenFailsTheSyncWithItsReasonNotAsInternal() {
        String reason = "Cannot take the account's sync lock (sync.lock): /data (or the registry file in it) is read-only.";
        SyncGuard readOnly = () -> {
            throw new RegistryException(reason);
        };
        var client = new PartnerApiClient(ApiSettings.defaults("http://127.0.0.1:9"), new Credentials("demo", "pw".toCharArray()));
        try (var registry = new MemoryRegistry()) {
            SyncReport report = new RegistrySynchronizer(client, registry, SyncOptions.defaults(), readOnly)
                    .sync(SyncProgress.NONE, () -> false);

            assertEquals(SyncOutcome.FAILED, report.status());
            assertEquals(SyncFailure.LOCAL_REGISTRY, report.failure());
            assertEquals(reason, report.message());
            assertFalse(report.message().contains("internal error"));
        }
    }
}
