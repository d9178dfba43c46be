package io.adsdesk.api;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReceiptTest {
    private static final String NESTED_CREATE = """
            {"status":"COMPLETED","created_at":"2026-03-19T14:20:18+00:00","completed_at":"2026-03-19T14:20:56+00:00",
             "business_results":[{"status":"COMPLETED","identifier":"biz1","identifier_type":"BUSINESS",
               "update_results":{"program_added":{"status":"COMPLETED",
                 "requested_value":{
                   "budget":{"status":"COMPLETED","requested_value":"2500"},
                   "is_autobid":{"status":"COMPLETED","requested_value":"true"},
                   "ad_categories":{"status":"COMPLETED","requested_value":[
                      {"status":"COMPLETED","requested_value":"hvac"},{"status":"COMPLETED","requested_value":"plumbing"}]}},
                 "program_id":{"status":"COMPLETED","requested_value":"NEWPROGRAM0000000000001"}}}}]}
            """;

    private static final String FLAT_CREATE = """
            {"status":"COMPLETED","business_results":[{"status":"COMPLETED","identifier_type":"BUSINESS",
              "update_results":{"program_added":{"status":"COMPLETED",
                "budget":{"status":"COMPLETED","requested_value":"2500"},
                "program_id":{"status":"COMPLETED","requested_value":"NEWPROGRAM0000000000002"},
                "some_future_node":{"whatever":[1,2,3]}}}}]}
            """;

    @Test
    void theNestedLayoutGivesTheNewProgramIdAndTheEchoes() {
        Receipt r = Receipt.parse(NESTED_CREATE);
        assertEquals(Receipt.Outcome.COMPLETED, r.outcome());
        assertEquals("NEWPROGRAM0000000000001", r.newProgramId().orElseThrow());
        assertEquals("2500", r.echoed("budget").orElseThrow());
        assertEquals("hvac,plumbing", r.echoed("ad_categories").orElseThrow());
        assertTrue(r.errorCodes().isEmpty());
        assertTrue(r.statuses().stream().anyMatch(s ->
                s.path().equals("business_results[0].update_results.program_added.requested_value.ad_categories.requested_value[1]")));
    }

    @Test
    void theFlatLayoutAndUnknownNodesReadAlike() {
        Receipt r = Receipt.parse(FLAT_CREATE);
        assertEquals(Receipt.Outcome.COMPLETED, r.outcome());
        assertEquals("NEWPROGRAM0000000000002", r.newProgramId().orElseThrow());
        assertEquals("2500", r.echoed("budget").orElseThrow());
        assertTrue(r.echoed("max_bid").isEmpty());
    }

    @Test
    void aBusinessRejectionWithTheDocsCompletedTopLevelIsStillRejected() {
        Receipt r = Receipt.parse("""
                {"status":"COMPLETED","business_results":[{"status":"REJECTED","identifier_type":"BUSINESS",
                  "error":{"code":"BUSINESS_NOT_ACTIVE","message":"ValidationError: closed."}}]}
                """);
        assertEquals(Receipt.Outcome.REJECTED, r.outcome());
        assertEquals(List.of("BUSINESS_NOT_ACTIVE"), r.errorCodes());
        assertEquals("business_results[0]", r.problems().getFirst().path());
        assertEquals("ValidationError: closed.", r.problems().getFirst().message());
        assertTrue(r.newProgramId().isEmpty());
    }

    @Test
    void aGroupRejectionCascadesButOnlyTheCauseIsAnErrorCode() {
        Receipt r = Receipt.parse("""
                {"status":"REJECTED","business_results":[{"status":"COMPLETED",
                  "update_results":{"program_added":{"status":"REJECTED",
                    "error":{"code":"UNSUPPORTED_CATEGORIES","message":"restricted"},
                    "requested_value":{"budget":{"status":"REJECTED","requested_value":"2500",
                       "error":{"code":"PARENT_WAS_REJECTED","message":"parent"}}}}}}]}
                """);
        assertEquals(Receipt.Outcome.REJECTED, r.outcome());
        assertEquals(List.of("UNSUPPORTED_CATEGORIES"), r.errorCodes());
        assertEquals(2, r.problems().size());
        assertTrue(r.problems().get(1).cascaded());
    }

    @Test
    void aMixOfCompletedAndRejectedFieldsIsPartial() {
        Receipt r = Receipt.parse("""
                {"status":"COMPLETED","business_results":[{"status":"COMPLETED",
                  "update_results":{"program_modified":{"status":"COMPLETED",
                    "budget":{"status":"COMPLETED","requested_value":"5000"},
                    "end":{"status":"REJECTED","requested_value":"2026-05-01",
                       "error":{"id":"INVALID_OR_MISSING_KEY","description":"bad"}}}}}]}
                """);
        assertEquals(Receipt.Outcome.PARTIAL, r.outcome());
        assertEquals(List.of("INVALID_OR_MISSING_KEY"), r.errorCodes());
        assertEquals("bad", r.causes().getFirst().message());
    }

    @Test
    void anyNodeStillProcessingMeansProcessing() {
        assertEquals(Receipt.Outcome.PROCESSING, Receipt.parse("""
                {"status":"PROCESSING","completed_at":null,"business_results":[{"status":"PROCESSING"}]}
                """).outcome());
        assertEquals(Receipt.Outcome.PROCESSING, Receipt.parse("""
                {"status":"COMPLETED","business_results":[{"status":"QUEUED"}]}
                """).outcome());
        assertFalse(Receipt.processing("{}").finished());
    }

    @Test
    void anEndReceiptIsReadFromItsGroupStatus() {
        Receipt r = Receipt.parse("""
                {"status":"COMPLETED","business_results":[{"status":"COMPLETED","identifier_type":"PROGRAM",
                  "update_results":{"program_ended":{"status":"COMPLETED","requested_value":"P1"}}}]}
                """);
        assertEquals(Receipt.Outcome.COMPLETED, r.outcome());
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Receipt.parse("<html>"));
        assertThrows(IllegalArgumentException.class, () -> Receipt.parse("[]"));
    }
}
