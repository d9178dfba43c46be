package io.adsdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DriftTest {
    private SandboxServer server;
    private TestClient client;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(TestClient.config(300, 10));
        client = new TestClient(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private List<String> listedIds(String status) throws Exception {
        List<String> ids = new ArrayList<>();
        int total = Integer.MAX_VALUE;
        for (int offset = 0; offset < total; offset += 40) {
            JsonNode page = client.json("/programs/v1?limit=40&offset=" + offset + "&program_status=" + status);
            total = page.get("total").asInt();
            page.get("payment_programs").forEach(p -> ids.add(p.get("program_id").asText()));
        }
        return ids;
    }

    private JsonNode info(String id) throws Exception {
        return client.json("/v1/programs/info/" + id).get("programs").get(0);
    }

    @Test
    void addedProgramsAppearAtTheEndAsCurrentAndRemovedOnesDisappear() throws Exception {
        List<String> added = server.account().addPrograms(5);
        List<String> removed = server.account().removePrograms(3);
        List<String> all = listedIds("ALL");
        assertEquals(302, all.size());
        assertEquals(added, all.subList(297, 302));
        assertTrue(removed.stream().noneMatch(all::contains));
        assertTrue(listedIds("CURRENT").containsAll(added));
        assertTrue(server.account().removeProgram(all.getFirst()));
        assertFalse(listedIds("ALL").contains(all.getFirst()));
    }

    @Test
    void budgetPauseAndEndChangesShowInTheResponses() throws Exception {
        String cpc = server.account().programs().stream()
                .filter(p -> p.type().equals("CPC") && p.active(TestClient.TODAY) && !p.paused())
                .findFirst().orElseThrow().id();
        server.account().changeBudget(cpc, 12345);
        assertEquals(12345, info(cpc).at("/program_metrics/budget").asLong());
        server.account().setPaused(cpc, true);
        assertEquals("PAUSED", info(cpc).get("program_pause_status").asText());
        assertTrue(listedIds("PAUSED").contains(cpc));
        server.account().endProgram(cpc);
        JsonNode ended = info(cpc);
        assertEquals("INACTIVE", ended.get("program_status").asText());
        assertEquals(TestClient.TODAY.toString(), ended.get("end_date").asText());
        assertTrue(listedIds("PAST").contains(cpc));
        assertFalse(listedIds("CURRENT").contains(cpc));
    }

    @Test
    void nonCpcProgramsCannotBePausedAndUnknownIdsAreRejected() {
        String page = server.account().programs().stream().filter(p -> !p.type().equals("CPC")).findFirst().orElseThrow().id();
        assertThrows(IllegalArgumentException.class, () -> server.account().setPaused(page, true));
        assertThrows(IllegalArgumentException.class, () -> server.account().changeBudget("nope", 5000));
    }

    @Test
    void renamedBusinessShowsInBusinessInfo() throws Exception {
        String id = server.account().businesses().getFirst().id();
        server.account().renameBusiness(id, "Bäckerei Größe – 新しい");
        assertEquals("Bäckerei Größe – 新しい", client.json("/v1/business_info/" + id).at("/businesses/0/name").asText());
    }

    @Test
    void driftIsDeterministicAndChangesWhatListAllReturns() throws Exception {
        List<String> before = listedIds("ALL");
        SandboxDrift drift = server.account().applyDrift(4, 6, 10);
        assertEquals(4, drift.added().size());
        assertEquals(6, drift.removed().size());
        assertEquals(10, drift.modified().size());
        List<String> after = listedIds("ALL");
        assertEquals(before.size() - 2, after.size());
        assertTrue(after.containsAll(drift.added()));
        assertTrue(drift.removed().stream().noneMatch(after::contains));
        try (SandboxServer twin = SandboxServer.start(TestClient.config(300, 10))) {
            assertEquals(drift, twin.account().applyDrift(4, 6, 10));
            assertEquals(server.account().programs(), twin.account().programs());
        }
    }

    @Test
    void insertsBetweenPagesMakeAnOffsetPagerSeeDuplicates() throws Exception {
        server.knobs().insertsPerPage(3);
        List<String> paged = listedIds("ALL");
        long distinct = paged.stream().distinct().count();
        assertTrue(distinct < paged.size(), "expected duplicates");
        assertTrue(server.account().programCount() > 300);
        assertEquals(server.account().programIds().subList(0, 3).size(), 3);
    }

    @Test
    void controlPlaneAppliesDrift() throws Exception {
        var response = client.post("/_sandbox/drift?added=2&removed=1&modified=3");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = TestClient.parse(response.body());
        assertEquals(2, body.get("added").size());
        assertEquals(301, server.account().programCount());
        assertEquals(301, client.json("/programs/v1?program_status=ALL").get("total").asInt());
        assertEquals(405, client.send(client.request("/_sandbox/drift").build()).statusCode());
    }
}
