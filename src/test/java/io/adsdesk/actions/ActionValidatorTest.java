package io.adsdesk.actions;

import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.model.command.CreateProgram;
import io.adsdesk.model.command.EditProgram;
import io.adsdesk.model.command.PacingMethod;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActionValidatorTest {
    /** 2026-03-20 06:00 UTC is still the 19th in California. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T06:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 19);
    private static final String BIZ = "J9R1gG5xy7DpWsCWBup7DQ";
    private final ActionValidator validator = new ActionValidator(CLOCK);

    private static CreateProgram cpc() {
        return new CreateProgram(BIZ, "CPC", null, TODAY, null, 5000L, null, false, 100L, PacingMethod.PACED, null,
                List.of("hvac"));
    }

    private static Program program(String type, LocalDate start, LocalDate end, boolean autobid, Long maxBid) {
        return new Program("P1", type, start, end, true, false, 10_000L, maxBid, "USD", autobid, null, 0, 0, 0L,
                List.of(new ProgramBusiness(BIZ, null)), List.of(), List.of(), List.of(), List.of(), null);
    }

    private static final Program RUNNING = program("CPC", TODAY.minusDays(10), null, false, 200L);

    private List<String> createFields(CreateProgram r) {
        return validator.validateCreate(r).stream().map(FieldError::field).toList();
    }

    private List<String> editFields(Program p, EditProgram r) {
        return validator.validateEdit(p, r).stream().map(FieldError::field).toList();
    }

    @Test
    void aCompleteCpcCreatePasses() {
        assertEquals(List.of(), validator.validateCreate(cpc()));
    }

    @Test
    void todayIsThePacificDate() {
        assertEquals(TODAY, validator.today());
        assertEquals(List.of(), createFields(cpc().withDates(TODAY, TODAY)));
    }

    @Test
    void theBudgetMustBeAtLeastTwentyFiveDollars() {
        assertEquals(List.of("budget"), createFields(cpc().withBudget(2499L)));
        assertEquals(List.of(), createFields(cpc().withBudget(2500L).withBidding(false, 25L)));
    }

    @Test
    void theMaxBidMustBeAtLeastAQuarterAndNotAboveTheBudget() {
        assertEquals(List.of("max_bid"), createFields(cpc().withBidding(false, 24L)));
        assertEquals(List.of("max_bid"), createFields(cpc().withBidding(false, 5001L)));
    }

    @Test
    void aCpcCreateNeedsBudgetAndBiddingAndManualBiddingNeedsAMaxBid() {
        assertEquals(List.of("budget"), createFields(cpc().withBudget(null)));
        assertEquals(List.of("is_autobid"), createFields(cpc().withBidding(null, null)));
        assertEquals(List.of("max_bid"), createFields(cpc().withBidding(false, null)));
        assertEquals(List.of("max_bid"), createFields(cpc().withBidding(true, 100L)));
    }

    @Test
    void unpacedCannotGoWithAutobid() {
        assertEquals(List.of("pacing_method"), createFields(cpc().withBidding(true, null).withPacing(PacingMethod.UNPACED)));
        assertEquals(List.of(), createFields(cpc().withPacing(PacingMethod.UNPACED)));
    }

    @Test
    void noStartInThePastAndNoEndBeforeTheStart() {
        assertEquals(List.of("start"), createFields(cpc().withDates(TODAY.minusDays(1), null)));
        assertEquals(List.of("end"), createFields(cpc().withDates(TODAY.plusDays(5), TODAY.plusDays(4))));
        assertEquals(List.of("end"), createFields(cpc().withDates(null, TODAY.minusDays(1))));
    }

    @Test
    void categoriesMustBeAliasesNotLabels() {
        assertEquals(List.of("ad_categories"), createFields(cpc().withCategories(List.of("Restaurants"))));
        assertEquals(List.of("ad_categories"), createFields(cpc().withCategories(List.of("home services"))));
        assertEquals(List.of("ad_categories"), createFields(cpc().withCategories(List.of())));
        assertEquals(List.of(), createFields(cpc().withCategories(List.of("hvac", "auto_detailing"))));
    }

    @Test
    void aBusinessIdAndAKnownTypeAreRequired() {
        CreateProgram r = new CreateProgram(" ", "BANNER", null, null, null, null, null, null, null, null, null, null);
        assertEquals(List.of("business_id", "program_name"), createFields(r));
        CreateProgram odd = new CreateProgram("biz id!", "LOGO", null, null, null, null, null, null, null, null, null, null);
        assertEquals(List.of("business_id"), createFields(odd));
    }

    @Test
    void cpcOnlyFieldsAreRefusedOnOtherTypes() {
        CreateProgram logo = new CreateProgram(BIZ, "LOGO", null, null, null, 5000L, "usd", null, null, null, null, null);
        assertEquals(List.of("currency", "budget"), createFields(logo));
    }

    @Test
    void anEditOfARunningProgramCannotMoveItsStart() {
        assertEquals(List.of("start"), editFields(RUNNING, EditProgram.of("P1").withStart(TODAY.plusDays(3))));
        Program future = program("CPC", TODAY.plusDays(5), null, false, 200L);
        assertEquals(List.of(), editFields(future, EditProgram.of("P1").withStart(TODAY.plusDays(3))));
        assertEquals(List.of("start"), editFields(future, EditProgram.of("P1").withStart(TODAY.minusDays(1))));
    }

    @Test
    void anEditCannotSetTheEndInThePastOrBeforeTheStart() {
        assertEquals(List.of("end"), editFields(RUNNING, EditProgram.of("P1").withEnd(TODAY.minusDays(1))));
        Program future = program("CPC", TODAY.plusDays(5), null, false, 200L);
        assertEquals(List.of("end"), editFields(future, EditProgram.of("P1").withEnd(TODAY.plusDays(2))));
        assertEquals(List.of(), editFields(RUNNING, EditProgram.of("P1").withEnd(TODAY)));
    }

    @Test
    void anEditKeepsTheMoneyRules() {
        assertEquals(List.of("budget"), editFields(RUNNING, EditProgram.budget("P1", 2000)));
        assertEquals(List.of("budget"), editFields(RUNNING, EditProgram.budget("P1", 2600).withMaxBid(null)
                .withBudget(150L)), "below the minimum");
        Program bigBid = program("CPC", TODAY.minusDays(10), null, false, 3000L);
        assertEquals(List.of("budget"), editFields(bigBid, EditProgram.budget("P1", 2600)), "below the current max bid");
        assertEquals(List.of("max_bid"), editFields(RUNNING, EditProgram.of("P1").withMaxBid(20L)));
        assertEquals(List.of("max_bid"), editFields(RUNNING, EditProgram.of("P1").withMaxBid(10_001L)));
        Program auto = program("CPC", TODAY.minusDays(10), null, true, null);
        assertEquals(List.of("max_bid"), editFields(auto, EditProgram.of("P1").withMaxBid(100L)));
        assertEquals(List.of("pacing_method"), editFields(auto, EditProgram.of("P1").withPacing(PacingMethod.UNPACED)));
    }

    @Test
    void aScheduledBudgetNeedsABudgetAndAFutureDate() {
        assertEquals(List.of("future_budget_date"), editFields(RUNNING, EditProgram.of("P1").withFutureBudgetDate(TODAY.plusDays(3))));
        assertEquals(List.of("future_budget_date"), editFields(RUNNING, EditProgram.budget("P1", 5000).withFutureBudgetDate(TODAY)));
        assertEquals(List.of(), editFields(RUNNING, EditProgram.budget("P1", 5000).withFutureBudgetDate(TODAY.plusDays(1))));
    }

    @Test
    void anEndedProgramOrAnEmptyEditIsRefusedAsAWhole() {
        Program ended = program("CPC", TODAY.minusDays(30), TODAY.minusDays(1), false, 200L);
        assertEquals(List.of("program"), editFields(ended, EditProgram.budget("P1", 5000)));
        assertEquals(List.of("program"), editFields(RUNNING, EditProgram.of("P1")));
        assertEquals(List.of("program"), validator.validateEnd(ended).stream().map(FieldError::field).toList());
        assertEquals(List.of(), validator.validateEnd(RUNNING));
    }

    @Test
    void cpcOnlyEditsAreRefusedOnOtherTypes() {
        Program logo = program("LOGO", TODAY.minusDays(3), null, false, null);
        assertEquals(List.of("budget", "ad_categories"), editFields(logo, EditProgram.budget("P1", 5000).withCategories(List.of("hvac"))));
        assertEquals(List.of(), editFields(logo, EditProgram.of("P1").withEnd(TODAY.plusDays(30))));
    }

    @Test
    void onlyARunningCpcProgramCanBePausedAndOnlyAPausedOneResumed() {
        assertEquals(List.of(), validator.validatePause(RUNNING, true));
        assertEquals("Only a paused program can be resumed.", validator.validatePause(RUNNING, false).getFirst().message());
        Program logo = program("LOGO", TODAY.minusDays(3), null, false, null);
        assertTrue(validator.validatePause(logo, true).getFirst().message().contains("Only CPC"));
        Program future = program("CPC", TODAY.plusDays(3), null, false, 200L);
        assertEquals("Only a running program can be paused.", validator.validatePause(future, true).getFirst().message());
    }
}
