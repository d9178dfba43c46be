package io.adsdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreateProgramTest {
    private SandboxServer server;
    private WriteClient client;
    private SandboxBusiness business;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(TestClient.config(60, 12));
        client = new WriteClient(server);
        business = client.openBusiness(0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String cpcQuery() {
        return "business_id=" + business.id() + "&program_name=CPC&start=2026-03-20&currency=USD&budget=150000"
                + "&is_autobid=false&max_bid=275&pacing_method=paced&fee_period=ROLLING_MONTH&ad_categories="
                + business.categories().getFirst();
    }

    @Test
    void cpcCreateCompletesWithANewProgramIdThatListAllAndProgramInfoShowInCents() throws Exception {
        JsonNode receipt = client.createReceipt(cpcQuery());
        assertEquals("COMPLETED", receipt.get("status").asText());
        assertEquals("2026-03-19T20:00:00+00:00", receipt.get("created_at").asText());
        assertEquals("2026-03-19T20:00:00+00:00", receipt.get("completed_at").asText());
        JsonNode b = WriteClient.business(receipt);
        assertEquals("COMPLETED", b.get("status").asText());
        assertEquals("BUSINESS", b.get("identifier_type").asText());
        assertEquals(business.id(), b.get("identifier").asText());
        JsonNode added = b.at("/update_results/program_added");
        assertEquals("COMPLETED", added.get("status").asText());
        assertEquals("COMPLETED", added.at("/program_id/status").asText());
        String programId = added.at("/program_id/requested_value").asText();
        assertEquals(22, programId.length());

        JsonNode info = client.http.json("/v1/programs/info/" + programId).get("programs").get(0);
        assertEquals("CPC", info.get("program_type").asText());
        assertEquals("2026-03-20", info.get("start_date").asText());
        assertEquals("9999-12-31", info.get("end_date").asText());
        assertEquals("INACTIVE", info.get("program_status").asText(), "starts tomorrow");
        assertEquals(150000, info.at("/program_metrics/budget").asLong());
        assertEquals(275, info.at("/program_metrics/max_bid").asLong());
        assertFalse(info.at("/program_metrics/is_autobid").asBoolean());
        assertEquals("USD", info.at("/program_metrics/currency").asText());
        assertEquals("Rolling Month", info.at("/program_metrics/fee_period").asText());
        assertEquals(0, info.at("/program_metrics/ad_cost").asLong());
        assertEquals(business.id(), info.get("yelp_business_id").asText());
        assertTrue(client.listed(programId, "FUTURE"));
        assertFalse(client.listed(programId, "CURRENT"));
        JsonNode last = null;
        for (int start = 0; start < server.account().view().programsOf(business.id()).size(); start += 40) {
            JsonNode page = client.http.json("/v1/programs/list/" + business.id() + "?limit=40&start=" + start);
            for (JsonNode p : page.at("/businesses/0/programs")) {
                last = p;
            }
        }
        assertEquals(programId, last.get("program_id").asText());
        assertEquals(business.categories().getFirst(), last.at("/ad_categories/0").asText());
    }

    @Test
    void withoutStartAndEndTheProgramRunsFromTodayOpenEndedWithDerivedCategories() throws Exception {
        JsonNode receipt = client.createReceipt("business_id=" + business.id()
                + "&program_name=CPC&budget=2500&is_autobid=true");
        String id = WriteClient.group(receipt).at("/program_id/requested_value").asText();
        SandboxProgram p = server.account().program(id).orElseThrow();
        assertEquals(TestClient.TODAY, p.startDate());
        assertEquals(SandboxProgram.OPEN_END, p.endDate());
        assertTrue(p.autobid());
        assertNull(p.maxBid());
        assertEquals(business.categories(), p.adCategories());
        assertTrue(client.listed(id, "CURRENT"));
        assertEquals(server.account().programIds().getLast(), id, "appended in creation order");
    }

    @Test
    void everyParameterSentIsEchoedAsAStringWithPacingUpperCasedAndCategoriesPerItem() throws Exception {
        JsonNode receipt = client.createReceipt(cpcQuery() + "&ad_categories=" + business.categories().getLast()
                + "&promotion_code=SPRING");
        JsonNode values = WriteClient.group(receipt).get("requested_value");
        List<String> names = new ArrayList<>();
        values.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("yelp_business_id", "program_name", "promotion_code", "start", "budget", "currency",
                "is_autobid", "max_bid", "pacing_method", "fee_period", "ad_categories"), names);
        assertEquals("150000", values.at("/budget/requested_value").asText());
        assertTrue(values.at("/budget/requested_value").isTextual());
        assertTrue(values.at("/max_bid/requested_value").isTextual());
        assertEquals("false", values.at("/is_autobid/requested_value").asText());
        assertTrue(values.at("/is_autobid/requested_value").isTextual());
        assertEquals("PACED", values.at("/pacing_method/requested_value").asText());
        assertEquals("ROLLING_MONTH", values.at("/fee_period/requested_value").asText());
        assertEquals("2026-03-20", values.at("/start/requested_value").asText());
        assertEquals("COMPLETED", values.at("/budget/status").asText());
        JsonNode categories = values.get("ad_categories");
        assertEquals("COMPLETED", categories.get("status").asText());
        assertEquals(2, categories.get("requested_value").size());
        assertEquals(business.categories().getLast(), categories.at("/requested_value/1/requested_value").asText());
        assertEquals("COMPLETED", categories.at("/requested_value/1/status").asText());
    }

    @Test
    void flatReceiptKnobPutsTheEntriesDirectlyInTheGroup() throws Exception {
        server.knobs().receiptFields(SandboxKnobs.ReceiptFields.FLAT);
        JsonNode added = WriteClient.group(client.createReceipt(cpcQuery()));
        assertEquals("150000", added.at("/budget/requested_value").asText());
        assertTrue(added.at("/requested_value").isMissingNode());
        assertEquals(22, added.at("/program_id/requested_value").asText().length());
    }

    @Test
    void pageProductCreateCompletesAndASecondOneIsAlreadyRequested() throws Exception {
        SandboxBusiness other = client.openBusiness(1);
        String query = "business_id=" + other.id() + "&program_name=SLIDESHOW";
        server.account().programs().stream()
                .filter(p -> p.type().equals("SLIDESHOW") && p.businessIds().contains(other.id()))
                .forEach(p -> server.account().removeProgram(p.id()));
        JsonNode first = client.createReceipt(query);
        assertEquals("COMPLETED", first.get("status").asText());
        JsonNode second = client.createReceipt(query);
        assertEquals("REJECTED", second.get("status").asText());
        assertEquals("PROGRAM_ALREADY_REQUESTED", WriteClient.group(second).at("/error/code").asText());
    }

    @Test
    void malformedCreatesAre400WithAnInvalidRequestBody() throws Exception {
        String ok = "business_id=" + business.id() + "&program_name=CPC";
        for (String query : List.of("program_name=CPC", "business_id=" + business.id(), ok + "&budget=12.50",
                ok + "&max_bid=abc", ok + "&start=2026-3-20", ok + "&end=tomorrow", ok + "&is_autobid=yes",
                "business_id=" + business.id() + "&program_name=TV", ok + "&pacing_method=fast")) {
            HttpResponse<String> response = client.http.postAuthed("/v1/reseller/program/create?" + query);
            assertEquals(400, response.statusCode(), query);
            JsonNode error = TestClient.parse(response.body()).get("error");
            assertEquals("INVALID_REQUEST", error.get("code").asText(), query);
            assertFalse(error.get("description").asText().isBlank());
        }
        assertEquals(0, server.stats().routeCount(SandboxStats.JOB_STATUS));
    }

    @Test
    void aBodyIsIgnoredAndWritesNeedPostAndCredentials() throws Exception {
        HttpResponse<String> withBody = client.http.send(client.http.request("/v1/reseller/program/create?"
                        + "business_id=" + business.id() + "&program_name=CPC&budget=5000&is_autobid=true")
                .header("Authorization", TestClient.basic("demo", "demo-password"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"budget\": 1}")).build());
        assertEquals(200, withBody.statusCode());
        JsonNode receipt = client.receipt(TestClient.parse(withBody.body()).get("job_id").asText());
        assertEquals("5000", WriteClient.field(receipt, "budget").get("requested_value").asText());
        assertEquals(405, client.http.get("/v1/reseller/program/create?business_id=x&program_name=CPC").statusCode());
        assertEquals(401, client.http.post("/v1/reseller/program/create?business_id=x&program_name=CPC").statusCode());
        assertEquals(3, server.stats().routeCount(SandboxStats.PROGRAM_CREATE));
    }

    @Test
    void unknownJobIs404AndJobIdsDiffer() throws Exception {
        HttpResponse<String> response = client.http.get("/v1/reseller/status/AAAAAAAAAAAAAAAAAAAAAA");
        assertEquals(404, response.statusCode());
        assertEquals("NOT_FOUND", TestClient.parse(response.body()).at("/error/code").asText());
        String query = "business_id=" + business.id() + "&program_name=CPC&budget=5000&is_autobid=true";
        assertNotEquals(client.create(query), client.create(query));
    }
}
