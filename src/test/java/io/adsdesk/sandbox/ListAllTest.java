package io.adsdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListAllTest {
    private static SandboxServer server;
    private static TestClient client;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(TestClient.config(2000, 40));
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

    private static List<JsonNode> allPages(String status) throws Exception {
        List<JsonNode> programs = new ArrayList<>();
        int total = Integer.MAX_VALUE;
        for (int offset = 0; offset < total; offset += 40) {
            JsonNode page = client.json("/programs/v1?limit=40&offset=" + offset + "&program_status=" + status);
            total = page.get("total").asInt();
            page.get("payment_programs").forEach(programs::add);
        }
        return programs;
    }

    @Test
    void pagingAllWithLimit40CoversEveryProgramExactlyOnceInCreationOrder() throws Exception {
        List<JsonNode> programs = allPages("ALL");
        List<String> ids = programs.stream().map(p -> p.get("program_id").asText()).toList();
        assertEquals(2000, ids.size());
        assertEquals(2000, new HashSet<>(ids).size());
        assertEquals(server.account().programIds(), ids);
    }

    @Test
    void totalMatchesTheFilteredCountForEveryStatus() throws Exception {
        for (String status : List.of("CURRENT", "PAST", "FUTURE", "PAUSED", "ALL")) {
            List<JsonNode> programs = allPages(status);
            JsonNode first = client.json("/programs/v1?program_status=" + status);
            assertEquals(programs.size(), first.get("total").asInt(), status);
            assertTrue(programs.size() > 0, status + " should not be empty");
        }
    }

    @Test
    void totalDeltaMakesTheTotalLieWhileThePagesStayTrue() throws Exception {
        List<String> truth = server.account().programIds();
        for (int delta : List.of(7, -7)) {
            assertEquals(200, client.post("/_sandbox/knobs?total_delta=" + delta).statusCode());
            List<String> listed = new ArrayList<>();
            for (int offset = 0; offset <= truth.size(); offset += 40) {
                JsonNode page = client.json("/programs/v1?limit=40&program_status=ALL&offset=" + offset);
                assertEquals(truth.size() + delta, page.get("total").asInt(), "offset " + offset);
                page.get("payment_programs").forEach(p -> listed.add(p.get("program_id").asText()));
            }
            assertEquals(truth, listed, "delta " + delta);
        }
        server.knobs().totalDelta(-truth.size() - 5);
        JsonNode first = client.json("/programs/v1?limit=40&program_status=ALL");
        assertEquals(0, first.get("total").asInt(), "a total never goes below zero");
        assertEquals(40, first.get("payment_programs").size());
    }

    @Test
    void envelopeAndProgramFieldsAreExactlyTheDocumentedOnes() throws Exception {
        JsonNode page = client.json("/programs/v1");
        assertEquals(Set.of("program_status", "total", "offset", "limit", "payment_programs"), fieldNames(page));
        assertEquals("CURRENT", page.get("program_status").asText());
        assertEquals(0, page.get("offset").asInt());
        assertEquals(20, page.get("limit").asInt());
        assertEquals(20, page.get("payment_programs").size());
        JsonNode program = page.get("payment_programs").get(0);
        Set<String> fields = fieldNames(program);
        fields.remove("page_upgrade_info");
        assertEquals(Set.of("program_id", "program_type", "start_date", "end_date", "program_status",
                "program_pause_status", "program_metrics", "businesses", "future_budget_changes",
                "active_features", "available_features"), fields);
        assertEquals(Set.of("budget", "currency", "is_autobid", "max_bid", "billed_impressions", "billed_clicks",
                "ad_cost", "fee_period"), fieldNames(program.get("program_metrics")));
        assertEquals(Set.of("yelp_business_id", "partner_business_id"), fieldNames(program.get("businesses").get(0)));
    }

    @Test
    void futureProgramsAreInactiveAndStartAfterToday() throws Exception {
        for (JsonNode p : allPages("FUTURE")) {
            assertEquals("INACTIVE", p.get("program_status").asText());
            assertTrue(java.time.LocalDate.parse(p.get("start_date").asText()).isAfter(TestClient.TODAY));
        }
    }

    @Test
    void currentProgramsAreActiveAndManyAreOpenEnded() throws Exception {
        List<JsonNode> current = allPages("CURRENT");
        assertTrue(current.stream().allMatch(p -> p.get("program_status").asText().equals("ACTIVE")));
        assertTrue(current.stream().filter(p -> p.get("end_date").asText().equals("9999-12-31")).count() > 100);
        assertTrue(current.stream().anyMatch(p -> p.get("program_metrics").get("max_bid").isNull()));
        assertTrue(current.stream().anyMatch(p -> p.get("program_metrics").get("fee_period").asText().equals("Rolling Month")));
    }

    @Test
    void pastIncludesProgramsEndedTodayWhichAreInactiveInTheirDateRange() throws Exception {
        List<JsonNode> past = allPages("PAST");
        assertTrue(past.stream().allMatch(p -> p.get("program_status").asText().equals("INACTIVE")));
        assertTrue(past.stream().anyMatch(p -> p.get("end_date").asText().equals(TestClient.TODAY.toString())));
    }

    @Test
    void pausedProgramsAppearUnderPausedAndCurrentByDefaultAndOnlyPausedWhenTheKnobIsOff() throws Exception {
        Set<String> paused = ids(allPages("PAUSED"));
        assertFalse(paused.isEmpty());
        assertTrue(ids(allPages("CURRENT")).containsAll(paused));
        server.knobs().pausedUnderCurrent(false);
        Set<String> current = ids(allPages("CURRENT"));
        assertTrue(paused.stream().noneMatch(current::contains));
    }

    @Test
    void adCategoriesOnlyWhenTheKnobSaysSo() throws Exception {
        assertFalse(client.json("/programs/v1?program_status=ALL").get("payment_programs").get(0).has("ad_categories"));
        server.knobs().adCategoriesInListAll(true);
        assertTrue(client.json("/programs/v1?program_status=ALL").get("payment_programs").get(0).has("ad_categories"));
    }

    @Test
    void lowerCaseStatusIsAcceptedAndEchoedInUpperCase() throws Exception {
        assertEquals("ALL", client.json("/programs/v1?program_status=all").get("program_status").asText());
    }

    @Test
    void outOfRangeOrUnknownParametersAre400WithAnErrorBody() throws Exception {
        for (String query : List.of("limit=41", "limit=0", "offset=-1", "limit=abc", "program_status=ACTIVE")) {
            HttpResponse<String> response = client.get("/programs/v1?" + query);
            assertEquals(400, response.statusCode(), query);
            assertEquals("INVALID_REQUEST", TestClient.parse(response.body()).at("/error/code").asText(), query);
            assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        }
    }

    @Test
    void offsetPastTheEndGivesAnEmptyPageWithTheTotal() throws Exception {
        JsonNode page = client.json("/programs/v1?program_status=ALL&offset=5000&limit=40");
        assertEquals(2000, page.get("total").asInt());
        assertEquals(0, page.get("payment_programs").size());
    }

    @Test
    void statsCountListAllRequests() throws Exception {
        long before = server.stats().routeCount(SandboxStats.LIST_ALL);
        client.json("/programs/v1");
        assertTrue(server.stats().routeCount(SandboxStats.LIST_ALL) >= before + 1);
    }

    private static Set<String> ids(List<JsonNode> programs) {
        Set<String> ids = new HashSet<>();
        programs.forEach(p -> ids.add(p.get("program_id").asText()));
        return ids;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
