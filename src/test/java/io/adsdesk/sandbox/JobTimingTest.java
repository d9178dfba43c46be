package io.adsdesk.sandbox;

import io.adsdesk.testing.MutableClock;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;

import static io.adsdesk.sandbox.Receipts.assertBusinessRejected;
import static io.adsdesk.sandbox.Receipts.assertGroupRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Job delay on a clock the test moves, and forced outcomes; no sleeping. */
class JobTimingTest {
    private final MutableClock clock = new MutableClock(TestClient.CLOCK.instant());
    private SandboxServer server;
    private WriteClient client;
    private SandboxBusiness business;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(TestClient.config(60, 12).withClock(clock));
        client = new WriteClient(server);
        business = client.openBusiness(0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String cpc() {
        return "business_id=" + business.id() + "&program_name=CPC&budget=50000&is_autobid=true"
                + "&pacing_method=paced&fee_period=ROLLING_MONTH&ad_categories=" + business.categories().getFirst();
    }

    @Test
    void aJobIsProcessingUntilItsDelayHasPassedOnTheClock() throws Exception {
        server.knobs().jobDelayMs(30_000);
        int before = server.account().programCount();
        String job = client.create(cpc());
        JsonNode processing = client.receipt(job);
        assertEquals("PROCESSING", processing.get("status").asText());
        assertEquals("2026-03-19T20:00:00+00:00", processing.get("created_at").asText());
        assertTrue(processing.get("completed_at").isNull());
        assertEquals("PROCESSING", WriteClient.business(processing).get("status").asText());
        assertTrue(WriteClient.business(processing).path("update_results").isMissingNode());
        assertEquals(before, server.account().programCount());

        clock.advance(Duration.ofSeconds(29));
        assertEquals("PROCESSING", client.receipt(job).get("status").asText());
        clock.advance(Duration.ofSeconds(1));
        JsonNode done = client.receipt(job);
        assertEquals("COMPLETED", done.get("status").asText());
        assertEquals("2026-03-19T20:00:30+00:00", done.get("completed_at").asText());
        assertEquals(before + 1, server.account().programCount());
    }

    @Test
    void dueJobsAreAppliedBeforeAnyReadSoListAllSeesThemWithoutAPoll() throws Exception {
        server.knobs().jobDelayMs(20_000);
        client.create(cpc());
        int before = client.http.json("/programs/v1?program_status=ALL").get("total").asInt();
        clock.advance(Duration.ofSeconds(20));
        assertEquals(before + 1, client.http.json("/programs/v1?program_status=ALL").get("total").asInt());
    }

    @Test
    void with202ModeAnUnfinishedJobAnswers202AndAFinishedOne200() throws Exception {
        server.knobs().jobDelayMs(5_000);
        server.knobs().processingAs202(true);
        String job = client.create(cpc());
        HttpResponse<String> pending = client.http.get("/v1/reseller/status/" + job);
        assertEquals(202, pending.statusCode());
        assertEquals("JOB_NOT_COMPLETE", TestClient.parse(pending.body()).at("/error/code").asText());
        clock.advance(Duration.ofSeconds(5));
        assertEquals("COMPLETED", client.receipt(job).get("status").asText());
    }

    @Test
    void theValidationUsesTheAccountAsItIsWhenTheJobIsProcessed() throws Exception {
        server.knobs().jobDelayMs(10_000);
        String job = client.create(cpc());
        server.account().updateBusiness(business.id(), b -> b.withStatus(true, false));
        clock.advance(Duration.ofSeconds(10));
        assertBusinessRejected(client.receipt(job), "BUSINESS_NOT_ACTIVE");
    }

    @Test
    void forcedRejectionsLandOnTheGroupOrForBusinessCodesOnTheBusiness() throws Exception {
        server.knobs().forceJobOutcome(SandboxKnobs.JobOutcome.REJECTED, "UNSUPPORTED_CATEGORIES");
        server.knobs().forceJobOutcome(SandboxKnobs.JobOutcome.REJECTED, "BUSINESS_NOT_ACTIVE");
        assertEquals(2, server.knobs().forcedJobOutcomes());
        assertGroupRejected(client.createReceipt(cpc()), "UNSUPPORTED_CATEGORIES");
        assertBusinessRejected(client.createReceipt(cpc()), "BUSINESS_NOT_ACTIVE");
        assertEquals("COMPLETED", client.createReceipt(cpc()).get("status").asText(), "forcing is used up");
    }

    @Test
    void aPartialCreateMakesTheProgramButRejectsItsOptionalParameters() throws Exception {
        server.knobs().forceJobOutcome(SandboxKnobs.JobOutcome.PARTIAL, "INVALID_OR_MISSING_KEY");
        JsonNode receipt = client.createReceipt(cpc());
        assertEquals("COMPLETED", receipt.get("status").asText());
        assertEquals("COMPLETED", WriteClient.business(receipt).get("status").asText());
        assertEquals("COMPLETED", WriteClient.field(receipt, "budget").get("status").asText());
        JsonNode pacing = WriteClient.field(receipt, "pacing_method");
        assertEquals("REJECTED", pacing.get("status").asText());
        assertEquals("INVALID_OR_MISSING_KEY", pacing.at("/error/code").asText());
        assertEquals("REJECTED", WriteClient.field(receipt, "fee_period").get("status").asText());
        assertEquals("REJECTED", WriteClient.field(receipt, "ad_categories").get("status").asText());
        String id = WriteClient.group(receipt).at("/program_id/requested_value").asText();
        SandboxProgram p = server.account().program(id).orElseThrow();
        assertEquals(50000, p.budget());
        assertEquals("Calendar Month", p.feePeriod(), "the rejected fee_period was not applied");
    }

    @Test
    void aPartialOutcomeOnAJobThatFailsValidationIsAPlainRejection() throws Exception {
        server.knobs().forceJobOutcome(SandboxKnobs.JobOutcome.PARTIAL, "INVALID_OR_MISSING_KEY");
        assertGroupRejected(client.createReceipt(cpc().replace("budget=50000", "budget=100")), "INVALID_PRICE");
    }

    @Test
    void aPartialEditAppliesOnlyTheCompletedField() throws Exception {
        SandboxProgram p = client.runningCpc(false);
        server.knobs().forceJobOutcome(SandboxKnobs.JobOutcome.PARTIAL, "INVALID_PRICE");
        long budget = p.budget() + 5000;
        JsonNode receipt = client.receipt(client.submit("/v1/reseller/program/" + p.id() + "/edit?budget="
                + budget + "&max_bid=75"));
        assertEquals("COMPLETED", WriteClient.field(receipt, "budget").get("status").asText());
        assertEquals("INVALID_PRICE", WriteClient.field(receipt, "max_bid").at("/error/code").asText());
        SandboxProgram after = server.account().program(p.id()).orElseThrow();
        assertEquals(budget, after.budget());
        assertEquals(p.maxBid(), after.maxBid());
    }

    @Test
    void resettingTheKnobsDropsForcedOutcomes() {
        server.knobs().forceJobOutcome(SandboxKnobs.JobOutcome.REJECTED, "NO_CATEGORIES");
        server.knobs().reset();
        assertEquals(0, server.knobs().forcedJobOutcomes());
        assertNull(server.knobs().takeForcedOutcome());
    }
}
