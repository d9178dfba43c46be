package io.adsdesk.sync;

import io.adsdesk.api.ApiSettings;
import io.adsdesk.api.Credentials;
import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.model.ProgramIssue;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.sandbox.OddValues;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxProgram;
import io.adsdesk.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A sync against the sandbox with each odd-value knob: the account syncs whole, the odd programs are kept and marked. */
class OddValuesSyncTest {
    private static final int PROGRAMS = 120;
    private static final int ODD = 3;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private SandboxServer sandbox;
    private ProgramRegistry registry;

    @BeforeEach
    void start() throws IOException {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(PROGRAMS).withBusinesses(10).withSeed(5));
        registry = HibernateProgramRegistry.inMemory("odd-" + DATABASES.incrementAndGet());
    }

    @AfterEach
    void stop() {
        sandbox.close();
        registry.close();
    }

    private SyncReport sync() {
        ApiSettings settings = ApiSettings.defaults(sandbox.baseUrl()).withRetries(3, Duration.ofMillis(5), Duration.ofMillis(20));
        PartnerApiClient client = new PartnerApiClient(settings, new Credentials("demo", SandboxConfig.DEFAULT_PASSWORD.toCharArray()));
        return new RegistrySynchronizer(client, registry, SyncOptions.defaults(), SyncGuard.inProcess("odd-" + sandbox.port()))
                .sync(SyncProgress.NONE, () -> false);
    }

    private List<String> turnOn(OddValues.Kind kind, int programs) {
        sandbox.knobs().oddValues().set(kind, programs);
        return sandbox.knobs().oddValues().affected(kind, sandbox.account().programIds());
    }

    private Map<String, Program> stored() {
        return registry.findAll().stream().collect(Collectors.toMap(Program::programId, Function.identity()));
    }

    private SandboxProgram truth(String id) {
        return sandbox.account().programs().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    /** Kinds the contract cannot take as they are: marked. The others (long values, compact dates) are stored as sent. */
    private static boolean marks(OddValues.Kind kind) {
        return kind != OddValues.Kind.LONG_VALUES && kind != OddValues.Kind.COMPACT_DATES;
    }

    @ParameterizedTest
    @EnumSource(value = OddValues.Kind.class, names = "MISSING_IDS", mode = EnumSource.Mode.EXCLUDE)
    void eachKnobStillSyncsTheWholeAccountAndCountsAndNamesWhatItMarked(OddValues.Kind kind) {
        List<String> odd = turnOn(kind, ODD);

        SyncReport report = sync();

        assertEquals(SyncOutcome.SYNCED, report.status(), report.message());
        assertEquals(PROGRAMS, report.totalApi());
        assertEquals(PROGRAMS, report.totalDbAfter());
        assertEquals(PROGRAMS, registry.countPrograms());
        assertEquals(ODD, odd.size());
        if (marks(kind)) {
            assertEquals(odd.stream().sorted().toList(), report.marked());
            Map<String, Program> stored = stored();
            for (String id : odd) {
                Program p = stored.get(id);
                assertNotNull(p, "kept: " + id);
                assertNotNull(p.issue(), "marked: " + id);
                assertNotNull(p.issue().rawJson());
                assertTrue(p.issue().rawJson().contains(id));
                assertTrue(report.summary().contains(id), report.summary());
                assertTrue(report.message().contains(id), report.message());
            }
            assertTrue(report.summary().contains(ODD + " programs came with values"), report.summary());
            assertEquals(PROGRAMS - ODD, stored.values().stream().filter(p -> p.issue() == null).count());
        } else {
            assertEquals(List.of(), report.marked());
            assertTrue(registry.findAll().stream().noneMatch(Program::marked));
        }
    }

    @Test
    void entriesWithoutAReadableIdDeleteNothingAndAreCounted() {
        sync();
        List<String> odd = turnOn(OddValues.Kind.MISSING_IDS, 2);

        SyncReport report = sync();

        assertEquals(SyncOutcome.UP_TO_DATE, report.status(), report.message());
        assertEquals(0, report.removed());
        assertEquals(PROGRAMS, registry.countPrograms());
        assertTrue(stored().keySet().containsAll(odd), "kept");
        assertTrue(report.message().contains("2 listed programs had no readable program_id"), report.message());
        assertTrue(report.message().contains("2 programs not listed were kept rather than removed"), report.message());
    }

    @Test
    void nullEntriesInListsAreLeftOutAndTheProgramIsFlagged() {
        List<String> odd = turnOn(OddValues.Kind.NULLS_IN_LISTS, ODD);
        sync();
        for (String id : odd) {
            Program p = stored().get(id);
            assertEquals(truth(id).businessIds(), p.businesses().stream().map(ProgramBusiness::yelpBusinessId).toList());
            assertEquals(truth(id).activeFeatures(), p.activeFeatures());
            assertEquals(ProgramIssue.Kind.FLAGGED, p.issue().kind());
            assertTrue(p.issue().reason().contains("businesses has an empty entry (null)"), p.issue().reason());
        }
    }

    @Test
    void longValuesAreStoredWhole() {
        List<String> odd = turnOn(OddValues.Kind.LONG_VALUES, ODD);
        sync();
        Map<String, Program> stored = stored();
        for (String id : odd) {
            Program p = stored.get(id + "-" + "L".repeat(300));
            assertNotNull(p, "stored under the ID the API sent");
            assertEquals(truth(id).type() + "_" + "T".repeat(60), p.programType());
            assertTrue(p.businesses().getFirst().partnerBusinessId().endsWith("P".repeat(300)));
            assertNull(p.issue());
        }
    }

    @Test
    void unambiguousDateSpellingsAreReadExactly() {
        List<String> odd = turnOn(OddValues.Kind.COMPACT_DATES, ODD);
        sync();
        for (String id : odd) {
            Program p = stored().get(id);
            assertEquals(truth(id).startDate(), p.startDate());
            assertEquals(SandboxProgram.OPEN_END.equals(truth(id).endDate()) ? null : truth(id).endDate(), p.endDate());
        }
    }

    @Test
    void ambiguousDatesMarkTheProgramUnreadableInsteadOfGuessing() {
        List<String> odd = turnOn(OddValues.Kind.AMBIGUOUS_DATES, ODD);
        sync();
        for (String id : odd) {
            Program p = stored().get(id);
            assertEquals(ProgramIssue.Kind.UNREADABLE, p.issue().kind());
            assertTrue(p.issue().reason().contains("could be month/day or day/month"), p.issue().reason());
            assertNull(p.startDate(), "not guessed");
            assertNull(p.endDate(), "not guessed");
        }
    }

    @Test
    void impossibleBudgetsAreFlaggedNotStoredAsTruth() {
        List<String> huge = turnOn(OddValues.Kind.HUGE_BUDGETS, 2);
        List<String> negative = turnOn(OddValues.Kind.NEGATIVE_BUDGETS, 2);
        List<String> fractional = turnOn(OddValues.Kind.FRACTIONAL_BUDGETS, 2);

        SyncReport report = sync();

        assertEquals(6, report.marked().size());
        Map<String, Program> stored = stored();
        for (String id : huge) {
            assertFlaggedBudget(stored.get(id), "budget 1E+30 cents is beyond any real amount");
        }
        for (String id : negative) {
            assertFlaggedBudget(stored.get(id), "budget -" + truth(id).budget() + " is negative");
        }
        for (String id : fractional) {
            assertFlaggedBudget(stored.get(id), "budget " + truth(id).budget() + ".75 is not a whole number of cents");
            assertTrue(stored.get(id).issue().rawJson().contains("\"budget\":" + truth(id).budget() + ".75"),
                    stored.get(id).issue().rawJson());
        }
        Program normal = stored.get(sandbox.account().programIds().get(30));
        assertEquals(truth(normal.programId()).budget(), normal.budgetCents(), "normal values as before");
    }

    private static void assertFlaggedBudget(Program p, String reason) {
        assertEquals(ProgramIssue.Kind.FLAGGED, p.issue().kind());
        assertTrue(p.issue().reason().contains(reason), p.issue().reason());
        assertNull(p.budgetCents(), "not stored as the program's budget");
    }

    @Test
    void aStoredProgramThatComesBackUnreadableIsKeptWithItsLastValuesThenClearedWhenReadableAgain() {
        sync();
        String id = turnOn(OddValues.Kind.AMBIGUOUS_DATES, 1).getFirst();
        Program before = stored().get(id);

        SyncReport second = sync();

        assertEquals(SyncOutcome.SYNCED, second.status(), second.message());
        assertEquals(0, second.removed());
        assertEquals(List.of(id), second.marked());
        Program kept = stored().get(id);
        assertEquals(before.withIssue(kept.issue()), kept, "last synced values kept");
        assertEquals(before.startDate(), kept.startDate());
        assertEquals(ProgramIssue.Kind.UNREADABLE, kept.issue().kind());
        assertEquals(PROGRAMS, registry.countPrograms());

        sandbox.knobs().oddValues().reset();
        SyncReport third = sync();
        assertEquals(List.of(), third.marked());
        assertEquals(before, stored().get(id));
        assertFalse(stored().get(id).marked());
        assertEquals(Set.of(), registry.findAll().stream().filter(Program::marked).map(Program::programId)
                .collect(Collectors.toSet()));
    }
}
