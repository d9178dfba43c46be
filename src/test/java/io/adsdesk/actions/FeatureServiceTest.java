package io.adsdesk.actions;

import io.adsdesk.model.feature.AdGoal;
import io.adsdesk.model.feature.CustomAdText;
import io.adsdesk.model.feature.CustomRadius;
import io.adsdesk.model.feature.NegativeKeywords;
import io.adsdesk.model.feature.Portfolio;
import io.adsdesk.model.feature.ProgramFeatures;
import io.adsdesk.registry.AuditEntry;
import io.adsdesk.sandbox.SandboxProgram;
import io.adsdesk.threads.Threads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeatureServiceTest {
    @TempDir
    java.nio.file.Path dir;
    private SandboxFixture f;
    private FeatureService service;

    @BeforeEach
    void start() throws Exception {
        f = new SandboxFixture(dir);
        service = new FeatureService(f.newClient(), f.registry, f.account.username(), f.clock);
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    private SandboxProgram cpcWith(String type) {
        return f.sandbox.account().programs().stream()
                .filter(p -> p.type().equals("CPC") && p.availableFeatures().contains(type)).findFirst().orElseThrow();
    }

    @Test
    void saveReportsWhatChangedAtYelpSinceOpenedAndSendsNothingUntilToldToOverwrite() throws Exception {
        String id = cpcWith("CUSTOM_RADIUS_TARGETING").id();
        ProgramFeatures opened = service.read(id);
        f.client.saveFeatures(id, List.of(new CustomRadius(new BigDecimal("30")))); // another user, at Yelp

        FeatureSave first = service.save(opened, List.of(new CustomRadius(new BigDecimal("15"))), false);

        assertTrue(first.conflict());
        assertEquals(List.of("CUSTOM_RADIUS_TARGETING"), first.changedAtYelp());
        assertEquals("Radius 30 mi (48 km)", first.features().get("CUSTOM_RADIUS_TARGETING").orElseThrow().summary());

        FeatureSave second = service.save(opened, List.of(new CustomRadius(new BigDecimal("15"))), true);
        assertTrue(second.saved());
        assertEquals("Radius 15 mi (24 km)", f.client.features(id).get("CUSTOM_RADIUS_TARGETING").orElseThrow().summary());
    }

    @Test
    void everySaveAndRemovalIsAnAuditEntryWithBeforeAndAfter() throws Exception {
        String id = cpcWith("NEGATIVE_KEYWORD_TARGETING").id();
        ProgramFeatures opened = service.read(id);

        service.save(opened, List.of(new NegativeKeywords(List.of(), List.of("hvac jobs"))), false);
        service.remove(id, List.of("NEGATIVE_KEYWORD_TARGETING"));

        List<AuditEntry> log = f.registry.auditStore().newestFirst(f.account.username(), 10);
        assertEquals(List.of("features.remove", "features.save"), log.stream().map(AuditEntry::action).toList());
        AuditEntry save = log.get(1);
        assertEquals("COMPLETED", save.outcome());
        assertTrue(save.afterJson().contains("hvac jobs"), save.afterJson());
        assertFalse(save.beforeJson().contains("hvac jobs"));
        assertTrue(log.getFirst().beforeJson().contains("hvac jobs"));
        assertFalse(log.getFirst().afterJson().contains("hvac jobs"));
    }

    @Test
    void invalidValuesAreRefusedWithTheirFieldAndNothingIsSent() throws Exception {
        String id = cpcWith("CUSTOM_AD_TEXT").id();
        ProgramFeatures opened = service.read(id);
        int before = f.sandbox.stats().routeCount("features") > 0 ? (int) f.sandbox.stats().routeCount("features") : 0;

        FeatureException e = assertThrows(FeatureException.class,
                () -> service.save(opened, List.of(new CustomAdText(null, "short")), false));

        assertEquals(FeatureException.Reason.INVALID, e.reason());
        assertEquals("custom_text", e.problems().getFirst().field());
        assertEquals(before, f.sandbox.stats().routeCount("features"));
    }

    @Test
    void theCopyIsKeptAcrossARestartWithTheTimeItWasRead() throws Exception {
        String id = cpcWith("AD_GOAL").id();
        ProgramFeatures read = service.read(id);
        f.restart();
        service = new FeatureService(f.newClient(), f.registry, f.account.username(), f.clock);
        long requests = f.sandbox.stats().routeCount("features");

        ProgramFeatures copy = service.stored(id).orElseThrow();
        assertEquals(read.features(), copy.features());
        assertEquals(SandboxFixture.START, copy.readAt());

        f.clock.advance(Duration.ofMinutes(9));
        assertEquals(copy, service.refreshIfStale(id), "a copy younger than 10 minutes is used as it is");
        assertEquals(requests, f.sandbox.stats().routeCount("features"));
        f.clock.advance(Duration.ofMinutes(2));
        assertEquals(SandboxFixture.START.plus(Duration.ofMinutes(11)), service.refreshIfStale(id).readAt());
        assertEquals(requests + 1, f.sandbox.stats().routeCount("features"));
    }

    @Test
    void bulkBlocksKeywordsOnManyProgramsWithAtMostEightInFlight() throws Exception {
        List<String> ids = f.sandbox.account().programs().stream()
                .filter(p -> p.availableFeatures().contains("NEGATIVE_KEYWORD_TARGETING")).map(SandboxProgram::id).limit(20).toList();
        String without = f.sandbox.account().programs().stream()
                .filter(p -> !p.availableFeatures().contains("NEGATIVE_KEYWORD_TARGETING")).map(SandboxProgram::id).findFirst().orElseThrow();
        List<String> all = new java.util.ArrayList<>(ids);
        all.add(without);
        AtomicInteger lastDone = new AtomicInteger();
        try (Threads threads = new Threads("test")) {
            List<BulkFeatureResult> results = service.applyToMany(all, BulkFeatureChange.blockKeywords(List.of("Free Estimates")),
                    threads.fixedPool("bulk", 16), (done, total) -> lastDone.accumulateAndGet(done, Math::max));

            assertEquals(all.size(), results.size());
            assertEquals(all.size(), lastDone.get());
            assertTrue(results.subList(0, ids.size()).stream().allMatch(BulkFeatureResult::ok), results.toString());
            assertEquals(BulkFeatureResult.Outcome.NOT_AVAILABLE, results.getLast().outcome());
        }
        for (String id : ids) {
            NegativeKeywords k = (NegativeKeywords) f.client.features(id).get("NEGATIVE_KEYWORD_TARGETING").orElseThrow();
            assertTrue(k.blockedKeywords().contains("free estimates"), id);
        }
        assertTrue(f.sandbox.stats().maxConcurrent() <= FeatureService.MAX_IN_FLIGHT, "at most 8 in flight");
    }

    @Test
    void bulkReportsEachProgramAsItFinishesAndAfterStopSendsNoNewRequest() throws Exception {
        List<String> ids = f.sandbox.account().programs().stream()
                .filter(p -> p.availableFeatures().contains("AD_GOAL")).map(SandboxProgram::id).limit(40).toList();
        for (String id : ids) {
            f.client.saveFeatures(id, List.of(new AdGoal(AdGoal.Goal.DEFAULT)));
        }
        f.sandbox.knobs().latencyMs(40);
        long before = f.sandbox.stats().routeCount("features");
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        List<BulkFeatureResult> heard = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        List<BulkFeatureResult> results;
        try (Threads threads = new Threads("test")) {
            results = service.applyToMany(ids, BulkFeatureChange.adGoal(AdGoal.Goal.CALLS), threads.fixedPool("bulk", 8),
                    (result, done, total) -> {
                        heard.add(result);
                        assertEquals(ids.size(), total);
                        if (done == 3) {
                            stop.set(true); // Stop pressed once three programs are done
                        }
                    }, stop::get);
        }
        f.sandbox.knobs().latencyMs(0);
        long requests = f.sandbox.stats().routeCount("features") - before;

        assertEquals(ids, results.stream().map(BulkFeatureResult::programId).toList(), "one result per program, in order");
        assertEquals(ids.size(), heard.size(), "each program heard once");
        assertEquals(new java.util.HashSet<>(ids), new java.util.HashSet<>(heard.stream().map(BulkFeatureResult::programId).toList()));
        long saved = results.stream().filter(BulkFeatureResult::ok).count();
        long notSent = results.stream().filter(r -> r.outcome() == BulkFeatureResult.Outcome.NOT_SENT).count();
        assertEquals(ids.size(), saved + notSent, results.toString());
        assertTrue(saved >= 3, "the requests in flight finished: " + saved);
        assertTrue(saved <= 3 + FeatureService.MAX_IN_FLIGHT, "no new request after Stop: " + saved);
        assertEquals(saved, requests, "one request per program sent, none for those not sent");
        for (BulkFeatureResult r : results) {
            AdGoal goal = (AdGoal) f.client.features(r.programId()).get("AD_GOAL").orElseThrow();
            assertEquals(r.ok() ? AdGoal.Goal.CALLS : AdGoal.Goal.DEFAULT, goal.goal(), r.toString());
        }
    }

    @Test
    void bulkAdGoalSendsOneRequestPerProgram() throws Exception {
        List<String> ids = f.sandbox.account().programs().stream()
                .filter(p -> p.availableFeatures().contains("AD_GOAL")).map(SandboxProgram::id).limit(5).toList();
        long before = f.sandbox.stats().routeCount("features");
        try (Threads threads = new Threads("test")) {
            service.applyToMany(ids, BulkFeatureChange.adGoal(AdGoal.Goal.CALLS), threads.fixedPool("bulk", 8), (d, t) -> { });
        }
        assertEquals(before + ids.size(), f.sandbox.stats().routeCount("features"));
    }

    @Test
    void aCreatedProjectIsAddedToThePortfolioFeatureAndDeletedFromIt() throws Exception {
        SandboxProgram p = f.sandbox.account().programs().stream()
                .filter(x -> x.availableFeatures().contains("YELP_PORTFOLIO")).findFirst().orElseThrow();

        String project = service.createProject(p.id());
        Portfolio portfolio = (Portfolio) f.client.features(p.id()).get("YELP_PORTFOLIO").orElseThrow();
        assertEquals(List.of(new Portfolio.ProjectRef(project, false)), portfolio.projects());

        service.deleteProject(p.id(), project);
        assertEquals(List.of(), ((Portfolio) f.client.features(p.id()).get("YELP_PORTFOLIO").orElseThrow()).projects());
    }
}
