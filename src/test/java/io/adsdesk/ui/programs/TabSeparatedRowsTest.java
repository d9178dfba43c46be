package io.adsdesk.ui.programs;

import io.adsdesk.testing.MemoryRegistry;
import io.adsdesk.testing.SyncWrites;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TabSeparatedRowsTest {
    private final MemoryRegistry registry = new MemoryRegistry();
    private final ProgramsViewModel model = new ProgramsViewModel(new CurrentThreadTaskExecutor(), () -> TestData.TODAY);

    @BeforeEach
    void fill() {
        registry.upsertBusinesses(TestData.businesses(5));
        Instant at = Instant.parse("2026-03-15T10:00:00Z");
        SyncWrites.apply(registry, TestData.programs(20, 5), List.of(), Set.of(),
                new SyncRun(0, at, at, SyncOutcome.SYNCED, 20, 0, 20, 20, 0, 0, 1, null));
        model.setRegistry(registry);
    }

    @Test
    void copyingGivesAHeaderAndOneLinePerSelectedRowWithMoneyAsShown() {
        model.selection().set(model.rows().subList(0, 2));
        String[] copied = new String[1];
        model.copySelection(List.of(ProgramColumn.PROGRAM_ID, ProgramColumn.BUDGET, ProgramColumn.END),
                text -> copied[0] = text, e -> { throw new AssertionError(e); });
        assertEquals("Program ID\tMonthly budget\tEnd\nprog-00000\t$500.00\topen\nprog-00001\t$500.00\t2026-02-13\n", copied[0]);
    }

    @Test
    void nothingIsCopiedWithoutASelection() {
        String[] copied = new String[1];
        model.copySelection(List.of(ProgramColumn.PROGRAM_ID), text -> copied[0] = text, e -> { });
        assertNull(copied[0]);
    }

    @Test
    void tabsAndLineBreaksInsideACellBecomeSpaces() {
        String text = TabSeparatedRows.of(List.of(ProgramColumn.BUSINESS), List.of(model.rows().getFirst()));
        assertEquals(2, text.lines().count());
    }

    @Test
    void theTotalsNameTheSelectionWhileThereIsOne() {
        model.selection().set(model.rows().subList(0, 3));
        assertEquals("3 selected · total monthly budget $1,500.00", model.totalsTextProperty().get());
        model.selection().clear();
        assertEquals("Monthly budget $10,000.00 · Ad cost $8,002.40", model.totalsTextProperty().get());
    }

    @Test
    void aNewOrderTellsWhereTheSelectedProgramsAreNow() {
        model.selection().set(List.of(model.rows().get(0), model.rows().get(4)));
        model.sortBy(List.of(new ColumnSort(ProgramColumn.PROGRAM_ID, true)));
        assertArrayEquals(new int[] {15, 19}, model.selectedIndicesAfterReplacing());
        assertEquals("prog-00004", model.rows().get(15).programId());
        model.selection().set(List.of(model.rows().get(0)));
        model.sortBy(List.of());
        assertNull(model.selectedIndicesAfterReplacing(), "one selected row takes the single-row path");
    }
}
