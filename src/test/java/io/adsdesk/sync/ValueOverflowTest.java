package io.adsdesk.sync;

import io.adsdesk.api.ApiSettings;
import io.adsdesk.api.Credentials;
import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.model.Business;
import io.adsdesk.model.Program;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;
import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.registry.SyncWriter;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxServer;
import io.adsdesk.testing.MemoryRegistry;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValueOverflowTest {
    private static final String H2_MESSAGE = "Value too long for column \"PROGRAM_TYPE CHARACTER VARYING(32)\": \"'CPC_TTTT...' (92)\"";

    @Test
    void aValueTooLongForItsColumnIsNamedAsSuch() {
        RuntimeException e = new IllegalStateException("could not execute batch",
                new RuntimeException(new SQLException(H2_MESSAGE, "22001", 22001)));
        assertEquals("The partner API sent a value too large for the local registry (program_type), so nothing was "
                + "changed. Update AdsDesk, or send the log to support.", ValueOverflow.describe(e));
        assertTrue(ValueOverflow.describe(new SQLException("Numeric value out of range", "22003")).startsWith("The partner API"));
        assertNull(ValueOverflow.describe(new IllegalStateException(new SQLException("deadlock", "40001"))));
        assertNull(ValueOverflow.describe(new NullPointerException()));
    }

    @Test
    void aSyncWhoseWriteOverflowsAColumnFailsWithThatReasonNotInternalError() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(30).withBusinesses(5));
             OverflowingRegistry registry = new OverflowingRegistry()) {
            ApiSettings settings = ApiSettings.defaults(sandbox.baseUrl()).withRetries(2, Duration.ofMillis(5), Duration.ofMillis(10));
            PartnerApiClient client = new PartnerApiClient(settings, new Credentials("demo", SandboxConfig.DEFAULT_PASSWORD.toCharArray()));

            SyncReport report = new RegistrySynchronizer(client, registry, SyncOptions.defaults(),
                    SyncGuard.inProcess("overflow-" + sandbox.port())).sync(SyncProgress.NONE, () -> false);

            assertEquals(SyncOutcome.FAILED, report.status());
            assertEquals(SyncFailure.UNEXPECTED_RESPONSE, report.failure());
            assertTrue(report.message().contains("too large for the local registry (program_type)"), report.message());
            assertFalse(report.message().toLowerCase(java.util.Locale.ROOT).contains("internal error"), report.message());
            assertEquals(0, registry.countPrograms());
        }
    }

    /** A registry whose write fails as a column too short for a value does. */
    private static final class OverflowingRegistry implements ProgramRegistry {
        private final MemoryRegistry inner = new MemoryRegistry();

        @Override
        public SyncWriter openSyncWriter() {
            return new SyncWriter() {
                @Override
                public void insert(Collection<Program> programs) {
                    throw overflow();
                }

                @Override
                public void replace(Collection<Program> programs) {
                    throw overflow();
                }

                @Override
                public void remove(Collection<String> programIds) {
                }

                @Override
                public void record(io.adsdesk.model.RunChanges changes) {
                }

                @Override
                public SyncRun commit(SyncRun run) {
                    throw overflow();
                }

                @Override
                public void close() {
                }
            };
        }

        private static IllegalStateException overflow() {
            return new IllegalStateException("could not execute batch", new SQLException(H2_MESSAGE, "22001", 22001));
        }

        @Override
        public List<Program> findAll() {
            return inner.findAll();
        }

        @Override
        public int countPrograms() {
            return inner.countPrograms();
        }

        @Override
        public List<Business> findBusinesses() {
            return inner.findBusinesses();
        }

        @Override
        public SyncRun recordRun(SyncRun run) {
            return inner.recordRun(run);
        }

        @Override
        public void upsertBusinesses(Collection<Business> businesses) {
            inner.upsertBusinesses(businesses);
        }

        @Override
        public List<SyncRun> syncHistory(int limit) {
            return inner.syncHistory(limit);
        }

        @Override
        public Optional<Instant> lastSyncedAt() {
            return inner.lastSyncedAt();
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
