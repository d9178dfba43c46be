package io.adsdesk.registry;

import io.adsdesk.model.Account;
import io.adsdesk.model.Program;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;
import io.adsdesk.model.change.ChangeField;
import io.adsdesk.model.change.PendingChange;
import io.adsdesk.testing.RegistryEngine;
import io.adsdesk.threads.Threads;
import io.adsdesk.ui.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Two registries of one account on a team's PostgreSQL server: what one commits, the other hears of
 * (skipped without a server).
 */
class TeamChangeNoticesTest {
    private static final long WAIT_SECONDS = 20;

    private final Threads threads = new Threads("notices-test");
    private TeamServer server;
    private Account account;
    private HibernateProgramRegistry writer;
    private HibernateProgramRegistry reader;
    private final BlockingQueue<RegistryChange> heard = new LinkedBlockingQueue<>();

    @BeforeEach
    void open() throws Exception {
        server = RegistryEngine.server();
        account = RegistryEngine.freshAccount("notices");
        writer = TeamRegistries.open(server, account, null, null);
        reader = TeamRegistries.open(server, account, null, null);
        reader.listen(threads.cachedPool("listen"), heard::add);
        assertEquals(RegistryChange.Kind.LISTENING, next(heard).kind());
    }

    @AfterEach
    void close() {
        if (writer != null) {
            writer.close();
            reader.close();
        }
        threads.close();
    }

    private static RegistryChange next(BlockingQueue<RegistryChange> queue) throws InterruptedException {
        RegistryChange change = queue.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(change, "nothing heard within " + WAIT_SECONDS + " s");
        return change;
    }

    private static SyncRun run(int added, int updated, int removed) {
        Instant now = Instant.now();
        return new SyncRun(0, now, now, SyncOutcome.SYNCED, added, 0, added, added, updated, removed, 1, null);
    }

    @Test
    void aCommittedSyncIsHeardWithWhoMadeItAndItsCounts() throws Exception {
        try (SyncWriter sync = writer.openSyncWriter()) {
            sync.insert(TestData.programs(3, 2));
            sync.commit(run(3, 0, 0));
        }
        RegistryChange change = next(heard);
        assertEquals(RegistryChange.Kind.SYNC, change.kind());
        assertEquals(Makers.current(), change.madeBy());
        assertEquals(3, change.added());
        assertEquals(3, reader.countPrograms(), "the notice comes after the commit: the rows are there");
    }

    @Test
    void aSyncRolledBackIsNeverHeard() throws Exception {
        try (SyncWriter sync = writer.openSyncWriter()) {
            sync.insert(TestData.programs(2, 1));
        }
        Program one = TestData.programs(1, 1).getFirst();
        writer.upsertProgram(one);
        RegistryChange first = next(heard);
        assertEquals(RegistryChange.Kind.PROGRAMS, first.kind(), "the first notice heard is the later read-back's");
        assertEquals(1, reader.countPrograms());
    }

    @Test
    void aRegistryDoesNotHearItsOwnWrites() throws Exception {
        BlockingQueue<RegistryChange> writerHeard = new LinkedBlockingQueue<>();
        writer.listen(threads.cachedPool("listen-writer"), writerHeard::add);
        assertEquals(RegistryChange.Kind.LISTENING, next(writerHeard).kind());
        writer.upsertProgram(TestData.programs(1, 1).getFirst());
        assertEquals(RegistryChange.Kind.PROGRAMS, next(heard).kind());
        reader.jobStore().insert(JobRecord.submitted("job-1", account.key(), "EDIT", "P1", "B1", "{}", Instant.now(),
                "PROCESSING", null));
        assertEquals(RegistryChange.Kind.JOBS, next(writerHeard).kind(), "the writer's first news is the reader's job, not its own write");
    }

    @Test
    void jobsAuditEntriesAndPendingChangesAreHeard() throws Exception {
        writer.jobStore().insert(JobRecord.submitted("job-2", account.key(), "EDIT", "P1", "B1", "{}", Instant.now(),
                "PROCESSING", null));
        assertEquals(RegistryChange.Kind.JOBS, next(heard).kind());
        writer.auditStore().append(AuditEntry.of(Instant.now(), account.key(), "EDIT", "P1", "B1", "{}", "{}", "job-2",
                "PROCESSING", null));
        assertEquals(RegistryChange.Kind.AUDIT, next(heard).kind());
        writer.changeStore().insert(List.of(PendingChange.of(account.key(), "P1", ChangeField.BUDGET, "100", "200", null,
                Instant.now(), "ana")));
        assertEquals(RegistryChange.Kind.PENDING_CHANGES, next(heard).kind());
    }

    @Test
    void aLostConnectionIsOpenedAgainAndSaysAnythingMayHaveChanged() throws Exception {
        String schema = TeamRegistries.schemaOf(account);
        try (var c = DriverManager.getConnection(server.url(), server.user(), server.password());
             var ps = c.prepareStatement("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = ?")) {
            ps.setString(1, "LISTEN \"" + schema + "\"");
            try (var rs = ps.executeQuery()) {
                assertEquals(true, rs.next(), "the listener's connection was found");
            }
        }
        assertEquals(RegistryChange.Kind.RECONNECTED, next(heard).kind());
        writer.upsertProgram(TestData.programs(1, 1).getFirst());
        assertEquals(RegistryChange.Kind.PROGRAMS, next(heard).kind());
    }

    @Test
    void aLocalRegistryHasNothingToHear() {
        try (HibernateProgramRegistry local = HibernateProgramRegistry.inMemory("notices-" + java.util.UUID.randomUUID())) {
            RegistryChange.Subscription none = local.listen(task -> {
                throw new AssertionError("a local registry takes no thread");
            }, change -> { });
            assertSame(RegistryChange.Subscription.NONE, none);
        }
    }
}
