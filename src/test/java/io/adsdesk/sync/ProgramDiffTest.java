package io.adsdesk.sync;

import io.adsdesk.model.ChangedField;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.ui.testing.TestData;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgramDiffTest {
    private static final Program BASE = TestData.current("p-1", "CPC", "biz-1");

    private static Program with(LocalDate end, Boolean autobid, List<ProgramBusiness> businesses, long impressions) {
        Program p = BASE;
        return new Program(p.programId(), p.programType(), p.startDate(), end, p.active(), p.paused(), p.budgetCents(),
                p.maxBidCents(), p.currency(), autobid, p.feePeriod(), impressions, p.billedClicks(), p.adCostCents(),
                businesses, p.adCategories(), p.activeFeatures(), p.availableFeatures(), p.futureBudgetChanges(),
                p.pageUpgradeInfo());
    }

    @Test
    void theSameProgramHasNoChangedField() {
        assertTrue(ProgramDiff.between(BASE, with(BASE.endDate(), BASE.autobid(), BASE.businesses(), BASE.billedImpressions())).isEmpty());
    }

    @Test
    void changedFieldsAreListedInTableOrderAsShownText() {
        Program after = with(LocalDate.of(2026, 4, 30), null,
                List.of(new ProgramBusiness("biz-1", null), new ProgramBusiness("biz-2", "store-2")), 12_400);

        assertEquals(List.of(
                new ChangedField("End", "open-ended", "2026-04-30"),
                new ChangedField("Autobid", "no", ""),
                new ChangedField("Impressions", "12345", "12400"),
                new ChangedField("Businesses", "biz-1", "biz-1, biz-2 (store-2)")), ProgramDiff.between(BASE, after));
    }
}
