package io.adsdesk.sync;

import io.adsdesk.api.ApiSettings;
import io.adsdesk.api.Credentials;
import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.model.Program;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxDrift;
import io.adsdesk.sandbox.SandboxKnobs;
import io.adsdesk.sandbox.SandboxServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Faults of the partner API during a sync that has real changes to apply. Whatever happens, the
 * registry afterwards is either the complete new state or exactly the old one, the run is logged
 * with its outcome, and a failure says why in plain words.
 */
class FaultInjectionTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    /** The account after the drift below: 600 programs, 6 added, 4 removed. */
    private static final int PROGRAMS_AFTER_DRIFT = 602;

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of("20% random 500s", (Consumer<SandboxKnobs>) k -> k.error500Rate(0.2), SyncOutcome.SYNCED, null),
                Arguments.of("30% random 503s", (Consumer<SandboxKnobs>) k -> k.error503Rate(0.3), SyncOutcome.SYNCED, null),
                Arguments.of("429 storm with Retry-After", (Consumer<SandboxKnobs>) k -> k.maxConcurrent(3), SyncOutcome.SYNCED, null),
                Arguments.of("30% connection resets", (Consumer<SandboxKnobs>) k -> k.resetRate(0.3), SyncOutcome.SYNCED, null),
                Arguments.of("30% truncated JSON", (Consumer<SandboxKnobs>) k -> k.malformedRate(0.3), SyncOutcome.SYNCED, null),
                Arguments.of("always truncated JSON", (Consumer<SandboxKnobs>) k -> k.malformedRate(1.0), SyncOutcome.FAILED,
                        SyncFailure.UNEXPECTED_RESPONSE),
                Arguments.of("answers slower than the timeout", (Consumer<SandboxKnobs>) k -> k.latencyMs(1500), SyncOutcome.FAILED,
                        SyncFailure.UNAVAILABLE),
                Arguments.of("deep pages keep failing", (Consumer<SandboxKnobs>) k -> k.failFromOffset(200), SyncOutcome.FAILED,
                        SyncFailure.UNAVAILABLE),
                Arguments.of("programs added between every page", (Consumer<SandboxKnobs>) k -> k.insertsPerPage(1),
                        SyncOutcome.FAILED, SyncFailure.INCOMPLETE),
                Arguments.of("credentials revoked mid-sync (401)", (Consumer<SandboxKnobs>) k -> k.revokeCredentialsAfter(5),
                        SyncOutcome.FAILED, SyncFailure.CREDENTIALS_REFUSED),
                Arguments.of("List All total 25 too high", (Consumer<SandboxKnobs>) k -> k.totalDelta(25),
                        SyncOutcome.SYNCED, null),
                Arguments.of("List All total 25 too low", (Consumer<SandboxKnobs>) k -> k.totalDelta(-25),
                        SyncOutcome.SYNCED, null),
                // 602 reported as 520: exactly 13 full pages, so the IDs listed match the total announced.
                Arguments.of("List All total two pages too low", (Consumer<SandboxKnobs>) k -> k.totalDelta(520 - PROGRAMS_AFTER_DRIFT),
                        SyncOutcome.SYNCED, null),
                Arguments.of("List All total always 0", (Consumer<SandboxKnobs>) k -> k.totalDelta(-10_000),
                        SyncOutcome.SYNCED, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void theRegistryIsTheCompleteNewStateOrExactlyTheOldOne(String name, Consumer<SandboxKnobs> fault,
                                                             SyncOutcome expected, SyncFailure failure) throws Exception {
        try (Scenario s = new Scenario(fault)) {
            SyncReport report = s.report;

            assertEquals(expected, report.status(), name + ": " + report.message());
            assertEquals(expected, s.logged.outcome());
            assertEquals(report.message(), s.logged.message(), "the run is logged with what the user was told");
            if (expected == SyncOutcome.SYNCED) {
                assertEquals(Set.of(), difference(s.fresh, s.storedIds()), name + ": programs lost");
                assertEquals(Set.of(), difference(s.storedIds(), s.fresh), name + ": programs kept that are gone");
                assertEquals(s.drift.added().size(), report.added());
                assertEquals(s.drift.removed().size(), report.removed(), name + ": none wrongly reported removed");
            } else {
                assertEquals(s.old, s.registry.findAll(), name + ": a failed sync must change nothing");
                assertEquals(failure, report.failure());
                assertNotNull(s.logged.message());
                assertFalse(report.message().isBlank());
            }
        }
    }

    @Test
    void credentialsRevokedMidSyncAskToSignInAgainAndChangeNothing() throws Exception {
        try (Scenario s = new Scenario(k -> k.revokeCredentialsAfter(5))) {
            assertTrue(s.api.stats().unauthorizedAnswered() > 0);
            assertEquals(SyncFailure.CREDENTIALS_REFUSED, s.report.failure());
            assertTrue(s.report.message().startsWith(SyncFailure.CREDENTIALS_REFUSED.advice()), s.report.message());
            assertTrue(s.report.message().contains("401"), s.report.message());
            assertEquals(SyncOutcome.FAILED, s.logged.outcome());
            assertEquals(s.report.message(), s.logged.message());
            assertEquals(s.old, s.registry.findAll());
        }
    }

    @ParameterizedTest(name = "total off by {0}")
    @ValueSource(ints = {25, -25, 520 - PROGRAMS_AFTER_DRIFT})
    void aListAllTotalThatLiesIsNamedInTheRunLog(int delta) throws Exception {
        try (Scenario s = new Scenario(k -> k.totalDelta(delta))) {
            assertEquals(SyncOutcome.SYNCED, s.report.status(), s.report.message());
            assertEquals(PROGRAMS_AFTER_DRIFT, s.report.totalApi());
            assertTrue(s.logged.message().contains("announced " + (PROGRAMS_AFTER_DRIFT + delta) + " programs and listed "
                    + PROGRAMS_AFTER_DRIFT), s.logged.message());
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> rest = new HashSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    /** A first sync, then drift on the account, then the fault, then the sync under test. */
    private static final class Scenario implements AutoCloseable {
        final SandboxServer api;
        final HibernateProgramRegistry registry;
        final List<Program> old;
        final SandboxDrift drift;
        final Set<String> fresh;
        final SyncReport report;
        final SyncRun logged;

        Scenario(Consumer<SandboxKnobs> fault) throws Exception {
            api = SandboxServer.start(SandboxConfig.defaults().withPrograms(600).withBusinesses(12).withSeed(5));
            registry = HibernateProgramRegistry.inMemory("faults-" + DATABASES.incrementAndGet());
            try {
                ApiSettings settings = ApiSettings.defaults(api.baseUrl()).withRequestTimeout(Duration.ofMillis(600))
                        .withRetries(10, Duration.ofMillis(5), Duration.ofMillis(50));
                var client = new PartnerApiClient(settings, new Credentials("demo", SandboxConfig.DEFAULT_PASSWORD.toCharArray()));
                var synchronizer = new RegistrySynchronizer(client, registry, SyncOptions.defaults(),
                        SyncGuard.inProcess("faults-" + api.port()));
                assertEquals(SyncOutcome.SYNCED, synchronizer.sync(SyncProgress.NONE, () -> false).status());
                old = registry.findAll();
                drift = api.account().applyDrift(6, 4, 8);
                fresh = new HashSet<>(api.account().programIds());
                assertEquals(PROGRAMS_AFTER_DRIFT, fresh.size());
                fault.accept(api.knobs());
                report = synchronizer.sync(SyncProgress.NONE, () -> false);
                logged = registry.syncHistory(1).getFirst();
            } catch (Exception | Error e) {
                close();
                throw e;
            }
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
