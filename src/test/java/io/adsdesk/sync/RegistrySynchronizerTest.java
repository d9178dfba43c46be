package io.adsdesk.sync;

import io.adsdesk.api.ApiSettings;
import io.adsdesk.api.Credentials;
import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.model.Business;
import io.adsdesk.model.Program;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.testing.MemoryRegistry;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxServer;
import io.adsdesk.sandbox.SandboxStats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistrySynchronizerTest {
    private static final int PROGRAMS = 2000;
    /** With 20% injected errors a page fails for good with probability 0.2^10: never, in practice. */
    private static final int ATTEMPTS = 10;

    private SandboxServer sandbox;
    private ProgramRegistry registry;

    /** The registry under test: a map here; the H2 registry in {@link HibernateRegistrySynchronizerTest}. */
    ProgramRegistry newRegistry() {
        return new MemoryRegistry();
    }

    @BeforeEach
    void start() throws IOException {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(PROGRAMS).withBusinesses(40).withSeed(11));
        registry = newRegistry();
    }

    @AfterEach
    void stop() {
        sandbox.close();
        registry.close();
    }

    private RegistrySynchronizer synchronizer(String password) {
        ApiSettings settings = ApiSettings.defaults(sandbox.baseUrl())
                .withRetries(ATTEMPTS, Duration.ofMillis(5), Duration.ofMillis(40));
        PartnerApiClient client = new PartnerApiClient(settings, new Credentials("demo", password.toCharArray()));
        return new RegistrySynchronizer(client, registry, SyncOptions.defaults(), SyncGuard.inProcess("test-" + sandbox.port()));
    }

    private RegistrySynchronizer synchronizer() {
        return synchronizer(SandboxConfig.DEFAULT_PASSWORD);
    }

    private Set<String> registryIds() {
        Set<String> ids = new HashSet<>();
        registry.findAll().forEach(p -> ids.add(p.programId()));
        return ids;
    }

    @Test
    void firstSyncStoresEveryProgramAndNamesEveryBusiness() {
        SyncReport report = synchronizer().sync(SyncProgress.NONE, () -> false);

        assertEquals(SyncOutcome.SYNCED, report.status(), report.message());
        assertEquals(PROGRAMS, report.totalApi());
        assertEquals(0, report.totalDbBefore());
        assertEquals(PROGRAMS, report.totalDbAfter());
        assertEquals(PROGRAMS, report.added());
        assertEquals(50, report.pages());
        assertEquals(new HashSet<>(sandbox.account().programIds()), registryIds());
        List<Business> businesses = registry.findBusinesses();
        assertEquals(40, businesses.size());
        assertTrue(businesses.stream().allMatch(b -> b.name() != null && b.refreshedAt() != null));
        assertEquals(SyncOutcome.SYNCED, registry.syncHistory(1).getFirst().outcome());
    }

    @Test
    void secondSyncWithoutChangesIsUpToDateAndWritesNoRow() {
        synchronizer().sync(SyncProgress.NONE, () -> false);
        List<Program> before = registry.findAll();
        int written = registry instanceof MemoryRegistry fake ? fake.programRowsWritten.get() : 0;

        SyncReport report = synchronizer().sync(SyncProgress.NONE, () -> false);

        assertEquals(SyncOutcome.UP_TO_DATE, report.status());
        assertEquals(0, report.rowsWritten());
        assertEquals(before, registry.findAll());
        if (registry instanceof MemoryRegistry fake) {
            assertEquals(written, fake.programRowsWritten.get());
        }
        assertEquals("Up to date", report.summary());
    }

    @Test
    void outOfBandChangesAreCountedExactly() {
        synchronizer().sync(SyncProgress.NONE, () -> false);
        sandbox.account().applyDrift(5, 3, 7);

        SyncReport report = synchronizer().sync(SyncProgress.NONE, () -> false);

        assertEquals(SyncOutcome.SYNCED, report.status(), report.message());
        assertEquals(5, report.added());
        assertEquals(7, report.updated());
        assertEquals(3, report.removed());
        assertEquals(PROGRAMS + 2, report.totalDbAfter());
        assertEquals(new HashSet<>(sandbox.account().programIds()), registryIds());
        assertEquals("Added 5, updated 7, removed 3", report.summary());
    }

    @Test
    void aPageThatKeepsFailingChangesNothingAndIsLogged() {
        synchronizer().sync(SyncProgress.NONE, () -> false);
        List<Program> before = registry.findAll();
        sandbox.account().applyDrift(10, 10, 10);
        sandbox.knobs().failFromOffset(800);

        SyncReport report = synchronizer().sync(SyncProgress.NONE, () -> false);

        assertEquals(SyncOutcome.FAILED, report.status());
        assertEquals(SyncFailure.UNAVAILABLE, report.failure());
        assertEquals(before, registry.findAll());
        assertEquals(SyncOutcome.FAILED, registry.syncHistory(1).getFirst().outcome());
        assertNotNull(registry.syncHistory(1).getFirst().message());
    }

    @Test
    void cancellingMidSyncChangesNothing() {
        synchronizer().sync(SyncProgress.NONE, () -> false);
        List<Program> before = registry.findAll();
        sandbox.account().applyDrift(10, 10, 10);
        sandbox.knobs().latencyMs(20);
        AtomicBoolean cancel = new AtomicBoolean();
        SyncProgress cancelAfterFivePages = (phase, pages, total, programs, programsTotal) -> {
            if (pages >= 5) {
                cancel.set(true);
            }
        };

        SyncReport report = synchronizer().sync(cancelAfterFivePages, cancel::get);

        assertEquals(SyncOutcome.CANCELLED, report.status());
        assertEquals(before, registry.findAll());
        assertEquals(SyncOutcome.CANCELLED, registry.syncHistory(1).getFirst().outcome());
    }

    @Test
    void refusedCredentialsFailWithAClearReason() {
        SyncReport report = synchronizer("wrong-password").sync(SyncProgress.NONE, () -> false);

        assertEquals(SyncOutcome.FAILED, report.status());
        assertEquals(SyncFailure.CREDENTIALS_REFUSED, report.failure());
        assertTrue(report.message().contains("refused"), report.message());
        assertEquals(0, registry.countPrograms());
        assertTrue(sandbox.stats().requests() <= SyncOptions.DEFAULT_CONCURRENCY,
                "a 401 is never retried: only the first round of pages was sent, " + sandbox.stats().requests());
    }

    @Test
    void neverMoreThanEightRequestsInFlight() {
        sandbox.knobs().latencyMs(15);

        SyncReport report = synchronizer().sync(SyncProgress.NONE, () -> false);

        assertEquals(SyncOutcome.SYNCED, report.status());
        assertTrue(sandbox.stats().maxConcurrent() <= SyncOptions.DEFAULT_CONCURRENCY,
                "max in flight was " + sandbox.stats().maxConcurrent());
        assertTrue(sandbox.stats().maxConcurrent() > 1, "pages are fetched in parallel");
    }

    @Test
    void transientServerErrorsAreRetried() {
        sandbox.knobs().error500Rate(0.2);

        SyncReport report = synchronizer().sync(SyncProgress.NONE, () -> false);

        assertEquals(SyncOutcome.SYNCED, report.status(), report.message());
        assertEquals(PROGRAMS, registry.countPrograms());
        assertTrue(sandbox.stats().serverErrorsInjected() > 0);
        assertTrue(report.requests() > report.pages());
    }

    @Test
    void programsRemovedWhilePagingAreNeitherLostNorWronglyRemoved() {
        synchronizer().sync(SyncProgress.NONE, () -> false);
        Set<String> before = registryIds();
        AtomicInteger drifts = new AtomicInteger();
        Set<String> removed = new HashSet<>();
        SyncProgress driftOnce = (phase, pages, total, programs, programsTotal) -> {
            if (phase == SyncPhase.FETCHING && pages == 10 && drifts.getAndIncrement() == 0) {
                removed.addAll(sandbox.account().applyDrift(4, 4, 0).removed());
            }
        };

        SyncReport report = synchronizer().sync(driftOnce, () -> false);

        assertEquals(SyncOutcome.SYNCED, report.status(), report.message());
        Set<String> stillThere = new HashSet<>(sandbox.account().programIds());
        Set<String> kept = new HashSet<>(before);
        kept.removeAll(removed);
        assertTrue(registryIds().containsAll(kept), "no surviving program may be lost");
        Set<String> existedDuringSync = new HashSet<>(stillThere);
        existedDuringSync.addAll(removed);
        assertTrue(existedDuringSync.containsAll(registryIds()), "nothing unknown may appear");
        assertTrue(report.removed() <= 4, "at most the removed programs are reported removed: " + report.removed());
    }

    @Test
    void aTotalTooLowByWholePagesNeitherHidesNorRemovesTheLastPrograms() {
        synchronizer().sync(SyncProgress.NONE, () -> false);
        List<String> added = sandbox.account().applyDrift(5, 0, 0).added();
        // 2005 programs announced as 1920: 48 full pages whose IDs add up to exactly the total announced.
        sandbox.knobs().totalDelta(1920 - (PROGRAMS + 5));

        SyncReport report = synchronizer().sync(SyncProgress.NONE, () -> false);

        assertEquals(SyncOutcome.SYNCED, report.status(), report.message());
        assertEquals(new HashSet<>(sandbox.account().programIds()), registryIds());
        assertTrue(registryIds().containsAll(added));
        assertEquals(5, report.added());
        assertEquals(0, report.removed());
        assertEquals(PROGRAMS + 5, report.totalApi());
    }

    @Test
    void thePageAfterTheLastIsAskedForOnlyWhenTheLastPageIsFull() {
        synchronizer().sync(SyncProgress.NONE, () -> false);
        assertEquals(PROGRAMS / 40 + 1, sandbox.stats().routeCount(SandboxStats.LIST_ALL), "2,000 programs: 50 full pages");
        sandbox.account().applyDrift(5, 0, 0);
        sandbox.stats().clear();

        SyncReport report = synchronizer().sync(SyncProgress.NONE, () -> false);

        assertEquals(51, report.pages());
        assertEquals(51, sandbox.stats().routeCount(SandboxStats.LIST_ALL), "2,005 programs: the last page is short");
    }

    @Test
    void aSecondSyncOfTheSameAccountIsRefusedWhileOneRuns() {
        SyncGuard guard = SyncGuard.inProcess("busy-" + sandbox.port());
        try (SyncGuard.Permit held = guard.tryAcquire()) {
            assertNotNull(held);
            ApiSettings settings = ApiSettings.defaults(sandbox.baseUrl());
            var client = new PartnerApiClient(settings, new Credentials("demo", SandboxConfig.DEFAULT_PASSWORD.toCharArray()));
            SyncReport report = new RegistrySynchronizer(client, registry, SyncOptions.defaults(), guard)
                    .sync(SyncProgress.NONE, () -> false);
            assertEquals(SyncFailure.BUSY, report.failure());
            assertEquals(0, sandbox.stats().routeCount(SandboxStats.LIST_ALL));
        }
    }

    @Test
    void progressIsReportedPageByPage() {
        List<Integer> pages = new java.util.concurrent.CopyOnWriteArrayList<>();
        synchronizer().sync((phase, done, total, programs, programsTotal) -> {
            if (phase == SyncPhase.FETCHING && total > 0) {
                pages.add(done);
            }
        }, () -> false);

        assertTrue(pages.size() >= 50 - SyncOptions.DEFAULT_CONCURRENCY, "an update per page: " + pages.size());
        for (int i = 1; i < pages.size(); i++) {
            assertTrue(pages.get(i) > pages.get(i - 1), "pages done only grows: " + pages);
        }
        assertEquals(50, pages.getLast());
    }
}
