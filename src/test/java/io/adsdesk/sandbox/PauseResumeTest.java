package io.adsdesk.sandbox;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PauseResumeTest {
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

    private HttpResponse<String> call(String programId, String action) throws Exception {
        return client.http.postAuthed("/program/" + programId + "/" + action + "/v1");
    }

    private String pauseStatus(String programId) throws Exception {
        return client.http.json("/v1/programs/info/" + programId).at("/programs/0/program_pause_status").asText();
    }

    @Test
    void pauseAndResumeAnswer202WithAnEmptyBodyAndShowInReads() throws Exception {
        SandboxProgram p = client.runningCpc(true);
        HttpResponse<String> paused = call(p.id(), "pause");
        assertEquals(202, paused.statusCode());
        assertEquals("", paused.body());
        assertEquals("PAUSED", pauseStatus(p.id()));
        assertEquals(400, call(p.id(), "pause").statusCode(), "already paused");
        HttpResponse<String> resumed = call(p.id(), "resume");
        assertEquals(202, resumed.statusCode());
        assertEquals("", resumed.body());
        assertEquals("NOT_PAUSED", pauseStatus(p.id()));
        HttpResponse<String> again = call(p.id(), "resume");
        assertEquals(400, again.statusCode(), "not paused");
        assertEquals("INVALID_REQUEST", TestClient.parse(again.body()).at("/error/code").asText());
        assertEquals(2, server.stats().routeCount(SandboxStats.PAUSE));
    }

    @Test
    void nonCpcPastOrUnknownProgramsAre400() throws Exception {
        SandboxProgram page = server.account().programs().stream()
                .filter(p -> !p.type().equals("CPC") && p.active(TestClient.TODAY)).findFirst().orElseThrow();
        assertEquals(400, call(page.id(), "pause").statusCode());
        SandboxProgram past = server.account().programs().stream()
                .filter(p -> p.type().equals("CPC") && p.past(TestClient.TODAY)).findFirst().orElseThrow();
        assertEquals(400, call(past.id(), "pause").statusCode());
        assertEquals(400, call("AAAAAAAAAAAAAAAAAAAAAA", "resume").statusCode());
        assertEquals(405, client.http.get("/program/" + page.id() + "/pause/v1").statusCode());
    }

    @Test
    void theForbiddenKnobAnswers403ToEveryCall() throws Exception {
        SandboxProgram p = client.runningCpc(true);
        server.knobs().pauseForbidden(true);
        HttpResponse<String> response = call(p.id(), "pause");
        assertEquals(403, response.statusCode());
        assertTrue(TestClient.parse(response.body()).at("/error/description").asText().contains("not enabled"));
        assertEquals(403, call("AAAAAAAAAAAAAAAAAAAAAA", "resume").statusCode());
        assertEquals("NOT_PAUSED", pauseStatus(p.id()));
    }

    @Test
    void withALagThe202ComesBeforeTheChangeShows() throws Exception {
        SandboxProgram p = client.runningCpc(true);
        server.knobs().pauseLagMs(600_000);
        assertEquals(202, call(p.id(), "pause").statusCode());
        assertEquals("NOT_PAUSED", pauseStatus(p.id()));
    }
}
