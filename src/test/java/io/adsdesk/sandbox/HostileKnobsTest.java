package io.adsdesk.sandbox;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hostile-server knobs: off by default, settable by name, and each doing what it says. */
class HostileKnobsTest {
    private static SandboxServer server;
    private static TestClient client;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(TestClient.config(100, 5));
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
    void allAreOffByDefaultSoTheSandboxStaysFaithful() throws Exception {
        HttpResponse<String> past = client.get("/programs/v1?offset=400&limit=40&program_status=ALL");

        assertEquals(200, past.statusCode(), "past the end is an empty page by default");
        assertEquals(0, TestClient.MAPPER.readTree(past.body()).path("payment_programs").size());
        HostileKnobs h = server.knobs().hostile();
        assertEquals(0, h.trickleMs());
        assertEquals(0, h.padBytes());
        assertFalse(h.endlessBody() || h.pastEnd400() || h.escapesInErrors() || h.webPage());
    }

    @Test
    void theControlPlaneSetsThemByName() throws Exception {
        HttpResponse<String> r = client.send(client.request("/_sandbox/knobs?trickle_ms=7&pad_bytes=9&past_end_400=true"
                + "&escapes_in_errors=true&web_page=true&endless_body=true").POST(HttpRequest.BodyPublishers.noBody()).build());

        assertEquals(200, r.statusCode(), r.body());
        HostileKnobs h = server.knobs().hostile();
        assertEquals(7, h.trickleMs());
        assertEquals(9, h.padBytes());
        assertTrue(h.pastEnd400() && h.escapesInErrors() && h.webPage() && h.endlessBody());
        assertTrue(r.body().contains("\"web_page\":true"), r.body());
        server.knobs().reset();
        assertFalse(h.webPage(), "reset turns them off");
    }

    @Test
    void pastEnd400RefusesOnlyOffsetsAtOrPastTheLastProgram() throws Exception {
        server.knobs().hostile().pastEnd400(true);

        assertEquals(200, client.get("/programs/v1?offset=80&limit=40&program_status=ALL").statusCode());
        assertEquals(400, client.get("/programs/v1?offset=100&limit=40&program_status=ALL").statusCode());
        assertEquals(400, client.get("/programs/v1?offset=120&limit=40&program_status=ALL").statusCode());
    }

    @Test
    void aWebPageAnswersEveryPartnerRequestBeforeAuth() throws Exception {
        server.knobs().hostile().webPage(true);

        HttpResponse<String> r = client.send(client.request("/programs/v1").build());

        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().startsWith("<!DOCTYPE html>"));
    }

    @Test
    void escapesInErrorsPutControlCharactersInTheErrorBody() throws Exception {
        server.knobs().hostile().escapesInErrors(true);

        HttpResponse<String> r = client.send(client.request("/programs/v1").build()); // no credentials: 401

        assertEquals(401, r.statusCode());
        String description = TestClient.MAPPER.readTree(r.body()).path("error").path("description").asText();
        assertTrue(description.contains("\u001b[") && description.contains("\n"), description);
    }

    @Test
    void paddedBodiesStayValidJsonOfTheAskedSize() throws Exception {
        server.knobs().hostile().padBytes(1_000_000);

        HttpResponse<String> r = client.get("/programs/v1?offset=0&limit=40&program_status=ALL");

        assertEquals(1_000_000, r.body().length());
        assertEquals(100, TestClient.MAPPER.readTree(r.body()).path("total").asInt());
    }

    @Test
    void aTrickledBodyArrivesWholeButSlowly() throws Exception {
        server.knobs().hostile().trickleMs(1);

        HttpResponse<String> r = client.get("/v1/programs/info/nope");

        assertTrue(r.body().startsWith("{"), r.body());
        assertFalse(r.body().isBlank());
    }
}
