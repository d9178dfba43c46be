package io.adsdesk.ui.programs;

import io.adsdesk.model.ProgramStatus;
import io.adsdesk.model.ProgramType;
import io.adsdesk.ui.testing.TestData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgramFilterTest {
    private final List<ProgramRow> rows = ProgramsSnapshot.build(TestData.programs(40, 4), TestData.businesses(4),
            TestData.TODAY, null).rows();

    private long count(ProgramFilter f) {
        return rows.stream().filter(f.asPredicate()).count();
    }

    private static BusinessOption biz(int i) {
        return new BusinessOption(TestData.businessId(i), "Business %03d".formatted(i), 10);
    }

    @Test
    void noFilterShowsEverything() {
        assertEquals(40, count(ProgramFilter.NONE));
        assertTrue(ProgramFilter.NONE.isEmpty());
    }

    @Test
    void filterByBusinessHidesOtherBusinesses() {
        ProgramFilter f = ProgramFilter.of(biz(2), null, null, null);
        assertEquals(10, count(f));
        assertTrue(rows.stream().filter(f.asPredicate()).allMatch(r -> r.businessId().equals("biz-002")));
    }

    @Test
    void statusFilterUsesTheDerivedStatus() {
        ProgramFilter f = ProgramFilter.of(null, StatusFilter.PAUSED, null, "");
        assertEquals(10, count(f));
        assertTrue(rows.stream().filter(f.asPredicate()).allMatch(r -> r.status() == ProgramStatus.PAUSED));
    }

    @Test
    void typeFilterMatchesCaseInsensitively() {
        ProgramRow lower = ProgramsSnapshot.build(List.of(TestData.current("p1", "cpc", "b")), List.of(), TestData.TODAY, null)
                .rows().getFirst();
        assertTrue(ProgramFilter.of(null, null, new TypeFilter(ProgramType.CPC), "").test(lower));
        assertFalse(ProgramFilter.of(null, null, new TypeFilter(ProgramType.BP), "").test(lower));
    }

    @Test
    void searchMatchesProgramIdBusinessNameAndBusinessIdIgnoringCase() {
        assertEquals(1, count(ProgramFilter.of(null, null, null, "PROG-00007")));
        assertEquals(10, count(ProgramFilter.of(null, null, null, "business 001")));
        assertEquals(10, count(ProgramFilter.of(null, null, null, "  BIZ-003 ")));
        assertEquals(0, count(ProgramFilter.of(null, null, null, "no such thing")));
    }

    @Test
    void filtersCombine() {
        ProgramFilter f = ProgramFilter.of(biz(0), StatusFilter.CURRENT, null, "");
        assertEquals(rows.stream().filter(r -> r.businessId().equals("biz-000") && r.status() == ProgramStatus.CURRENT).count(),
                count(f));
    }

    @Test
    void aBusinessThatNoLongerExistsFallsBackToAllButTheSearchTextStays() {
        ProgramFilter stale = ProgramFilter.of(new BusinessOption("gone", "Gone", 3), StatusFilter.CURRENT, null, "prog");
        ProgramFilter after = stale.fallBackToAll(rows);
        assertTrue(after.business().isAll());
        assertEquals(StatusFilter.CURRENT, after.status());
        assertEquals("prog", after.text());
    }

    @Test
    void aStatusThatMatchesNothingFallsBackToAll() {
        List<ProgramRow> onlyCurrent = rows.stream().filter(r -> r.status() == ProgramStatus.CURRENT).toList();
        ProgramFilter after = ProgramFilter.of(biz(0), StatusFilter.PAST, null, "").fallBackToAll(onlyCurrent);
        assertEquals(StatusFilter.ALL, after.status());
        assertEquals("biz-000", after.business().businessId());
    }

    @Test
    void aFilterNarrowsAnotherOnlyWhenItCanMatchNothingMore() {
        ProgramFilter typed = ProgramFilter.of(biz(1), StatusFilter.ALL, TypeFilter.ALL, "prog");
        assertTrue(ProgramFilter.of(biz(1), StatusFilter.ALL, TypeFilter.ALL, "prog-0").narrows(typed), "longer text");
        assertTrue(ProgramFilter.of(biz(1), StatusFilter.FUTURE, TypeFilter.ALL, "prog").narrows(typed), "status chosen");
        assertTrue(ProgramFilter.of(biz(1), StatusFilter.ALL, TypeFilter.ALL, "prog").narrows(ProgramFilter.NONE));
        assertFalse(ProgramFilter.of(biz(1), StatusFilter.ALL, TypeFilter.ALL, "pro").narrows(typed), "text deleted");
        assertFalse(ProgramFilter.of(biz(2), StatusFilter.ALL, TypeFilter.ALL, "prog").narrows(typed), "other business");
        assertFalse(ProgramFilter.NONE.narrows(typed), "back to all");
        assertFalse(typed.narrows(null), "nothing shown yet");
        // Whenever it says so, refiltering the shown rows gives what filtering all rows gives.
        ProgramFilter narrower = ProgramFilter.of(biz(1), StatusFilter.FUTURE, TypeFilter.ALL, "prog-00");
        List<ProgramRow> shown = rows.stream().filter(typed::test).toList();
        assertEquals(rows.stream().filter(narrower::test).toList(), shown.stream().filter(narrower::test).toList());
    }
}
