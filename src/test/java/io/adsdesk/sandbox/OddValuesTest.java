package io.adsdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OddValuesTest {
    private static SandboxServer server;
    private static TestClient client;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(TestClient.config(100, 8));
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

    private static Map<String, JsonNode> listed() throws Exception {
        Map<String, JsonNode> byId = new HashMap<>();
        for (int offset = 0; offset < 100; offset += 40) {
            client.json("/programs/v1?limit=40&offset=" + offset + "&program_status=ALL").get("payment_programs")
                    .forEach(p -> byId.put(p.get("program_id").asText(), p));
        }
        return byId;
    }

    private static List<String> on(OddValues.Kind kind, int n) {
        server.knobs().oddValues().set(kind, n);
        return server.knobs().oddValues().affected(kind, server.account().programIds());
    }

    private static SandboxProgram truth(String id) {
        return server.account().programs().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void offByDefaultEveryProgramFollowsTheContract() throws Exception {
        for (OddValues.Kind kind : OddValues.Kind.values()) {
            assertEquals(0, server.knobs().oddValues().count(kind));
        }
        for (JsonNode p : listed().values()) {
            assertTrue(p.get("program_id").isTextual());
            assertTrue(p.get("start_date").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
            assertTrue(p.get("end_date").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
            assertTrue(p.get("program_metrics").get("budget").isIntegralNumber());
            assertTrue(p.get("program_metrics").get("budget").asLong() >= 0);
            p.get("businesses").forEach(b -> assertFalse(b.isNull()));
            assertTrue(p.get("program_id").asText().length() <= 40);
        }
    }

    @Test
    void eachKindChangesExactlyItsNProgramsAndKindsNeverShareOne() throws Exception {
        List<String> nulls = on(OddValues.Kind.NULLS_IN_LISTS, 2);
        List<String> compact = on(OddValues.Kind.COMPACT_DATES, 2);
        List<String> ambiguous = on(OddValues.Kind.AMBIGUOUS_DATES, 2);
        List<String> huge = on(OddValues.Kind.HUGE_BUDGETS, 2);
        List<String> negative = on(OddValues.Kind.NEGATIVE_BUDGETS, 2);
        List<String> fractional = on(OddValues.Kind.FRACTIONAL_BUDGETS, 2);
        List<String> all = new ArrayList<>();
        List.of(nulls, compact, ambiguous, huge, negative, fractional).forEach(all::addAll);
        assertEquals(12, all.stream().distinct().count());

        Map<String, JsonNode> listed = listed();
        for (String id : nulls) {
            assertTrue(listed.get(id).get("businesses").get(0).isNull());
            assertTrue(listed.get(id).get("future_budget_changes").get(0).isNull());
            assertTrue(listed.get(id).get("active_features").get(0).isNull());
        }
        for (String id : compact) {
            var start = truth(id).startDate();
            assertEquals("%04d%02d%02d".formatted(start.getYear(), start.getMonthValue(), start.getDayOfMonth()),
                    listed.get(id).get("start_date").asText());
            var end = truth(id).endDate();
            assertEquals(end.getYear() + "-" + end.getMonthValue() + "-" + end.getDayOfMonth(),
                    listed.get(id).get("end_date").asText(), "month and day without padding");
        }
        for (String id : ambiguous) {
            assertTrue(listed.get(id).get("start_date").asText().matches("\\d{2}\\.\\d{2}\\.\\d{4}"));
            assertTrue(listed.get(id).get("end_date").asText().matches("\\d{2}/\\d{2}/\\d{4}"));
        }
        for (String id : huge) {
            assertEquals(1e30, listed.get(id).get("program_metrics").get("budget").asDouble());
        }
        for (String id : negative) {
            assertEquals(-truth(id).budget(), listed.get(id).get("program_metrics").get("budget").asLong());
        }
        for (String id : fractional) {
            assertEquals(truth(id).budget() + 0.75, listed.get(id).get("program_metrics").get("budget").asDouble(), 1e-9);
        }
        long untouched = listed.entrySet().stream().filter(e -> !all.contains(e.getKey()))
                .filter(e -> e.getValue().get("program_metrics").get("budget").asLong() == truth(e.getKey()).budget())
                .count();
        assertEquals(100 - 12, untouched);
    }

    @Test
    void longValuesKnobLengthensTheIdTypeAndPartnerId() throws Exception {
        String id = on(OddValues.Kind.LONG_VALUES, 1).getFirst();
        JsonNode p = listed().get(id + OddValues.LONG_SUFFIX);
        assertTrue(p.get("program_type").asText().length() > 32);
        assertTrue(p.get("businesses").get(0).get("partner_business_id").asText().length() > 255);
    }

    @Test
    void theKnobsAreSetThroughTheControlPlaneAndShownThere() throws Exception {
        assertEquals(200, client.post("/_sandbox/knobs?huge_budgets=3&nulls_in_lists=1").statusCode());
        assertEquals(3, server.knobs().oddValues().count(OddValues.Kind.HUGE_BUDGETS));
        JsonNode shown = TestClient.parse(client.post("/_sandbox/knobs").body());
        assertEquals(1, shown.path("nulls_in_lists").asInt(), shown.toString());
        assertEquals(400, client.post("/_sandbox/knobs?huge_budgets=-1").statusCode());
    }
}
