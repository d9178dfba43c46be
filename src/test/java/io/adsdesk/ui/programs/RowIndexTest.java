package io.adsdesk.ui.programs;

import io.adsdesk.model.FeePeriod;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.ui.testing.TestData;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RowIndexTest {
    /** Rows with many ties, nulls and unsorted IDs, so order and stability both show. */
    private static List<ProgramRow> mixedRows(int n) {
        Random random = new Random(7);
        String[] types = {"CPC", "BP", "EP", null};
        List<Program> programs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Long budget = random.nextInt(6) == 0 ? null : (long) random.nextInt(5) * 10_000;
            Long adCost = random.nextInt(5) == 0 ? null : (long) random.nextInt(1_000_000);
            programs.add(new Program("p-" + Integer.toString(random.nextInt(1_000_000), 36), types[random.nextInt(types.length)],
                    TestData.TODAY.minusDays(random.nextInt(40)), random.nextBoolean() ? null : TestData.TODAY.plusDays(random.nextInt(40)),
                    random.nextBoolean(), random.nextInt(4) == 0, budget, (long) random.nextInt(3) * 100, "USD",
                    random.nextInt(3) == 0 ? null : random.nextBoolean(), FeePeriod.CALENDAR_MONTH, random.nextInt(50), random.nextInt(7),
                    adCost, List.of(new ProgramBusiness(TestData.businessId(random.nextInt(9)), null)), List.of(),
                    random.nextBoolean() ? List.of("AD_GOAL") : List.of(), List.of(), List.of(), null, null));
        }
        return ProgramsSnapshot.build(programs, TestData.businesses(9), TestData.TODAY, null).rows();
    }

    private static List<ProgramRow> sortedByComparator(List<ProgramRow> rows, List<ColumnSort> keys) {
        List<ProgramRow> copy = new ArrayList<>(rows);
        copy.sort(ColumnSort.comparator(keys));
        return copy;
    }

    @Test
    void everyColumnAscendingAndDescendingOrdersAsAStableSortWithTheColumnsComparator() {
        List<ProgramRow> rows = mixedRows(3_000);
        RowIndex index = new RowIndex(rows);
        for (ProgramColumn column : ProgramColumn.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                List<ColumnSort> keys = List.of(new ColumnSort(column, descending));
                assertEquals(sortedByComparator(rows, keys), index.rowsAt(index.order(keys)), column + " descending " + descending);
            }
        }
    }

    @Test
    void severalKeysOrderFirstKeyFirstWithTiesInLoadOrder() {
        List<ProgramRow> rows = mixedRows(3_000);
        RowIndex index = new RowIndex(rows);
        List<List<ColumnSort>> sorts = List.of(
                List.of(new ColumnSort(ProgramColumn.STATUS, false), new ColumnSort(ProgramColumn.BUDGET, true)),
                List.of(new ColumnSort(ProgramColumn.TYPE, true), new ColumnSort(ProgramColumn.AUTOBID, false),
                        new ColumnSort(ProgramColumn.END, true)),
                List.of(new ColumnSort(ProgramColumn.BUSINESS, false), new ColumnSort(ProgramColumn.AD_COST, false),
                        new ColumnSort(ProgramColumn.PROGRAM_ID, true)));
        for (List<ColumnSort> keys : sorts) {
            assertEquals(sortedByComparator(rows, keys), index.rowsAt(index.order(keys)), keys.toString());
        }
    }

    @Test
    void anyComparatorOrdersStably() {
        List<ProgramRow> rows = mixedRows(500);
        Comparator<ProgramRow> byStatus = Comparator.comparing(ProgramRow::status);
        List<ProgramRow> expected = new ArrayList<>(rows);
        expected.sort(byStatus);
        RowIndex index = new RowIndex(rows);
        assertEquals(expected, index.rowsAt(index.order(byStatus)));
        assertEquals(rows, index.rowsAt(index.order((Comparator<ProgramRow>) null)));
    }

    @Test
    void searchCandidatesHoldEveryRowContainingTheTextAndOneOrTwoCharactersAreExact() {
        List<ProgramRow> rows = mixedRows(2_000);
        RowIndex index = new RowIndex(rows);
        index.useSearch(index.buildSearch());
        for (String text : List.of("a", "7", "$", "—", "p-", "00", " 0", "—\n", "p-1", "business 00", "ad goal", "zzzz", "∞x")) {
            var candidates = text.isEmpty() ? null : index.candidates(text);
            for (int i = 0; i < rows.size(); i++) {
                boolean contains = rows.get(i).searchKey().contains(text);
                if (contains) {
                    assertTrue(candidates.get(i), text + " row " + i);
                }
                if (index.exact(text)) {
                    assertEquals(contains, candidates.get(i), text + " row " + i);
                }
            }
        }
        assertFalse(index.candidates("q\u2603").get(0));
        assertTrue(index.exact("p-") && index.exact("a"));
        assertFalse(index.exact("p-1"));
    }

    @Test
    void totalsAndPositionsComeFromTheLoadedRows() {
        List<ProgramRow> rows = mixedRows(300);
        RowIndex index = new RowIndex(rows);
        long budget = rows.stream().mapToLong(r -> r.program().budgetCents() == null ? 0 : r.program().budgetCents()).sum();
        assertEquals(budget, index.totalBudgetCents());
        assertEquals(rows.indexOf(rows.get(123)), index.position(rows.get(123).programId()));
        assertEquals(-1, index.position("no-such-program"));
    }
}
