package io.adsdesk.sync;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.adsdesk.api.ProgramDto;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramIssue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgramMapperTest {
    /** Read as the client reads it: snake_case, decimals exactly as sent. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);

    private static Program map(String fields) throws Exception {
        JsonNode node = JSON.readTree("{\"program_id\":\"p1\",\"program_type\":\"CPC\"" + (fields.isEmpty() ? "" : "," + fields) + "}");
        return ProgramMapper.toModel(JSON.treeToValue(node, ProgramDto.class).withRaw(node));
    }

    private static Program withBudget(String budget) throws Exception {
        return map("\"program_metrics\":{\"budget\":" + budget + "}");
    }

    @Test
    void aCleanProgramHasNoIssue() throws Exception {
        Program p = map("\"start_date\":\"2030-01-05\",\"end_date\":\"9999-12-31\",\"program_metrics\":{\"budget\":250000,"
                + "\"max_bid\":75,\"ad_cost\":0},\"businesses\":[{\"yelp_business_id\":\"b1\"}]");
        assertNull(p.issue());
        assertEquals(LocalDate.of(2030, 1, 5), p.startDate());
        assertNull(p.endDate(), "9999-12-31 is open-ended");
        assertEquals(250000L, p.budgetCents());
        assertEquals(75L, p.maxBidCents());
    }

    @ParameterizedTest
    @CsvSource({"2030-01-05", "20300105", "2030-1-5", "2030/01/05", "2030.1.5", "2030-01-05T08:00:00-08:00", "' 2030-01-05 '"})
    void datesThatCanOnlyMeanOneDayAreRead(String text) throws Exception {
        Program p = map("\"start_date\":\"" + text + "\",\"end_date\":\"" + text + "\"");
        assertNull(p.issue());
        assertEquals(LocalDate.of(2030, 1, 5), p.startDate());
        assertEquals(LocalDate.of(2030, 1, 5), p.endDate());
    }

    @ParameterizedTest
    @CsvSource({
            "12/31/2030, could be month/day or day/month",
            "31.12.2019, could be month/day or day/month",
            "01/05/2030, could be month/day or day/month",
            "1-5-30, could be month/day or day/month",
            "2030-02-30, is not a calendar date",
            "20301301, is not a calendar date",
            "next week, is not a YYYY-MM-DD date",
            "2030-01, is not a YYYY-MM-DD date"})
    void anyOtherDateMarksTheProgramUnreadableInsteadOfBecomingOpenEnded(String text, String why) throws Exception {
        Program p = map("\"start_date\":\"2029-01-01\",\"end_date\":\"" + text + "\"");
        assertNull(p.endDate());
        assertEquals(ProgramIssue.Kind.UNREADABLE, p.issue().kind());
        assertEquals("end_date '" + text + "' " + why + (why.startsWith("could") ? "; only YYYY-MM-DD is read" : ""),
                p.issue().reason());
        assertTrue(p.issue().rawJson().contains(text));
        assertEquals(LocalDate.of(2029, 1, 1), p.startDate(), "the readable date is read");
    }

    @ParameterizedTest
    @CsvSource({"1e30, budget 1E+30 cents is beyond any real amount",
            "-2500, budget -2500 is negative",
            "12.75, budget 12.75 is not a whole number of cents",
            "1000000000001, budget 1000000000001 cents is beyond any real amount"})
    void amountsThatCannotBeRealAreFlaggedAsSentAndNotStoredAsTheBudget(String sent, String reason) throws Exception {
        Program p = withBudget(sent);
        assertNull(p.budgetCents());
        assertEquals(ProgramIssue.Kind.FLAGGED, p.issue().kind());
        assertEquals(reason, p.issue().reason());
    }

    @ParameterizedTest
    @CsvSource({"2500, 2500", "2500.0, 2500", "0, 0", "1000000000000, 1000000000000"})
    void wholeCentsAreKeptAsBefore(String sent, long cents) throws Exception {
        Program p = withBudget(sent);
        assertEquals(cents, p.budgetCents());
        assertNull(p.issue());
    }

    @Test
    void nullEntriesInListsAreLeftOutAndFlagged() throws Exception {
        Program p = map("\"businesses\":[null,{\"yelp_business_id\":\"b1\"}],\"active_features\":[null,\"AD_GOAL\"],"
                + "\"future_budget_changes\":[null,{\"new_budget\":300000,\"start_date\":\"2030-02-01\"}]");
        assertEquals("b1", p.primaryBusinessId());
        assertEquals(List.of("AD_GOAL"), p.activeFeatures());
        assertEquals(300000, p.futureBudgetChanges().getFirst().newBudgetCents());
        assertEquals(ProgramIssue.Kind.FLAGGED, p.issue().kind());
        assertEquals("businesses has an empty entry (null), left out; active_features has an empty entry (null), left out; "
                + "future_budget_changes has an empty entry (null), left out", p.issue().reason());
    }

    @Test
    void longValuesAreKeptWhole() throws Exception {
        String type = "T".repeat(500);
        JsonNode node = JSON.readTree("{\"program_id\":\"" + "i".repeat(5000) + "\",\"program_type\":\"" + type + "\"}");
        Program p = ProgramMapper.toModel(JSON.treeToValue(node, ProgramDto.class));
        assertEquals(5000, p.programId().length());
        assertEquals(type, p.programType());
        assertNull(p.issue());
    }

    @Test
    void anEntryTheClientCouldNotReadIsUnreadableWithItsRawJson() throws Exception {
        JsonNode raw = JSON.readTree("{\"program_id\":\"p9\",\"program_metrics\":{\"billed_clicks\":1e30}}");
        Program p = ProgramMapper.toModel(ProgramDto.unreadable("p9", raw, "program_metrics.billed_clicks has a value "
                + "AdsDesk cannot read (1E+30)"));
        assertEquals("p9", p.programId());
        assertEquals(ProgramIssue.Kind.UNREADABLE, p.issue().kind());
        assertEquals("program_metrics.billed_clicks has a value AdsDesk cannot read (1E+30)", p.issue().reason());
        assertEquals(raw.toString(), p.issue().rawJson());
    }

    @Test
    void severalProblemsAreAllNamedAndAnUnreadableOneDecidesTheKind() throws Exception {
        Program p = map("\"end_date\":\"31.12.2019\",\"program_metrics\":{\"budget\":-1}");
        assertEquals(ProgramIssue.Kind.UNREADABLE, p.issue().kind());
        assertEquals("end_date '31.12.2019' could be month/day or day/month; only YYYY-MM-DD is read; budget -1 is negative",
                p.issue().reason());
    }
}
