package io.adsdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.adsdesk.sandbox.Receipts.assertBusinessRejected;
import static io.adsdesk.sandbox.Receipts.assertGroupRejected;
import static io.adsdesk.sandbox.Receipts.assertParentWasRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreateRejectionTest {
    private SandboxServer server;
    private WriteClient client;
    private SandboxBusiness business;
    private int programsBefore;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(TestClient.config(60, 12));
        client = new WriteClient(server);
        business = client.openBusiness(0);
        programsBefore = server.account().programCount();
    }

    @AfterEach
    void stop() {
        assertEquals(programsBefore, server.account().programCount(), "a rejected create adds nothing");
        server.close();
    }

    private String cpc(String extra) {
        return "business_id=" + business.id() + "&program_name=CPC&start=2026-03-19&budget=150000"
                + "&is_autobid=true&pacing_method=paced&fee_period=CALENDAR_MONTH" + extra;
    }

    private JsonNode create(String query) throws Exception {
        return client.createReceipt(query);
    }

    @Test
    void aBusinessOutsideTheAccountFailsAuthorizationAtBusinessLevel() throws Exception {
        JsonNode receipt = create("business_id=e2JTWqyUwRHXjpG8TCZ7Ow&program_name=CPC&budget=5000&is_autobid=true");
        assertBusinessRejected(receipt, "BUSINESS_AUTHORIZATION_FAILED");
        assertEquals("e2JTWqyUwRHXjpG8TCZ7Ow", WriteClient.business(receipt).get("identifier").asText());
    }

    @Test
    void closedOrRemovedBusinessesAreNotActive() throws Exception {
        server.account().updateBusiness(business.id(), b -> b.withStatus(false, true));
        JsonNode removed = create(cpc(""));
        assertBusinessRejected(removed, "BUSINESS_NOT_ACTIVE");
        assertEquals("ValidationError: This business cannot be accessed because it is removed from search.",
                WriteClient.business(removed).at("/error/message").asText());
        server.account().updateBusiness(business.id(), b -> b.withStatus(true, false));
        assertBusinessRejected(create(cpc("")), "BUSINESS_NOT_ACTIVE");
    }

    @Test
    void restrictedCategoryRejectsExplicitCategoriesAndEveryEntryInheritsTheRejection() throws Exception {
        server.account().updateBusiness(business.id(), b -> b.withCategories(List.of("restaurants", "landmarks")));
        JsonNode receipt = create(cpc("&ad_categories=restaurants"));
        assertGroupRejected(receipt, "UNSUPPORTED_CATEGORIES");
        JsonNode values = WriteClient.group(receipt).get("requested_value");
        assertEquals(8, values.size());
        assertParentWasRejected(values.at("/ad_categories/requested_value/0"), "item");
        assertEquals("restaurants", values.at("/ad_categories/requested_value/0/requested_value").asText());
    }

    @Test
    void restrictedBusinessSucceedsWhenCategoriesAreOmittedUnlessTheKnobSaysOtherwise() throws Exception {
        server.account().updateBusiness(business.id(), b -> b.withCategories(List.of("restaurants", "landmarks")));
        JsonNode omitted = create(cpc(""));
        assertEquals("COMPLETED", omitted.get("status").asText());
        String id = WriteClient.group(omitted).at("/program_id/requested_value").asText();
        assertEquals(List.of("restaurants"), server.account().program(id).orElseThrow().adCategories());
        server.account().removeProgram(id);
        server.knobs().omittedCategoriesSucceed(false);
        assertGroupRejected(create(cpc("")), "UNSUPPORTED_CATEGORIES");
    }

    @Test
    void anUnknownAliasRejectsItsItemTheListAndTheGroupWhileSiblingsInherit() throws Exception {
        String good = business.categories().getFirst();
        JsonNode receipt = create(cpc("&ad_categories=" + good + "&ad_categories=Restaurants"));
        JsonNode group = WriteClient.group(receipt);
        assertEquals("REJECTED", receipt.get("status").asText());
        assertEquals("INVALID_OR_MISSING_REQUIRED_KEY", group.at("/error/code").asText());
        assertEquals("ValidationError: Invalid or missing required key(s): ad_categories.",
                group.at("/error/message").asText());
        JsonNode list = group.at("/requested_value/ad_categories");
        assertEquals("REJECTED", list.get("status").asText());
        assertEquals("INVALID_LIST_INDEXES", list.at("/error/code").asText());
        assertParentWasRejected(list.at("/requested_value/0"), good);
        JsonNode bad = list.at("/requested_value/1");
        assertEquals("CATEGORY_ALIAS_NOT_RECOGNIZED", bad.at("/error/code").asText());
        assertEquals("Restaurants", bad.get("requested_value").asText());
        assertParentWasRejected(group.at("/requested_value/budget"), "budget");
    }

    @Test
    void noCategoriesOnTheBusinessOrNoneSentIsNoCategories() throws Exception {
        assertGroupRejected(create(cpc("&ad_categories=")), "NO_CATEGORIES");
        server.account().updateBusiness(business.id(), b -> b.withCategories(List.of()));
        assertGroupRejected(create(cpc("")), "NO_CATEGORIES");
    }

    @Test
    void startBeforeTodayInPacificTimeCannotBeAdded() throws Exception {
        // 2026-03-19T20:00Z is 13:00 in California, so 2026-03-18 is yesterday there
        assertGroupRejected(create(cpc("").replace("start=2026-03-19", "start=2026-03-18")),
                "CANNOT_ADD_PROGRAM_IN_PAST");
    }

    @Test
    void cpcWithoutBudgetOrAutobidOrMaxBidIsMissingAKey() throws Exception {
        String base = "business_id=" + business.id() + "&program_name=CPC";
        assertGroupRejected(create(base + "&is_autobid=true"), "INVALID_OR_MISSING_KEY");
        assertGroupRejected(create(base + "&budget=5000"), "INVALID_OR_MISSING_KEY");
        assertGroupRejected(create(base + "&budget=5000&is_autobid=false"), "INVALID_OR_MISSING_KEY");
        assertGroupRejected(create(cpc("").replace("pacing_method=paced", "pacing_method=unpaced")),
                "INVALID_OR_MISSING_KEY");
    }

    @Test
    void pricesBelowTheMinimumOrABidAboveTheBudgetAreRejected() throws Exception {
        String base = "business_id=" + business.id() + "&program_name=CPC&is_autobid=false";
        assertGroupRejected(create(base + "&budget=2499&max_bid=100"), "INVALID_PRICE");
        assertGroupRejected(create(base + "&budget=2500&max_bid=49"), "INVALID_PRICE");
        assertGroupRejected(create(base + "&budget=2500&max_bid=2501"), "BID_TOO_HIGH_FOR_BUDGET");
    }

    @Test
    void aCurrencyOtherThanTheBusinessesIsAMismatch() throws Exception {
        assertGroupRejected(create(cpc("&currency=CAD")), "CURRENCY_MISMATCH");
    }

    @Test
    void docStyleTopLevelSaysCompletedAboveARejectedBusiness() throws Exception {
        server.knobs().topLevelStatus(SandboxKnobs.TopLevelStatus.DOC);
        JsonNode receipt = create(cpc("&currency=CAD"));
        assertEquals("COMPLETED", receipt.get("status").asText());
        assertEquals("REJECTED", WriteClient.business(receipt).get("status").asText());
        assertTrue(receipt.get("completed_at").isTextual());
    }
}
