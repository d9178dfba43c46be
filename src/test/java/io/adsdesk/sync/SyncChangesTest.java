package io.adsdesk.sync;

import io.adsdesk.api.ApiSettings;
import io.adsdesk.api.Credentials;
import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.model.ChangeKind;
import io.adsdesk.model.ChangedField;
import io.adsdesk.model.Program;
import io.adsdesk.model.RunChanges;
import io.adsdesk.model.SyncChange;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxDrift;
import io.adsdesk.sandbox.SandboxProgram;
import io.adsdesk.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The change log a sync stores, against the sandbox and its out-of-band changes. */
class SyncChangesTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final int PROGRAMS = 600;

    private SandboxServer sandbox;
    private ProgramRegistry registry;

    @BeforeEach
    void start() throws IOException {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(PROGRAMS).withBusinesses(20).withSeed(7));
        registry = HibernateProgramRegistry.inMemory("changes-" + DATABASES.incrementAndGet());
    }

    @AfterEach
    void stop() {
        sandbox.close();
        registry.close();
    }

    private SyncReport sync() {
        ApiSettings settings = ApiSettings.defaults(sandbox.baseUrl()).withRetries(5, Duration.ofMillis(5), Duration.ofMillis(40));
        PartnerApiClient client = new PartnerApiClient(settings,
                new Credentials("demo", SandboxConfig.DEFAULT_PASSWORD.toCharArray()));
        SyncReport report = new RegistrySynchronizer(client, registry, SyncOptions.defaults(),
                SyncGuard.inProcess("changes-" + sandbox.port())).sync(SyncProgress.NONE, () -> false);
        assertTrue(report.status() == SyncOutcome.SYNCED || report.status() == SyncOutcome.UP_TO_DATE, report.message());
        return report;
    }

    @Test
    void firstSyncIntoAnEmptyRegistryIsInitialAndRecordsNoProgramRows() {
        SyncReport report = sync();

        RunChanges changes = registry.changesOf(report.runId()).orElseThrow();
        assertTrue(changes.initial());
        assertTrue(changes.changes().isEmpty());
        assertEquals(report.runId(), registry.lastChanges().orElseThrow().runId());
    }

    @Test
    void syncAfterDriftStoresExactlyTheAddedUpdatedAndRemovedProgramsWithOldAndNewFields() {
        sync();
        Map<String, Program> before = registry.findAll().stream()
                .collect(Collectors.toMap(Program::programId, Function.identity()));
        SandboxDrift drift = sandbox.account().applyDrift(4, 3, 6);
        Set<String> touched = new HashSet<>(drift.modified());
        touched.addAll(drift.removed());
        SandboxProgram chosen = sandbox.account().programs().stream()
                .filter(p -> p.type().equals("CPC") && !p.past(sandbox.account().today()) && !touched.contains(p.id())
                        && !drift.added().contains(p.id()))
                .findFirst().orElseThrow();
        Program old = before.get(chosen.id());
        long newBudget = old.budgetCents() + 12_345;
        sandbox.account().changeBudget(chosen.id(), newBudget);
        sandbox.account().setPaused(chosen.id(), !old.paused());

        SyncReport report = sync();

        RunChanges changes = registry.changesOf(report.runId()).orElseThrow();
        assertFalse(changes.initial());
        assertTrue(changes.recorded());
        assertEquals(Set.copyOf(drift.added()), Set.copyOf(changes.idsOf(ChangeKind.ADDED)));
        assertEquals(Set.copyOf(drift.removed()), Set.copyOf(changes.idsOf(ChangeKind.REMOVED)));
        Set<String> updated = new HashSet<>(drift.modified());
        updated.add(chosen.id());
        assertEquals(updated, Set.copyOf(changes.idsOf(ChangeKind.UPDATED)));
        assertEquals(drift.added().size() + drift.removed().size() + updated.size(), changes.changes().size());

        SyncChange mine = changes.changes().stream().filter(c -> c.programId().equals(chosen.id())).findFirst().orElseThrow();
        assertEquals(old.primaryBusinessId(), mine.businessId());
        assertEquals(List.of(
                new ChangedField("Paused", old.paused() ? "yes" : "no", old.paused() ? "no" : "yes"),
                new ChangedField("Monthly budget", ProgramDiff.dollars(old.budgetCents()), ProgramDiff.dollars(newBudget))),
                mine.fields());
        for (SyncChange c : changes.changes()) {
            if (c.kind() == ChangeKind.UPDATED) {
                assertFalse(c.fields().isEmpty(), c.programId());
                c.fields().forEach(f -> assertFalse(f.oldValue().equals(f.newValue()), c.programId() + " " + f));
            } else {
                assertTrue(c.fields().isEmpty(), c.programId());
            }
        }
        // Removed programs are kept as they were stored, so they can still be shown.
        assertEquals(drift.removed().stream().map(before::get).collect(Collectors.toSet()), Set.copyOf(changes.removedPrograms()));
    }

    @Test
    void upToDateSyncIsTheLastSyncWithNoChangesAndKeepsTheEarlierLog() {
        sync();
        sandbox.account().applyDrift(1, 1, 1);
        SyncReport changed = sync();

        SyncReport same = sync();

        assertEquals(SyncOutcome.UP_TO_DATE, same.status());
        RunChanges last = registry.lastChanges().orElseThrow();
        assertEquals(same.runId(), last.runId());
        assertTrue(last.changes().isEmpty());
        assertEquals(3, registry.changesOf(changed.runId()).orElseThrow().changes().size());
        assertTrue(registry.changesOf(999_999).isEmpty(), "unknown run");
    }
}
