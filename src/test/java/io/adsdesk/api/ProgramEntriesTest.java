package io.adsdesk.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgramEntriesTest {
    private static final ObjectMapper JSON = PartnerApiClient.jsonMapper();

    private static ProgramPageDto page(String programs) throws Exception {
        JsonNode root = JSON.readValue("{\"total\":3,\"offset\":0,\"limit\":40,\"program_status\":\"ALL\","
                + "\"payment_programs\":" + programs + "}", JsonNode.class);
        return ProgramEntries.page(JSON, root);
    }

    @Test
    void oneEntryOfTheWrongShapeIsKeptUnreadableAndTheRestOfThePageIsRead() throws Exception {
        ProgramPageDto page = page("[{\"program_id\":\"good\",\"program_type\":\"CPC\"},"
                + "{\"program_id\":\"bad\",\"program_metrics\":{\"budget\":\"lots\"}},"
                + "{\"program_id\":\"bad2\",\"businesses\":\"not a list\"}]");

        assertEquals(3, page.total());
        List<ProgramDto> programs = page.paymentPrograms();
        assertEquals(List.of("good", "bad", "bad2"), programs.stream().map(ProgramDto::programId).toList());
        assertNull(programs.get(0).readProblem());
        assertEquals("CPC", programs.get(0).programType());
        assertEquals("program_metrics.budget has a value AdsDesk cannot read (\"lots\")", programs.get(1).readProblem());
        assertTrue(programs.get(2).readProblem().startsWith("businesses has a value AdsDesk cannot read"),
                programs.get(2).readProblem());
        assertEquals("lots", programs.get(1).raw().path("program_metrics").path("budget").asText(), "raw JSON kept");
    }

    @Test
    void amountsArriveExactlyAsSentHoweverLargeOrFractional() throws Exception {
        ProgramPageDto page = page("[{\"program_id\":\"a\",\"program_metrics\":{\"budget\":1e30,\"max_bid\":12.75,"
                + "\"ad_cost\":-5}}]");

        ProgramDto.MetricsDto m = page.paymentPrograms().getFirst().programMetrics();
        assertEquals(0, new BigDecimal("1E+30").compareTo(m.budget()));
        assertEquals(new BigDecimal("12.75"), m.maxBid());
        assertEquals(new BigDecimal("-5"), m.adCost());
        assertTrue(page.paymentPrograms().getFirst().raw().toString().contains("12.75"));
    }

    @Test
    void nullsInsideListsAndEntriesThatAreNotProgramsDoNotFailThePage() throws Exception {
        ProgramPageDto page = page("[null, 7, {\"program_id\":\"p\",\"businesses\":[null,{\"yelp_business_id\":\"b\"}],"
                + "\"active_features\":[null]}]");

        List<ProgramDto> programs = page.paymentPrograms();
        assertEquals(3, programs.size());
        assertNull(programs.get(0).programId());
        assertTrue(programs.get(1).readProblem().startsWith("an entry that is not a program"));
        assertNull(programs.get(2).readProblem());
        assertNull(programs.get(2).businesses().getFirst());
        assertEquals("b", programs.get(2).businesses().get(1).yelpBusinessId());
    }

    @Test
    void aPageWithoutItsTotalOrListIsStillRecognisedAsMalformed() throws Exception {
        ProgramPageDto page = ProgramEntries.page(JSON, JSON.readValue("{\"total\":\"many\",\"payment_programs\":{}}",
                JsonNode.class));
        assertNull(page.total());
        assertNull(page.paymentPrograms());
    }
}
