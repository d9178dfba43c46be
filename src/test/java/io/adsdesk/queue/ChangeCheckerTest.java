package io.adsdesk.queue;

import io.adsdesk.model.Program;
import io.adsdesk.model.change.ChangeField;
import io.adsdesk.model.change.ChangeState;
import io.adsdesk.model.change.ChangeValues;
import io.adsdesk.model.change.PendingChange;
import io.adsdesk.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per rule: each broken rule is an error (or a warning) in plain words beside its change. */
class ChangeCheckerTest {
    /** 2026-03-19 13:00 in California. */
    private static final Instant NOW = Instant.parse("2026-03-19T20:00:00Z");
    private final ChangeChecker checker = new ChangeChecker(new MutableClock(NOW));
    private long ids;

    private PendingChange change(Program p, ChangeField field, String value) {
        return new PendingChange(++ids, "a", p.programId(), field, ChangeValues.of(p, field, ChangeTestDates.TODAY), value,
                null, ChangeState.PENDING, null, NOW, "u", NOW, null, null);
    }

    private List<ChangeCheck> checks(Program p, PendingChange... changes) {
        Map<Long, List<ChangeCheck>> all = checker.check(p, Arrays.asList(changes));
        return all.get(changes[0].id());
    }

    private static void error(List<ChangeCheck> checks, String message) {
        assertTrue(checks.contains(ChangeCheck.error(message)), checks.toString());
    }

    private static void warning(List<ChangeCheck> checks, String message) {
        assertTrue(checks.contains(ChangeCheck.warning(message)), checks.toString());
    }

    @Test
    void aValidBudgetChangeHasNoProblem() {
        Program p = Programs.cpc("p", 10000, 200L);
        assertEquals(List.of(), checks(p, change(p, ChangeField.BUDGET, "12000")));
    }

    @Test
    void budgetBelowTheMinimumIsAnError() {
        Program p = Programs.cpc("p", 10000, 200L);
        error(checks(p, change(p, ChangeField.BUDGET, "2400")), "The budget must be at least $25.00 a month.");
    }

    @Test
    void budgetBelowTheMaxBidIsAnError() {
        Program p = Programs.cpc("p", 10000, 5000L);
        error(checks(p, change(p, ChangeField.BUDGET, "4000")), "The budget cannot be lower than the maximum bid ($50.00).");
    }

    @Test
    void maxBidAboveTheNewBudgetIsAnErrorWhenBothChange() {
        Program p = Programs.cpc("p", 10000, 200L);
        PendingChange bid = change(p, ChangeField.MAX_BID, "9000");
        PendingChange budget = change(p, ChangeField.BUDGET, "8000");
        error(checks(p, bid, budget), "The maximum bid cannot be higher than the budget ($80.00).");
    }

    @Test
    void maxBidBelowTheMinimumIsAnError() {
        Program p = Programs.cpc("p", 10000, 200L);
        error(checks(p, change(p, ChangeField.MAX_BID, "10")), "The maximum bid must be at least $0.25.");
    }

    @Test
    void maxBidOnAnAutobidProgramIsAnError() {
        Program p = Programs.cpc("p", 10000, null);
        error(checks(p, change(p, ChangeField.MAX_BID, "300")),
                "This program bids automatically; a maximum bid applies to manual bidding only.");
    }

    @Test
    void switchingToAutomaticBiddingIsNotSomethingTheApiCanDo() {
        Program p = Programs.cpc("p", 10000, 200L);
        error(checks(p, change(p, ChangeField.MAX_BID, ChangeValues.AUTOMATIC)),
                "Yelp's partner API cannot switch a program to automatic bidding; change the bidding mode with Yelp.");
    }

    @Test
    void budgetOnANonCpcProgramIsAnError() {
        Program p = Programs.logo("p");
        error(checks(p, change(p, ChangeField.BUDGET, "5000")), "budget applies to CPC programs only.");
    }

    @Test
    void anEndDateInThePastIsAnError() {
        Program p = Programs.cpc("p", 10000, 200L);
        error(checks(p, change(p, ChangeField.END_DATE, "2026-03-01")), "The end date cannot be in the past.");
    }

    @Test
    void theStartDateOfAStartedProgramCannotChange() {
        Program p = Programs.cpc("p", 10000, 200L);
        error(checks(p, change(p, ChangeField.START_DATE, "2026-04-01")),
                "The start date cannot change once the program has started.");
    }

    @Test
    void aValueThatIsNotADateIsAnError() {
        Program p = Programs.cpc("p", 10000, 200L);
        error(checks(p, change(p, ChangeField.END_DATE, "31/12/2026")), "The end date '31/12/2026' is not a date (yyyy-mm-dd).");
    }

    @Test
    void pauseOnlyForCpc() {
        Program p = Programs.logo("p");
        error(checks(p, change(p, ChangeField.STATE, ChangeValues.PAUSED)), "Only CPC programs can be paused or resumed.");
    }

    @Test
    void resumeOnlyForAPausedProgram() {
        Program p = Programs.cpc("p", 10000, 200L);
        error(checks(p, change(p, ChangeField.STATE, ChangeValues.RUNNING)), "Only a paused program can be resumed.");
    }

    @Test
    void noChangeToAnEndedProgram() {
        Program p = Programs.ended("p");
        error(checks(p, change(p, ChangeField.BUDGET, "9000")), "This program has ended; it can no longer be changed.");
    }

    @Test
    void anUnknownProgramIsAnError() {
        Program p = Programs.cpc("gone", 10000, 200L);
        PendingChange c = change(p, ChangeField.BUDGET, "9000");
        List<ChangeCheck> checks = checker.check(null, List.of(c)).get(c.id());
        error(checks, "Program gone is not in the registry; sync, or revert this change.");
    }

    @Test
    void halvingTheBudgetIsAWarning() {
        Program p = Programs.cpc("p", 10000, 200L);
        List<ChangeCheck> checks = checks(p, change(p, ChangeField.BUDGET, "2600"));
        assertTrue(checks.stream().noneMatch(c -> c.severity() == CheckSeverity.ERROR), checks.toString());
        warning(checks, "The budget drops by more than half ($100.00 → $26.00).");
    }

    @Test
    void loweringTheBudgetBelowWhatWasSpentIsAWarning() {
        Program c = Programs.cpc("p", 10000, 200L);
        Program p = new Program("p", "CPC", c.startDate(), null, true, false, 10000L, 200L, "USD", false, null, 0, 0,
                9000L, c.businesses(), List.of(), List.of(), List.of(), List.of(), null);
        warning(checks(p, change(p, ChangeField.BUDGET, "8000")),
                "Yelp refuses a budget below what was already spent this period ($90.00).");
    }

    @Test
    void aChangeWhoseTimeHasPassedIsAWarning() {
        Program p = Programs.cpc("p", 10000, 200L);
        PendingChange c = change(p, ChangeField.BUDGET, "12000").withPostAt(NOW.minus(Duration.ofHours(1)), NOW);
        List<ChangeCheck> checks = checks(p, c);
        assertEquals(1, checks.size());
        assertTrue(checks.getFirst().message().endsWith("; it will be posted late."), checks.toString());
        assertEquals(CheckSeverity.WARNING, checks.getFirst().severity());
    }

    @Test
    void aPauseScheduledAfterTheProgramEndsIsAnError() {
        Program p = Programs.ended("x");
        Program ending = new Program("p", "CPC", Programs.START, java.time.LocalDate.of(2026, 4, 1), true, false,
                10000L, 200L, "USD", false, null, 0, 0, 0L, p.businesses(), List.of(), List.of(), List.of(), List.of(), null);
        PendingChange c = change(ending, ChangeField.STATE, ChangeValues.PAUSED)
                .withPostAt(Instant.parse("2026-05-01T17:00:00Z"), NOW);
        error(checks(ending, c), "Scheduled for 2026-05-01, after the program ends (2026-04-01).");
    }

    @Test
    void otherChangesOfAProgramBeingEndedGetAWarning() {
        Program p = Programs.cpc("p", 10000, 200L);
        PendingChange budget = change(p, ChangeField.BUDGET, "12000");
        PendingChange end = change(p, ChangeField.STATE, ChangeValues.ENDED);
        warning(checks(p, budget, end), "The program is also being ended; this change matters only if it is posted first.");
    }
}
