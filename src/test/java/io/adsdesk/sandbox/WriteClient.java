package io.adsdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sends writes to a sandbox and reads receipts back, asserting the HTTP parts on the way. */
final class WriteClient {
    final SandboxServer server;
    final TestClient http;

    WriteClient(SandboxServer server) {
        this.server = server;
        this.http = new TestClient(server);
    }

    /** POSTs a write, expects 200 {"job_id"} with a 22-character ID, returns the ID. */
    String submit(String pathAndQuery) throws Exception {
        HttpResponse<String> response = http.postAuthed(pathAndQuery);
        assertEquals(200, response.statusCode(), response.body());
        String id = TestClient.parse(response.body()).get("job_id").asText();
        assertEquals(22, id.length(), id);
        return id;
    }

    String create(String query) throws Exception {
        return submit("/v1/reseller/program/create?" + query);
    }

    JsonNode receipt(String jobId) throws Exception {
        return http.json("/v1/reseller/status/" + jobId);
    }

    JsonNode createReceipt(String query) throws Exception {
        return receipt(create(query));
    }

    /** business_results[0]. */
    static JsonNode business(JsonNode receipt) {
        return receipt.get("business_results").get(0);
    }

    /** business_results[0].update_results.{program_added|program_modified|program_ended}. */
    static JsonNode group(JsonNode receipt) {
        JsonNode updates = business(receipt).get("update_results");
        return updates.elements().next();
    }

    /** One echoed parameter, in the default (nested, as observed) layout. */
    static JsonNode field(JsonNode receipt, String name) {
        return group(receipt).get("requested_value").get(name);
    }

    /** An open US business with categories, not yet holding anything that would trip a create. */
    SandboxBusiness openBusiness(int skip) {
        List<SandboxBusiness> open = server.account().businesses().stream()
                .filter(b -> !b.closed() && !b.removedFromSearch() && b.country().equals("US")
                        && !b.categories().isEmpty() && !CategoryCheck.restricted(b))
                .toList();
        return open.get(skip);
    }

    /** A running CPC program (not paused) under an open business. */
    SandboxProgram runningCpc(boolean autobid) {
        return server.account().programs().stream()
                .filter(p -> p.type().equals("CPC") && p.active(TestClient.TODAY) && !p.paused()
                        && p.autobid() == autobid)
                .filter(p -> server.account().business(p.businessIds().getFirst())
                        .map(b -> !b.closed() && !b.removedFromSearch()).orElse(false))
                .findFirst().orElseThrow();
    }

    /** Whether List All with this program_status filter has the program on any page. */
    boolean listed(String programId, String status) throws Exception {
        for (int offset = 0; ; offset += 40) {
            JsonNode page = http.json("/programs/v1?limit=40&offset=" + offset + "&program_status=" + status);
            for (JsonNode p : page.get("payment_programs")) {
                if (p.get("program_id").asText().equals(programId)) {
                    return true;
                }
            }
            if (offset + 40 >= page.get("total").asInt()) {
                return false;
            }
        }
    }
}
