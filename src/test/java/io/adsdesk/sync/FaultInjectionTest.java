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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

/**
 * Faults of the partner API during a sync that has real changes to apply. Whatever happens, the
 * registry afterwards is either the complete new state or exactly the old one, the run is logged
 * with its outcome, and a failure says why in plain words.
 */
class FaultInjectionTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();

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
                        SyncOutcome.FAILED, SyncFailure.INCOMPLETE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void theRegistryIsTheCompleteNewStateOrExactlyTheOldOne(String name, Consumer<SandboxKnobs> fault,
                                                             SyncOutcome expected, SyncFailure failure) throws Exception {
        try (SandboxServer api = SandboxServer.start(SandboxConfig.defaults().withPrograms(600).withBusinesses(12).withSeed(5));
             var registry = HibernateProgramRegistry.inMemory("faults-" + DATABASES.incrementAndGet())) {
            ApiSettings settings = ApiSettings.defaults(api.baseUrl()).withRequestTimeout(Duration.ofMillis(600))
                    .withRetries(10, Duration.ofMillis(5), Duration.ofMillis(50));
            var client = new PartnerApiClient(settings, new Credentials("demo", SandboxConfig.DEFAULT_PASSWORD.toCharArray()));
            var synchronizer = new RegistrySynchronizer(client, registry, SyncOptions.defaults(),
                    SyncGuard.inProcess("faults-" + api.port()));
            assertEquals(SyncOutcome.SYNCED, synchronizer.sync(SyncProgress.NONE, () -> false).status());
            List<Program> old = registry.findAll();
            api.account().applyDrift(6, 4, 8);
            Set<String> fresh = new HashSet<>(api.account().programIds());
            fault.accept(api.knobs());

            SyncReport report = synchronizer.sync(SyncProgress.NONE, () -> false);

            assertEquals(expected, report.status(), name + ": " + report.message());
            SyncRun logged = registry.syncHistory(1).getFirst();
            assertEquals(expected, logged.outcome());
            if (expected == SyncOutcome.SYNCED) {
                assertEquals(fresh, registry.findAll().stream().map(Program::programId).collect(Collectors.toSet()));
            } else {
                assertEquals(old, registry.findAll(), name + ": a failed sync must change nothing");
                assertEquals(failure, report.failure());
                assertNotNull(logged.message());
                assertFalse(report.message().isBlank());
            }
        }
    }
}
