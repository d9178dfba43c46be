package io.adsdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static io.adsdesk.sandbox.Receipts.assertBusinessRejected;
import static io.adsdesk.sandbox.Receipts.assertGroupRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The control plane and command line for the write side. */
class WriteControlTest {
    private SandboxServer server;
    private WriteClient client;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(TestClient.config(200, 10));
        client = new WriteClient(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> control(String pathAndQuery) throws Exception {
        return client.http.post("/_sandbox/" + pathAndQuery);
    }

    @Test
    void outOfBandEditsChangeBudgetPauseAndEndWithoutAJob() throws Exception {
        SandboxProgram p = client.runningCpc(true);
        HttpResponse<String> response = control("programs/" + p.id() + "?budget=12345&paused=true&end=2026-06-30");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode info = client.http.json("/v1/programs/info/" + p.id()).at("/programs/0");
        assertEquals(12345, info.at("/program_metrics/budget").asLong());
        assertEquals("PAUSED", info.get("program_pause_status").asText());
        assertEquals("2026-06-30", info.get("end_date").asText());
        assertEquals(200, control("programs/" + p.id() + "?end=now").statusCode());
        assertTrue(client.listed(p.id(), "PAST"));
        assertEquals(404, control("programs/AAAAAAAAAAAAAAAAAAAAAA?budget=1").statusCode());
        assertEquals(400, control("programs/" + p.id() + "?budget=lots").statusCode());
    }

    @Test
    void businessesCanBeClosedOrRecategorisedForRejectionTests() throws Exception {
        SandboxBusiness b = client.openBusiness(0);
        assertEquals(200, control("businesses/" + b.id() + "?closed=true").statusCode());
        String create = "business_id=" + b.id() + "&program_name=CPC&budget=5000&is_autobid=true";
        assertBusinessRejected(client.createReceipt(create), "BUSINESS_NOT_ACTIVE");
        assertEquals(200, control("businesses/" + b.id() + "?closed=false&categories=airportterminals").statusCode());
        assertGroupRejected(client.createReceipt(create + "&ad_categories=airportterminals"), "UNSUPPORTED_CATEGORIES");
    }

    @Test
    void jobKnobsAndForcedOutcomesAreSetOverHttp() throws Exception {
        HttpResponse<String> knobs = control("knobs?job_delay_ms=4000&processing_as_202=true&top_level_status=doc"
                + "&receipt_fields=flat&unknown_program_404=true&pause_forbidden=true&pause_lag_ms=10"
                + "&omitted_categories_succeed=false");
        assertEquals(200, knobs.statusCode(), knobs.body());
        JsonNode shown = TestClient.parse(knobs.body());
        assertEquals(4000, shown.get("job_delay_ms").asLong());
        assertEquals("doc", shown.get("top_level_status").asText());
        assertEquals("flat", shown.get("receipt_fields").asText());
        assertEquals(SandboxKnobs.TopLevelStatus.DOC, server.knobs().topLevelStatus());
        assertTrue(server.knobs().processingAs202() && server.knobs().unknownProgram404()
                && server.knobs().pauseForbidden() && !server.knobs().omittedCategoriesSucceed());
        assertEquals(10, server.knobs().pauseLagMs());
        assertEquals(400, control("knobs?top_level_status=sometimes").statusCode());

        JsonNode forced = TestClient.parse(control("jobs/force?outcome=rejected&code=NO_CATEGORIES&count=2").body());
        assertEquals(2, forced.get("forced_job_outcomes").asInt());
        assertEquals(400, control("jobs/force?outcome=maybe&code=X").statusCode());
        assertEquals(0, TestClient.parse(control("jobs/force?outcome=none").body()).get("forced_job_outcomes").asInt());
    }

    @Test
    void theCommandLineTakesTheJobKnobsAndTheDemoConfigHasSlowJobs() {
        AtomicReference<SandboxServer> seen = new AtomicReference<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = SandboxCli.run(List.of("--port", "0", "--programs", "10", "--businesses", "2",
                        "--job-delay-ms", "25000", "--processing-as-202", "true", "--top-level-status", "doc",
                        "--pause-forbidden", "true"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()),
                seen::set);
        assertEquals(0, code);
        SandboxKnobs knobs = seen.get().knobs();
        assertEquals(25000, knobs.jobDelayMs());
        assertTrue(knobs.processingAs202() && knobs.pauseForbidden());
        assertEquals(SandboxKnobs.TopLevelStatus.DOC, knobs.topLevelStatus());
        assertEquals(3000, SandboxConfig.demo().knobs().jobDelayMs());
        assertEquals(100, SandboxConfig.demo().knobs().latencyMs());
        assertEquals(0, SandboxConfig.defaults().knobs().jobDelayMs());
    }
}
