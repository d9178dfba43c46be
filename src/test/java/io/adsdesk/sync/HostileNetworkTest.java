package io.adsdesk.sync;

import io.adsdesk.api.ApiSettings;
import io.adsdesk.api.Credentials;
import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.model.Program;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxKnobs;
import io.adsdesk.sandbox.SandboxServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sync against a hostile server (the sandbox's hostile knobs). A stalled server fails the sync
 * safely within its stall timeout plus one request timeout, naming the page; an API that refuses
 * offsets past the end or announces an absurd total still syncs; the rest fail in plain words
 * with the registry untouched.
 */
@Timeout(120)
class HostileNetworkTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final Duration STALL = Duration.ofSeconds(2);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(1);
    /** Generous slack over stall + request timeout for a loaded machine; a hang would take minutes. */
    private static final Duration SLACK = Duration.ofSeconds(10);

    static Stream<Arguments> stalls() {
        return Stream.of(
                Arguments.of("a body that trickles in", (Consumer<SandboxKnobs>) k -> k.hostile().trickleMs(50)),
                Arguments.of("a body that never ends", (Consumer<SandboxKnobs>) k -> k.hostile().endlessBody(true)),
                Arguments.of("headers that never come", (Consumer<SandboxKnobs>) k -> k.latencyMs(60_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stalls")
    void aStalledServerFailsTheSyncSafelyByItsDeadlineAndNamesThePage(String name, Consumer<SandboxKnobs> stall)
            throws Exception {
        try (Scenario s = new Scenario(200)) {
            stall.accept(s.api.knobs());
            long started = System.nanoTime();

            SyncReport report = s.sync();

            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertEquals(SyncOutcome.FAILED, report.status(), name + ": " + report.message());
            assertEquals(SyncFailure.INCOMPLETE, report.failure(), report.message());
            assertTrue(report.message().contains("no progress on page 1 (offset 0) for 2 s"), report.message());
            assertTrue(took.compareTo(STALL.plus(REQUEST_TIMEOUT).plus(SLACK)) < 0, name + " took " + took);
            assertEquals(s.old, s.registry.findAll(), "a stalled sync changes nothing");
            assertEquals(SyncOutcome.FAILED, s.lastRun().outcome());
        }
    }

    @ParameterizedTest(name = "{0} programs")
    @ValueSource(ints = {200, 600, 601})
    void aServerThatRefusesOffsetsPastTheEndStillSyncsEverything(int programs) throws Exception {
        try (Scenario s = new Scenario(programs)) {
            s.api.account().applyDrift(3, 0, 0);
            s.api.knobs().hostile().pastEnd400(true);

            SyncReport report = s.sync();

            assertEquals(SyncOutcome.SYNCED, report.status(), report.message());
            assertEquals(programs + 3, report.totalApi());
            assertEquals(Set.copyOf(s.api.account().programIds()), s.storedIds());
        }
    }

    @Test
    void aRefusedOffsetInsideTheAnnouncedTotalIsAFailure() throws Exception {
        try (Scenario s = new Scenario(200)) {
            s.api.knobs().hostile().pastEnd400(true);
            s.api.knobs().totalDelta(100); // announces 300: the 400s at 200..280 are inside it

            SyncReport report = s.sync();

            assertEquals(SyncOutcome.FAILED, report.status());
            assertEquals(SyncFailure.UNEXPECTED_RESPONSE, report.failure());
            assertEquals(s.old, s.registry.findAll());
        }
    }

    @Test
    void anAbsurdTotalEndsAtTheFirstEmptyPage() throws Exception {
        try (Scenario s = new Scenario(200)) {
            s.api.account().applyDrift(2, 1, 0);
            s.api.knobs().totalDelta(100_000_000 - 201);

            SyncReport report = s.sync();

            assertEquals(SyncOutcome.SYNCED, report.status(), report.message());
            assertEquals(201, report.totalApi());
            assertEquals(Set.copyOf(s.api.account().programIds()), s.storedIds());
            assertTrue(report.requests() < 100, report.requests() + " requests");
            assertTrue(s.lastRun().message().contains("announced 100000000 programs and listed 201"), s.lastRun().message());
        }
    }

    @Test
    void aSignInPageFailsTheSyncAsOfflineInPlainWords() throws Exception {
        try (Scenario s = new Scenario(200)) {
            s.api.account().applyDrift(2, 1, 0);
            s.api.knobs().hostile().webPage(true);

            SyncReport report = s.sync();

            assertEquals(SyncFailure.UNAVAILABLE, report.failure(), "the command line exits 4 for it");
            assertTrue(report.message().contains("web page, not the partner API (a proxy or sign-in page?)"), report.message());
            assertEquals(s.old, s.registry.findAll());
        }
    }

    @Test
    void anOversizedPageFailsTheSyncAsAnUnexpectedResponse() throws Exception {
        try (Scenario s = new Scenario(200)) {
            s.api.account().applyDrift(2, 1, 0);
            s.api.knobs().hostile().padBytes(32L * 1024 * 1024);

            SyncReport report = s.sync();

            assertEquals(SyncFailure.UNEXPECTED_RESPONSE, report.failure(), report.message());
            assertTrue(report.message().contains("larger than"), report.message());
            assertEquals(s.old, s.registry.findAll());
        }
    }

    @Test
    void escapeSequencesInAnErrorNeverReachTheSyncMessage() throws Exception {
        try (Scenario s = new Scenario(200)) {
            s.api.knobs().hostile().escapesInErrors(true);
            s.api.knobs().revokeCredentialsAfter(0);

            SyncReport report = s.sync();

            assertEquals(SyncFailure.CREDENTIALS_REFUSED, report.failure());
            assertFalse(report.message().chars().anyMatch(c -> c < 0x20 || c == 0x7f), report.message());
            assertFalse(s.lastRun().message().chars().anyMatch(c -> c < 0x20 || c == 0x7f), s.lastRun().message());
        }
    }

    /** A first sync of {@code programs}, then the test's knobs, then the sync under test. */
    private static final class Scenario implements AutoCloseable {
        final SandboxServer api;
        final HibernateProgramRegistry registry;
        final RegistrySynchronizer synchronizer;
        final List<Program> old;

        Scenario(int programs) throws Exception {
            api = SandboxServer.start(SandboxConfig.defaults().withPrograms(programs).withBusinesses(8).withSeed(11));
            registry = HibernateProgramRegistry.inMemory("hostile-" + DATABASES.incrementAndGet());
            try {
                ApiSettings settings = ApiSettings.defaults(api.baseUrl()).withRequestTimeout(REQUEST_TIMEOUT)
                        .withRetries(10, Duration.ofMillis(5), Duration.ofMillis(50));
                var client = new PartnerApiClient(settings, new Credentials("demo", SandboxConfig.DEFAULT_PASSWORD.toCharArray()));
                synchronizer = new RegistrySynchronizer(client, registry, SyncOptions.defaults().withStallTimeout(STALL),
                        SyncGuard.inProcess("hostile-" + api.port()));
                assertEquals(SyncOutcome.SYNCED, sync().status());
                old = registry.findAll();
            } catch (Exception | Error e) {
                close();
                throw e;
            }
        }

        SyncReport sync() {
            return synchronizer.sync(SyncProgress.NONE, () -> false);
        }

        SyncRun lastRun() {
            return registry.syncHistory(1).getFirst();
        }

        Set<String> storedIds() {
            return registry.findAll().stream().map(Program::programId).collect(Collectors.toSet());
        }

        @Override
        public void close() {
            registry.close();
            api.close();
        }
    }
}
