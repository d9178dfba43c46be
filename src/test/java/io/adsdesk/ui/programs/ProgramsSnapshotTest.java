package io.adsdesk.ui.programs;

import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.ui.testing.TestData;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgramsSnapshotTest {

    @Test
    void businessOptionsAreSortedByProgramCountWithTheirCounts() {
        List<Program> programs = new ArrayList<>();
        programs.add(TestData.current("a1", "CPC", "biz-a"));
        programs.add(TestData.current("b1", "CPC", "biz-b"));
        programs.add(TestData.current("b2", "BP", "biz-b"));
        programs.add(TestData.current("c1", "BP", "biz-c"));
        programs.add(TestData.current("c2", "BP", "biz-c"));
        programs.add(TestData.current("c3", "BP", "biz-c"));
        ProgramsSnapshot s = ProgramsSnapshot.build(programs,
                List.of(TestData.business("biz-a", "Alpha"), TestData.business("biz-c", "Gamma")), TestData.TODAY, null);
        assertEquals(List.of("biz-c", "biz-b", "biz-a"), s.businesses().stream().map(BusinessOption::businessId).toList());
        assertEquals(List.of(3, 2, 1), s.businesses().stream().map(BusinessOption::programCount).toList());
        assertEquals("biz-b", s.businesses().get(1).name(), "a business without a known name shows its ID");
        assertEquals("Gamma (3 programs)", s.businesses().getFirst().label());
    }

    @Test
    void aMultiLocationProgramCountsForEachBusinessAndIsFoundByAnyOfThem() {
        Program p = TestData.current("m1", "CPC", "biz-a");
        Program multi = new Program(p.programId(), p.programType(), p.startDate(), p.endDate(), p.active(), p.paused(),
                p.budgetCents(), p.maxBidCents(), p.currency(), p.autobid(), p.feePeriod(), p.billedImpressions(),
                p.billedClicks(), p.adCostCents(),
                List.of(new ProgramBusiness("biz-a", null), new ProgramBusiness("biz-b", "partner-9")),
                p.adCategories(), p.activeFeatures(), p.availableFeatures(), p.futureBudgetChanges(), null);
        ProgramsSnapshot s = ProgramsSnapshot.build(List.of(multi), List.of(TestData.business("biz-b", "Beta Cafe")),
                TestData.TODAY, null);
        assertEquals(2, s.businesses().size());
        ProgramRow row = s.rows().getFirst();
        assertEquals(List.of("biz-a", "Beta Cafe"), row.businessNames());
        assertTrue(row.searchKey().contains("beta cafe"));
        assertTrue(row.searchKey().contains("partner-9"));
        assertTrue(ProgramFilter.of(new BusinessOption("biz-b", "Beta Cafe", 1), null, null, "").test(row));
    }

    @Test
    void statusIsDerivedOnceWithTheGivenDay() {
        ProgramsSnapshot s = ProgramsSnapshot.build(TestData.programs(4, 1), List.of(), TestData.TODAY, null);
        assertEquals(List.of("CURRENT", "PAST", "FUTURE", "PAUSED"),
                s.rows().stream().map(r -> r.status().name()).toList());
    }

    @Test
    void theSearchKeyHoldsEveryColumnAsTheTableShowsIt() {
        ProgramsSnapshot s = ProgramsSnapshot.build(TestData.programs(8, 2), TestData.businesses(2), TestData.TODAY, null);
        for (ProgramRow row : s.rows()) {
            for (ProgramColumn column : ProgramColumn.values()) {
                String shown = column.text(row).toLowerCase(java.util.Locale.ROOT);
                assertTrue(row.searchKey().contains(shown), column + " of " + row.programId() + ": " + shown);
            }
        }
    }
}
