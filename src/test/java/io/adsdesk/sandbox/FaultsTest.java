package io.adsdesk.sandbox;

import com.fasterxml.jackson.core.JacksonException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaultsTest {
    private static SandboxServer server;
    private static TestClient client;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(TestClient.config(500, 10));
        client = new TestClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void resetKnobs() {
        server.knobs().reset();
    }

    @Test
    void errorRateOneGives500WithAJsonErrorBody() throws Exception {
        server.knobs().error500Rate(1.0);
        long before = server.stats().serverErrorsInjected();
        HttpResponse<String> response = client.get("/programs/v1");
        assertEquals(500, response.statusCode());
        assertEquals("INTERNAL_SERVER_ERROR", TestClient.parse(response.body()).at("/error/code").asText());
        assertEquals(before + 1, server.stats().serverErrorsInjected());
    }

    @Test
    void unavailableRateOneGives503WithANonJsonBody() throws Exception {
        server.knobs().error503Rate(1.0);
        HttpResponse<String> response = client.get("/v1/business_info/x");
        assertEquals(503, response.statusCode());
        assertTrue(response.body().startsWith("<html>"));
    }

    @Test
    void deepListAllPagesFailFromTheConfiguredOffset() throws Exception {
        server.knobs().failFromOffset(80);
        assertEquals(200, client.get("/programs/v1?program_status=ALL&limit=40&offset=40").statusCode());
        assertEquals(500, client.get("/programs/v1?program_status=ALL&limit=40&offset=80").statusCode());
        assertEquals(500, client.get("/programs/v1?program_status=ALL&limit=40&offset=400").statusCode());
        assertEquals(200, client.get("/v1/programs/info/" + server.account().programIds().get(100)).statusCode());
    }

    @Test
    void resetRateOneDropsTheConnectionWithoutAResponse() {
        server.knobs().resetRate(1.0);
        assertThrows(IOException.class, () -> client.get("/programs/v1"));
        assertTrue(server.stats().resetsInjected() >= 1);
    }

    @Test
    void malformedRateOneGivesA200WithTruncatedJson() throws Exception {
        server.knobs().malformedRate(1.0);
        HttpResponse<String> response = client.get("/programs/v1?program_status=ALL");
        assertEquals(200, response.statusCode());
        assertThrows(JacksonException.class, () -> TestClient.parse(response.body()));
    }

    @Test
    void requestsBeyondMaxConcurrentGet429WithRetryAfter() throws Exception {
        try (SandboxServer own = SandboxServer.start(TestClient.config(50, 5))) {
            TestClient ownClient = new TestClient(own);
            own.knobs().maxConcurrent(1);
            own.knobs().latencyMs(20_000);
            CompletableFuture<HttpResponse<String>> slow = ownClient.getAsync("/programs/v1");
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (own.stats().inFlight() < 1 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            HttpResponse<String> response = ownClient.get("/programs/v1");
            assertEquals(429, response.statusCode());
            assertEquals("1", response.headers().firstValue("Retry-After").orElseThrow());
            assertEquals("TOO_MANY_REQUESTS_PER_SECOND", TestClient.parse(response.body()).at("/error/code").asText());
            assertEquals(1, own.stats().tooManyRequestsInjected());
            assertEquals(2, own.stats().maxConcurrent());
            slow.cancel(true);
        }
    }

    @Test
    void aClientWithEightRequestsInFlightIsNeverCountedAboveEightNorRefused() throws Exception {
        server.knobs().maxConcurrent(8);
        server.knobs().latencyMs(5);
        server.stats().clear();
        java.util.List<CompletableFuture<Void>> workers = new java.util.ArrayList<>();
        for (int w = 0; w < 8; w++) {
            workers.add(CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 15; i++) {
                    try {
                        assertEquals(200, client.get("/programs/v1?program_status=ALL&limit=40").statusCode());
                    } catch (IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }, java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()));
        }
        CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).join();
        assertEquals(120, server.stats().routeCount(SandboxStats.LIST_ALL));
        assertTrue(server.stats().maxConcurrent() <= 8, "max " + server.stats().maxConcurrent());
        assertEquals(0, server.stats().tooManyRequestsInjected());
    }

    @Test
    void latencyIsAppliedBeforeAnswering() throws Exception {
        server.knobs().latencyMs(300);
        long start = System.nanoTime();
        assertEquals(200, client.get("/programs/v1").statusCode());
        assertTrue(System.nanoTime() - start >= 300_000_000L);
    }

    @Test
    void controlPlaneSetsKnobs() throws Exception {
        HttpResponse<String> response = client.post("/_sandbox/knobs?latency_ms=5&error_rate=0.25&max_concurrent=8");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(5, server.knobs().latencyMs());
        assertEquals(0.25, server.knobs().error500Rate());
        assertEquals(8, server.knobs().maxConcurrent());
        assertEquals(400, client.post("/_sandbox/knobs?error_rate=2").statusCode());
        assertEquals(400, client.post("/_sandbox/knobs?no_such_knob=1").statusCode());
    }

    @Test
    void theCommandLineTakesTheCredentialAndTotalKnobs() {
        java.io.PrintStream quiet = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        SandboxServer[] seen = new SandboxServer[1];
        assertEquals(0, SandboxCli.run(List.of("--port", "0", "--programs", "5", "--revoke-credentials-after", "40",
                "--total-delta=-3"), quiet, quiet, s -> seen[0] = s));
        assertEquals(40, seen[0].knobs().revokeCredentialsAfter());
        assertEquals(-3, seen[0].knobs().totalDelta());
        assertEquals(2, SandboxCli.run(List.of("--port", "0", "--revoke-credentials-after", "-2"), quiet, quiet, s -> { }));
        assertEquals(2, SandboxCli.run(List.of("--port", "0", "--total-delta", "lots"), quiet, quiet, s -> { }));
    }
}
