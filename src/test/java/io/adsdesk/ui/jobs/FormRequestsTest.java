package io.adsdesk.ui.jobs;

import io.adsdesk.actions.ActionFailure;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.model.ProgramType;
import io.adsdesk.model.command.CreateProgram;
import io.adsdesk.model.command.EditProgram;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormRequestsTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    private static FormValues cpc(String budget, boolean autobid, String maxBid, String categories) {
        return new FormValues("biz-1", ProgramType.CPC, budget, autobid, maxBid, null, null, categories, START, null, null);
    }

    @Test
    void dollarsBecomeCentsAndCategoryTextBecomesAliases() {
        CreateProgram r = new FormRequests().create(cpc("1,250.50", false, "5", "hvac, plumbing"));

        assertEquals(125050L, r.budgetCents());
        assertEquals(500L, r.maxBidCents());
        assertEquals(List.of("hvac", "plumbing"), r.adCategories());
        assertEquals(Boolean.FALSE, r.autobid());
    }

    @Test
    void autobidSendsNoMaxBidAndBlankCategoriesLetYelpChoose() {
        CreateProgram r = new FormRequests().create(cpc("25", true, "5", "  "));

        assertNull(r.maxBidCents());
        assertNull(r.adCategories());
    }

    @Test
    void aNonCpcTypeSendsNoCpcFields() {
        FormValues v = new FormValues("biz-1", ProgramType.LOGO, "25", true, "", null, null, "hvac", START, null, null);

        CreateProgram r = new FormRequests().create(v);

        assertEquals("LOGO", r.programType());
        assertNull(r.budgetCents());
        assertNull(r.autobid());
        assertNull(r.adCategories());
    }

    @Test
    void unreadableMoneyIsAnErrorOnItsField() {
        FormRequests requests = new FormRequests();

        requests.create(cpc("25.001", false, "abc", null));

        assertTrue(requests.errors().get(FormField.BUDGET).contains("not an amount"));
        assertTrue(requests.errors().get(FormField.MAX_BID).contains("not an amount"));
    }

    @Test
    void anEditSendsOnlyWhatChanged() {
        Program p = new Program("p1", "CPC", START, null, true, false, 5000L, 300L, "USD", false, null, 0, 0, null,
                List.of(new ProgramBusiness("biz-1", null)), List.of("hvac"), List.of(), List.of(), List.of(), null);
        FormValues v = new FormValues("biz-1", ProgramType.CPC, "50.00", false, "4.00", null, null, "hvac", START,
                null, null);

        EditProgram r = new FormRequests().edit(p, v);

        assertEquals(EditProgram.of("p1").withMaxBid(400L), r);
    }

    @Test
    void aFutureBudgetDateAlwaysCarriesTheBudget() {
        Program p = new Program("p1", "CPC", START, null, true, false, 5000L, null, "USD", true, null, 0, 0, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), null);
        LocalDate later = START.plusMonths(2);
        FormValues v = new FormValues("biz-1", ProgramType.CPC, "50.00", true, "", null, null, "", START, null, later);

        EditProgram r = new FormRequests().edit(p, v);

        assertEquals(EditProgram.budget("p1", 5000).withFutureBudgetDate(later), r);
    }

    @Test
    void failuresReadAsPlainWords() {
        ActionFailure forbidden = new ActionFailure(ActionFailure.Reason.FEATURE_NOT_ENABLED, "x", null, null);
        assertEquals("Resuming is not enabled for this account. Ask Yelp to enable it.", FailureText.of(forbidden, false));
        ActionFailure known = new ActionFailure(ActionFailure.Reason.BAD_REQUEST, "raw", "BID_TOO_HIGH_FOR_BUDGET", null);
        assertTrue(FailureText.of(known, null).startsWith("The maximum bid is too high"));
    }
}
