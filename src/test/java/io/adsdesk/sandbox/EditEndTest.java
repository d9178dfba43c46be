package io.adsdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import static io.adsdesk.sandbox.Receipts.assertBusinessRejected;
import static io.adsdesk.sandbox.Receipts.assertGroupRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditEndTest {
    private SandboxServer server;
    private WriteClient client;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(TestClient.config(400, 12));
        client = new WriteClient(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode edit(String programId, String query) throws Exception {
        return client.receipt(client.submit("/v1/reseller/program/" + programId + "/edit?" + query));
    }

    private JsonNode end(String programId) throws Exception {
        return client.receipt(client.submit("/v1/reseller/program/" + programId + "/end"));
    }

    private JsonNode info(String programId) throws Exception {
        return client.http.json("/v1/programs/info/" + programId).get("programs").get(0);
    }

    @Test
    void editAppliesTheFieldsAndReportsThemUnderProgramModified() throws Exception {
        SandboxProgram p = client.runningCpc(false);
        long budget = p.budget() + 10_000;
        JsonNode receipt = edit(p.id(), "budget=" + budget + "&max_bid=60&end=2026-12-31&pacing_method=PACED");
        assertEquals("COMPLETED", receipt.get("status").asText(), receipt.toString());
        JsonNode business = WriteClient.business(receipt);
        assertEquals("PROGRAM", business.get("identifier_type").asText());
        assertEquals(p.id(), business.get("identifier").asText());
        JsonNode modified = business.at("/update_results/program_modified");
        assertEquals(String.valueOf(budget), modified.at("/requested_value/budget/requested_value").asText());
        assertEquals("PACED", modified.at("/requested_value/pacing_method/requested_value").asText());
        assertEquals(p.id(), modified.at("/program_id/requested_value").asText());
        JsonNode after = info(p.id());
        assertEquals(budget, after.at("/program_metrics/budget").asLong());
        assertEquals(60, after.at("/program_metrics/max_bid").asLong());
        assertEquals("2026-12-31", after.get("end_date").asText());
    }

    @Test
    void aBudgetWithAFutureDateIsScheduledInsteadOfApplied() throws Exception {
        SandboxProgram p = client.runningCpc(true);
        JsonNode receipt = edit(p.id(), "budget=99900&future_budget_date=2026-04-01");
        assertEquals("COMPLETED", receipt.get("status").asText(), receipt.toString());
        JsonNode after = info(p.id());
        assertEquals(p.budget(), after.at("/program_metrics/budget").asLong());
        JsonNode change = after.get("future_budget_changes").get(after.get("future_budget_changes").size() - 1);
        assertEquals(99900, change.get("new_budget").asLong());
        assertEquals("2026-04-01", change.get("start_date").asText());
        assertEquals(p.budget(), change.get("old_budget").asLong());
    }

    @Test
    void editRulesRejectWithTheDocumentedCodes() throws Exception {
        SandboxProgram autobid = client.runningCpc(true);
        assertGroupRejected(edit(autobid.id(), "max_bid=100"), "INVALID_OR_MISSING_KEY");
        assertGroupRejected(edit(autobid.id(), "budget=2000"), "INVALID_PRICE");
        assertGroupRejected(edit(autobid.id(), "pacing_method=unpaced"), "INVALID_OR_MISSING_KEY");
        assertGroupRejected(edit(autobid.id(), "start=2026-04-01"), "COULD_NOT_MODIFY_PROGRAM");
        assertGroupRejected(edit(autobid.id(), "end=2026-03-18"), "COULD_NOT_MODIFY_PROGRAM");
        JsonNode alias = edit(autobid.id(), "ad_categories=Plumbing");
        assertEquals("INVALID_OR_MISSING_REQUIRED_KEY", WriteClient.group(alias).at("/error/code").asText());
        assertEquals("CATEGORY_ALIAS_NOT_RECOGNIZED",
                WriteClient.field(alias, "ad_categories").at("/requested_value/0/error/code").asText());
        SandboxProgram bid = client.runningCpc(false);
        assertGroupRejected(edit(bid.id(), "budget=2500&max_bid=2600"), "BID_TOO_HIGH_FOR_BUDGET");
        assertEquals(autobid, server.account().program(autobid.id()).orElseThrow(), "nothing applied");
    }

    @Test
    void aBudgetBelowWhatWasSpentCannotBeSet() throws Exception {
        SandboxProgram spent = server.account().programs().stream()
                .filter(p -> p.type().equals("CPC") && p.active(TestClient.TODAY) && p.adCost() > 2600)
                .findFirst().orElseThrow();
        assertGroupRejected(edit(spent.id(), "budget=" + (spent.adCost() - 1)),
                "CANNOT_DECREASE_BUDGET_BELOW_AMOUNT_ALREADY_SPENT");
    }

    @Test
    void startOfAFutureProgramCanMoveButNotIntoThePast() throws Exception {
        SandboxProgram future = server.account().programs().stream()
                .filter(p -> p.future(TestClient.TODAY) && !p.ended()).findFirst().orElseThrow();
        LocalDate later = future.startDate().plusDays(3);
        assertEquals("COMPLETED", edit(future.id(), "start=" + later).get("status").asText());
        assertEquals(later.toString(), info(future.id()).get("start_date").asText());
        assertGroupRejected(edit(future.id(), "start=2026-03-18"), "COULD_NOT_MODIFY_PROGRAM");
    }

    @Test
    void endMovesTheProgramToPastAndAnEndedProgramHasExpired() throws Exception {
        SandboxProgram p = client.runningCpc(true);
        JsonNode receipt = end(p.id());
        assertEquals("COMPLETED", receipt.get("status").asText());
        JsonNode ended = WriteClient.business(receipt).at("/update_results/program_ended");
        assertEquals("COMPLETED", ended.get("status").asText());
        assertEquals(p.id(), ended.get("requested_value").asText());
        JsonNode after = info(p.id());
        assertEquals("2026-03-19", after.get("end_date").asText());
        assertEquals("INACTIVE", after.get("program_status").asText());
        assertTrue(client.listed(p.id(), "PAST"));
        assertFalse(client.listed(p.id(), "CURRENT"));
        assertBusinessRejected(end(p.id()), "PROGRAM_HAS_EXPIRED");
        assertBusinessRejected(edit(p.id(), "budget=5000"), "PROGRAM_HAS_EXPIRED");
    }

    @Test
    void anUnknownProgramIsARejectedJobOrWithTheKnobA404() throws Exception {
        JsonNode receipt = edit("AAAAAAAAAAAAAAAAAAAAAA", "budget=5000");
        assertGroupRejected(receipt, "COULD_NOT_MODIFY_PROGRAM");
        assertEquals("PROGRAM", WriteClient.business(receipt).get("identifier_type").asText());
        assertGroupRejected(end("AAAAAAAAAAAAAAAAAAAAAA"), "COULD_NOT_MODIFY_PROGRAM");
        server.knobs().unknownProgram404(true);
        HttpResponse<String> response = client.http.postAuthed("/v1/reseller/program/AAAAAAAAAAAAAAAAAAAAAA/end");
        assertEquals(404, response.statusCode());
        assertEquals("NOT_FOUND", TestClient.parse(response.body()).at("/error/code").asText());
    }

    @Test
    void malformedEditIs400() throws Exception {
        SandboxProgram p = client.runningCpc(true);
        assertEquals(400, client.http.postAuthed("/v1/reseller/program/" + p.id() + "/edit?budget=ten").statusCode());
        assertEquals(400, client.http.postAuthed("/v1/reseller/program/" + p.id()
                + "/edit?future_budget_date=04/01/2026").statusCode());
    }
}
