package io.adsdesk.ui.jobs;

import io.adsdesk.registry.AuditEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditDetailsTest {
    private static final String BEFORE = "{\"program_id\":\"p-1\",\"end_date\":null,\"budget_cents\":20000,\"ad_categories\":[\"hvac\"]}";
    private static final String AFTER = "{\"program_id\":\"p-1\",\"end_date\":\"2026-04-01\",\"budget_cents\":25000,\"ad_categories\":[\"hvac\"]}";

    private static AuditEntry entry(String after, String receipt) {
        return new AuditEntry(1, Instant.parse("2026-03-10T09:15:00Z"), "carol @ https://partner-api.yelp.com", "EDIT",
                "p-1", "b-1", BEFORE, "{\"budget\":[\"25000\"]}", after, "job-1", "COMPLETED", receipt, null, "carol on desk-1");
    }

    @Test
    void onlyTheFieldsThatChangedAreListedWithMoneyInDollars() {
        assertEquals("end date open → 2026-04-01; budget $200.00 → $250.00", AuditDetails.changes(entry(AFTER, null)));
    }

    @Test
    void theDetailsNameTheAccountTheRequestAndTheReceipt() {
        String text = AuditDetails.text(entry(AFTER, "{\"status\":\"COMPLETED\"}"));

        assertTrue(text.contains("Account: carol @ https://partner-api.yelp.com\n"), text);
        assertTrue(text.contains("Before → after\n  end date: open → 2026-04-01\n  budget: $200.00 → $250.00\n"), text);
        assertTrue(text.contains("Request sent\n  budget = 25000 ($250.00)\n"), text);
        assertTrue(text.contains("Receipt\n  {\n    \"status\" : \"COMPLETED\"\n  }\n"), text);
    }

    @Test
    void anEntryWhoseJobRunsSaysSoInsteadOfAnEmptyAfter() {
        assertEquals("", AuditDetails.changes(entry(null, null)));
        assertTrue(AuditDetails.text(entry(null, null)).contains("not read back from Yelp yet"));
    }
}
