package io.adsdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadEndpointsTest {
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

    private static SandboxBusiness biggestBusiness() {
        return server.account().businesses().stream()
                .max((a, b) -> Integer.compare(server.account().view().programsOf(a.id()).size(),
                        server.account().view().programsOf(b.id()).size()))
                .orElseThrow();
    }

    @Test
    void programListPagesInsideEachBusinessAndCarriesAdCategories() throws Exception {
        SandboxBusiness big = biggestBusiness();
        List<SandboxProgram> expected = server.account().view().programsOf(big.id());
        List<String> seen = new ArrayList<>();
        for (int start = 0; start < expected.size(); start += 40) {
            JsonNode business = client.json("/v1/programs/list/" + big.id() + "?start=" + start + "&limit=40")
                    .get("businesses").get(0);
            assertEquals(big.id(), business.get("yelp_business_id").asText());
            assertEquals("ADVERTISER", business.get("advertiser_status").asText());
            assertTrue(business.has("destination_yelp_business_id"));
            business.get("programs").forEach(p -> {
                assertTrue(p.has("ad_categories"));
                seen.add(p.get("program_id").asText());
            });
        }
        assertEquals(expected.stream().map(SandboxProgram::id).toList(), seen);
    }

    @Test
    void programListPutsUnknownBusinessesIntoErrors() throws Exception {
        String known = server.account().businesses().get(1).id();
        JsonNode body = client.json("/v1/programs/list/" + known + ",AAAAAAAAAAAAAAAAAAAAAA");
        assertEquals(1, body.get("businesses").size());
        assertEquals("AAAAAAAAAAAAAAAAAAAAAA", body.at("/errors/0/business_id").asText());
        assertEquals(20, Math.max(body.at("/businesses/0/programs").size(), 20));
    }

    @Test
    void moreThan200IdsIs400() throws Exception {
        String ids = String.join(",", Collections.nCopies(201, "x").stream()
                .map(s -> s + Math.random()).toList());
        for (String prefix : List.of("/v1/programs/list/", "/v1/programs/info/", "/v1/business_info/")) {
            HttpResponse<String> response = client.get(prefix + ids);
            assertEquals(400, response.statusCode(), prefix);
            assertEquals("INVALID_REQUEST", TestClient.parse(response.body()).at("/error/code").asText());
        }
        assertEquals(400, client.get("/v1/programs/list/x?limit=41").statusCode());
    }

    @Test
    void programInfoAddsOwnerIdsAndReportsUnknownIds() throws Exception {
        SandboxProgram multi = server.account().programs().stream()
                .filter(p -> p.businessIds().size() > 1).findFirst().orElseThrow();
        SandboxProgram other = server.account().programs().get(7);
        JsonNode body = client.json("/v1/programs/info/" + multi.id() + "," + other.id() + ",nope");
        assertEquals(2, body.get("programs").size());
        JsonNode p = body.get("programs").get(0);
        assertEquals(multi.id(), p.get("program_id").asText());
        assertEquals(multi.businessIds().getFirst(), p.get("yelp_business_id").asText());
        assertTrue(p.has("partner_business_id"));
        assertEquals(multi.businessIds().size(), p.get("businesses").size());
        assertEquals("nope", body.at("/errors/0/program_id").asText());
    }

    @Test
    void businessInfoHasTheDocumentedFieldsAndNonAsciiNamesRoundTripInUtf8() throws Exception {
        List<SandboxBusiness> businesses = server.account().businesses().subList(0, 5);
        String ids = String.join(",", businesses.stream().map(SandboxBusiness::id).toList());
        HttpResponse<byte[]> raw = client.send(client.request("/v1/business_info/" + ids)
                .header("Authorization", TestClient.basic("demo", "demo-password")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("application/json; charset=utf-8", raw.headers().firstValue("Content-Type").orElseThrow());
        String text = new String(raw.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains("東京 Sushi") && text.contains("Łódź Bakery"), "names are raw UTF-8, not escaped");
        JsonNode body = TestClient.parse(text);
        for (int i = 0; i < businesses.size(); i++) {
            JsonNode b = body.get("businesses").get(i);
            assertEquals(businesses.get(i).name(), b.get("name").asText());
            for (String field : List.of("yelp_business_id", "address1", "city", "state", "country", "postal_code",
                    "latitude", "longitude", "phone", "url", "is_closed", "is_removed_from_search")) {
                assertTrue(b.has(field), field);
            }
            assertTrue(b.at("/additional_biz_info/category_list").isArray());
            assertTrue(b.get("additional_biz_info").has("partner_business_id"));
        }
        assertEquals(0, body.get("errors").size());
    }

    @Test
    void pageUpgradeInfoIsInDollarsByDefaultAndInCentsWithTheKnob() throws Exception {
        SandboxProgram page = server.account().programs().stream()
                .filter(p -> p.pageUpgrade() != null).findFirst().orElseThrow();
        JsonNode dollars = client.json("/v1/programs/info/" + page.id()).at("/programs/0/page_upgrade_info/monthly_rate");
        assertEquals(page.pageUpgrade().monthlyRate() / 100.0, dollars.asDouble(), 0.001);
        server.knobs().pageUpgradeInCents(true);
        try {
            JsonNode cents = client.json("/v1/programs/info/" + page.id()).at("/programs/0/page_upgrade_info/monthly_rate");
            assertEquals(page.pageUpgrade().monthlyRate(), cents.asLong());
        } finally {
            server.knobs().pageUpgradeInCents(false);
        }
    }
}
