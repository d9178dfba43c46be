package io.adsdesk.ui.queue;

import io.adsdesk.queue.BulkEdit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BulkChangeFormTest {
    private static final Instant NOW = Instant.parse("2026-03-19T20:00:00Z");
    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    private final BulkChangeForm form = new BulkChangeForm(Clock.fixed(NOW, ZoneOffset.UTC), PACIFIC);

    @Test
    void aBudgetInDollarsBecomesCents() {
        form.valueProperty().set("$1,250.50");
        assertTrue(form.valid());
        assertEquals(new BulkEdit.SetBudget(125_050), form.edit());
    }

    @Test
    void aPercentageKeepsItsSignAndFraction() {
        form.kindProperty().set(BulkChangeForm.Kind.BUDGET_PERCENT);
        form.valueProperty().set("+10");
        assertEquals(new BulkEdit.ChangeBudgetByPercent(new BigDecimal("10")), form.edit());
        form.valueProperty().set("-5.5 %");
        assertEquals(new BulkEdit.ChangeBudgetByPercent(new BigDecimal("-5.5")), form.edit());
    }

    @Test
    void anAmountMayLowerTheBudget() {
        form.kindProperty().set(BulkChangeForm.Kind.BUDGET_AMOUNT);
        form.valueProperty().set("-20");
        assertEquals(new BulkEdit.ChangeBudgetByAmount(-2000), form.edit());
    }

    @Test
    void badValuesSayWhatIsWrongAndBlockTheEdit() {
        form.valueProperty().set("");
        assertEquals("Type an amount in dollars.", form.valueProblem());
        form.valueProperty().set("12,5x");
        assertNotNull(form.valueProblem());
        form.valueProperty().set("0");
        assertEquals("The amount must be more than $0.", form.valueProblem());
        form.valueProperty().set("1.234");
        assertEquals("At most two digits after the point (cents).", form.valueProblem());
        assertFalse(form.valid());
        form.kindProperty().set(BulkChangeForm.Kind.BUDGET_PERCENT);
        form.valueProperty().set("-100");
        assertEquals("A budget cannot go down by 100% or more.", form.valueProblem());
        form.valueProperty().set("0");
        assertEquals("A change of 0% changes nothing.", form.valueProblem());
    }

    @Test
    void aMaxBidAndAnEndDate() {
        form.kindProperty().set(BulkChangeForm.Kind.SET_MAX_BID);
        form.valueProperty().set("3.5");
        assertEquals(new BulkEdit.SetMaxBid(350), form.edit());
        form.kindProperty().set(BulkChangeForm.Kind.SET_END_DATE);
        assertEquals("Pick the new end date.", form.valueProblem());
        form.dateProperty().set(LocalDate.of(2026, 3, 1));
        assertEquals("The end date is in the past.", form.valueProblem());
        form.dateProperty().set(LocalDate.of(2026, 4, 30));
        assertEquals(new BulkEdit.SetEndDate(LocalDate.of(2026, 4, 30)), form.edit());
    }

    @Test
    void kindsWithoutAValueNeedNone() {
        form.kindProperty().set(BulkChangeForm.Kind.PAUSE);
        assertTrue(form.valid());
        assertEquals(new BulkEdit.Pause(), form.edit());
        form.kindProperty().set(BulkChangeForm.Kind.RESUME);
        assertEquals(new BulkEdit.Resume(), form.edit());
        form.kindProperty().set(BulkChangeForm.Kind.END);
        assertEquals(new BulkEdit.End(), form.edit());
        form.kindProperty().set(BulkChangeForm.Kind.OPEN_ENDED);
        assertEquals(new BulkEdit.OpenEnded(), form.edit());
    }

    @Test
    void postAtIsReadInTheUsersZone() {
        form.kindProperty().set(BulkChangeForm.Kind.PAUSE);
        assertNull(form.postAt(), "empty: not scheduled");
        form.postDateProperty().set(LocalDate.of(2026, 4, 1));
        assertEquals(Instant.parse("2026-04-01T07:00:00Z"), form.postAt(), "no time: midnight Pacific");
        form.postTimeProperty().set("9:30");
        assertEquals(Instant.parse("2026-04-01T16:30:00Z"), form.postAt());
        assertTrue(form.valid());
    }

    @Test
    void postAtInThePastOrUnreadableIsRefused() {
        form.kindProperty().set(BulkChangeForm.Kind.PAUSE);
        form.postTimeProperty().set("10:00");
        assertEquals("Pick the day to post on, or clear the time.", form.postAtProblem());
        form.postDateProperty().set(LocalDate.of(2026, 3, 19));
        form.postTimeProperty().set("12:59"); // 19:59 UTC, a minute ago
        assertEquals("That time has passed: pick a later one.", form.postAtProblem());
        form.postTimeProperty().set("13:01");
        assertNull(form.postAtProblem());
        form.postTimeProperty().set("1pm");
        assertEquals("Type the time as hours and minutes, like 09:30.", form.postAtProblem());
        assertFalse(form.valid());
    }
}
