package io.adsdesk.ui.programs;

import io.adsdesk.model.ProgramStatus;
import io.adsdesk.model.ProgramType;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;
import io.adsdesk.testing.MemoryRegistry;
import io.adsdesk.testing.SyncWrites;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgramsViewModelTest {
    private final MemoryRegistry registry = new MemoryRegistry();
    private final ProgramsViewModel model = new ProgramsViewModel(new CurrentThreadTaskExecutor(), () -> TestData.TODAY);

    @BeforeEach
    void fillRegistry() {
        registry.upsertBusinesses(TestData.businesses(5));
        Instant at = Instant.parse("2026-03-15T10:00:00Z");
        SyncWrites.apply(registry, TestData.programs(50, 5), List.of(), Set.of(), new SyncRun(0, at, at, SyncOutcome.SYNCED, 50, 0, 50, 50, 0, 0, 1, null));
        model.setRegistry(registry);
    }

    @Test
    void loadingFillsTheRowsBusinessOptionsAndLastSyncTime() {
        assertEquals(50, model.rows().size());
        assertEquals("50 of 50 programs", model.countTextProperty().get());
        assertSame(BusinessOption.ALL, model.businessOptions().getFirst());
        assertEquals(6, model.businessOptions().size());
        assertEquals(Instant.parse("2026-03-15T10:00:00Z"), model.lastSyncedAtProperty().get());
        assertTrue(model.loadedProperty().get());
    }

    @Test
    void choosingBusinessFiltersTheRowsAndTheCountMatchesItsOption() {
        BusinessOption option = model.businessOptions().get(2);
        model.businessProperty().set(option);
        assertEquals(option.programCount(), model.rows().size());
        assertTrue(model.rows().stream().allMatch(r -> r.coversBusiness(option.businessId())));
        assertEquals(option.programCount() + " of 50 programs", model.countTextProperty().get());
    }

    @Test
    void statusTypeAndSearchFiltersNarrowTheRows() {
        model.statusProperty().set(StatusFilter.FUTURE);
        assertTrue(model.rows().stream().allMatch(r -> r.status() == ProgramStatus.FUTURE));
        assertEquals(12, model.rows().size());
        model.typeProperty().set(new TypeFilter(ProgramType.CPC));
        assertTrue(model.rows().stream().allMatch(r -> r.program().programType().equals("CPC")));
        model.resetFilters();
        model.searchTextProperty().set("prog-0004");
        assertEquals(10, model.rows().size());
    }

    @Test
    void aLoadedRowIsFoundByItsIdEvenWhenTheFiltersHideIt() {
        ProgramRow any = model.rows().get(7);
        model.searchTextProperty().set("no such program");
        assertEquals(0, model.rows().size());
        assertEquals(java.util.Optional.of(any), model.loadedRow(any.programId()));
        assertEquals(java.util.Optional.empty(), model.loadedRow("not-loaded"));
    }

    @Test
    void filtersSurviveAReload() {
        BusinessOption option = model.businessOptions().get(1);
        model.businessProperty().set(option);
        model.statusProperty().set(StatusFilter.CURRENT);
        model.reload();
        assertEquals(option.businessId(), model.businessProperty().get().businessId());
        assertEquals(StatusFilter.CURRENT, model.statusProperty().get());
    }

    @Test
    void aBusinessGoneAfterSyncFallsBackToAllBusinesses() {
        model.businessProperty().set(new BusinessOption("biz-004", "Business 004", 10));
        Set<String> removed = TestData.programs(50, 5).stream().filter(p -> p.primaryBusinessId().equals("biz-004"))
                .map(p -> p.programId()).collect(java.util.stream.Collectors.toSet());
        Instant at = Instant.parse("2026-03-15T11:00:00Z");
        SyncWrites.apply(registry, List.of(), List.of(), removed, new SyncRun(0, at, at, SyncOutcome.SYNCED, 40, 50, 40, 0, 0, 10, 1, null));
        model.reload();
        assertSame(BusinessOption.ALL, model.businessProperty().get());
        assertEquals(40, model.rows().size());
    }

    @Test
    void everyRowSelectedStaysSelectedOnSortButAProgramNewInASyncIsNot() {
        model.selection().set(List.copyOf(model.rows()));
        model.sortBy(List.of(new ColumnSort(ProgramColumn.BUSINESS, true)));
        assertArrayEquals(java.util.stream.IntStream.range(0, 50).toArray(), model.selectedIndicesAfterReplacing());

        model.selection().set(List.copyOf(model.rows()));
        String gone = model.rows().getFirst().programId();
        var added = TestData.programs(51, 5).getLast();
        Instant at = Instant.parse("2026-03-15T11:00:00Z");
        SyncWrites.apply(registry, List.of(added), List.of(), Set.of(gone),
                new SyncRun(0, at, at, SyncOutcome.SYNCED, 50, 50, 50, 1, 0, 1, 1, null));
        model.reload();
        assertEquals(50, model.rows().size());
        assertTrue(model.rows().stream().anyMatch(r -> r.programId().equals(added.programId())));
        int[] kept = model.selectedIndicesAfterReplacing();
        assertEquals(49, kept.length, "the selection is of programs: the new one is not in it");
        for (int i : kept) {
            assertNotEquals(added.programId(), model.rows().get(i).programId());
        }
    }

    @Test
    void emptyTextTellsAnEmptyRegistryFromFiltersThatMatchNothing() {
        model.searchTextProperty().set("zzz");
        assertTrue(model.emptyTextProperty().get().startsWith("No programs match"));
        model.setRegistry(new MemoryRegistry());
        assertTrue(model.emptyTextProperty().get().startsWith("No programs yet"));
    }

    @Test
    void exportWritesTheFilteredSortedRows(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        model.statusProperty().set(StatusFilter.PAST);
        java.nio.file.Path file = dir.resolve("out.csv");
        int[] written = {-1};
        model.exportCsv(file, n -> written[0] = n, e -> { throw new AssertionError(e); });
        List<String> lines = java.nio.file.Files.readAllLines(file);
        assertEquals(13, written[0]);
        assertEquals(14, lines.size());
        assertTrue(lines.getFirst().startsWith("\uFEFFprogram_id,program_type,status,"), lines.getFirst());
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",PAST,")));
    }

    @Test
    void aReloadOffersTheSelectedProgramForSelectionAgain() {
        ProgramRow chosen = model.rows().get(7);
        model.selectedRowProperty().set(chosen);

        model.reload();

        assertEquals(chosen.program().programId(), model.reselectProperty().get().program().programId());
    }

    @Test
    void filteredRowsKeepTheTableOrder() {
        java.util.Comparator<ProgramRow> byIdDescending = java.util.Comparator.comparing(ProgramRow::programId).reversed();
        model.comparatorProperty().set(byIdDescending);
        model.statusProperty().set(StatusFilter.FUTURE);

        List<ProgramRow> shown = List.copyOf(model.rows());
        assertEquals(12, shown.size());
        assertEquals(shown.stream().sorted(byIdDescending).toList(), shown);
    }

    @Test
    void typingNarrowsToTheSameRowsAsAFreshFilterAndKeepsTheSelection() {
        model.comparatorProperty().set(java.util.Comparator.comparing(ProgramRow::businessName).reversed());
        List<ProgramRow> allInOrder = List.copyOf(model.rows());
        ProgramRow chosen = allInOrder.stream().filter(r -> r.programId().contains("prog-0004")).findFirst().orElseThrow();
        model.selectedRowProperty().set(chosen);
        List<ProgramRow> reselected = new java.util.ArrayList<>();
        model.reselectProperty().addListener((obs, old, row) -> {
            if (row != null) {
                reselected.add(row);
            }
        });
        for (String typed : List.of("p", "pr", "prog-000", "prog-0004")) {
            model.searchTextProperty().set(typed);
            ProgramFilter now = model.filterProperty().get();
            assertEquals(allInOrder.stream().filter(now::test).toList(), List.copyOf(model.rows()), typed);
        }
        assertEquals(10, model.rows().size());
        assertEquals(4, reselected.size(), "the selected row is handed back after each replacement");
        assertTrue(reselected.stream().allMatch(r -> r == chosen));
    }

    @Test
    void changingTheOrderReordersTheShownRowsUnderTheSameFilter() {
        model.statusProperty().set(StatusFilter.FUTURE);
        java.util.Comparator<ProgramRow> byBudget = java.util.Comparator.comparing(
                (ProgramRow r) -> r.program().budgetCents(), java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
                .thenComparing(ProgramRow::programId);
        model.comparatorProperty().set(byBudget);
        List<ProgramRow> expected = model.rows().stream().sorted(byBudget).toList();
        assertEquals(expected, List.copyOf(model.rows()));
        assertTrue(model.rows().stream().allMatch(r -> r.status() == ProgramStatus.FUTURE));
        model.comparatorProperty().set(null);
        assertEquals(expected.stream().sorted(java.util.Comparator.comparing(ProgramRow::programId)).toList(),
                List.copyOf(model.rows()), "no order: program-ID order, as loaded");
    }

    @Test
    void aBusinessShowsTheSameRowsInTheSameOrderAsFilteringEveryRow() {
        model.comparatorProperty().set(java.util.Comparator.comparing(ProgramRow::status));
        List<ProgramRow> allInOrder = List.copyOf(model.rows());
        for (BusinessOption option : model.businessOptions().subList(1, model.businessOptions().size())) {
            model.businessProperty().set(option);
            assertEquals(allInOrder.stream().filter(r -> r.coversBusiness(option.businessId())).toList(),
                    List.copyOf(model.rows()), option.name());
        }
    }

    /** Like a table's comparator: every instance equals every other, the direction is read when comparing. */
    private static final class HeaderOrder implements java.util.Comparator<ProgramRow> {
        static boolean descending;

        @Override
        public int compare(ProgramRow a, ProgramRow b) {
            int byId = a.programId().compareTo(b.programId());
            return descending ? -byId : byId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof HeaderOrder;
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }

    @Test
    void aNewOrderThatEqualsTheLastStillReordersEveryRow() {
        HeaderOrder.descending = false;
        model.comparatorProperty().set(new HeaderOrder());
        List<ProgramRow> ascending = List.copyOf(model.rows());
        HeaderOrder.descending = true;
        model.comparatorProperty().set(new HeaderOrder());
        assertEquals(ascending.reversed(), List.copyOf(model.rows()), "the second click on a header sorts descending");
    }

    @Test
    void sortingDescendingReversesTheOrderOfEveryRowNotOnlyTheFirst() {
        model.statusProperty().set(StatusFilter.of(ProgramStatus.CURRENT, ProgramStatus.PAST));
        model.sortBy(List.of(new ColumnSort(ProgramColumn.START, false)));
        List<ProgramRow> ascending = List.copyOf(model.rows());
        java.util.Comparator<ProgramRow> byStart = java.util.Comparator.comparing(r -> r.program().startDate());
        assertEquals(ascending.stream().sorted(byStart.thenComparing(ProgramRow::programId)).toList(), ascending);

        model.sortBy(List.of(new ColumnSort(ProgramColumn.START, true)));
        List<ProgramRow> descending = List.copyOf(model.rows());
        assertEquals(ascending.stream().sorted(byStart.reversed().thenComparing(ProgramRow::programId)).toList(), descending);
        assertEquals(ascending.size(), descending.size());
        assertTrue(descending.getFirst().program().startDate().isAfter(descending.getLast().program().startDate()));
    }

    @Test
    void severalSortKeysSortByTheFirstThenTheNext() {
        model.sortBy(List.of(new ColumnSort(ProgramColumn.STATUS, false), new ColumnSort(ProgramColumn.PROGRAM_ID, true)));
        java.util.Comparator<ProgramRow> expected = java.util.Comparator.comparing(ProgramRow::status)
                .thenComparing(java.util.Comparator.comparing(ProgramRow::programId).reversed());
        assertEquals(model.rows().stream().sorted(expected).toList(), List.copyOf(model.rows()));
        assertEquals(50, model.rows().size());
        assertEquals(List.of("STATUS:asc", "PROGRAM_ID:desc"),
                model.sortKeysProperty().get().stream().map(ColumnSort::code).toList());
    }

    @Test
    void searchFindsMoneyDatesAndCountsAsTheTableShowsThem() {
        model.searchTextProperty().set("$500.00"); // every budget
        assertEquals(50, model.rows().size());
        model.searchTextProperty().set("12,345"); // billed impressions
        assertEquals(50, model.rows().size());
        model.searchTextProperty().set(TestData.TODAY.plusDays(10).toString()); // FUTURE programs start then
        assertEquals(12, model.rows().size());
        assertTrue(model.rows().stream().allMatch(r -> r.status() == ProgramStatus.FUTURE));
        model.searchTextProperty().set("paused");
        assertTrue(model.rows().stream().allMatch(r -> r.status() == ProgramStatus.PAUSED));
        assertEquals(12, model.rows().size());
        model.searchTextProperty().set("link_tracking"); // only an available feature, not shown: no match
        assertEquals(0, model.rows().size());
    }

    @Test
    void statusAndTypeFiltersTakeSeveralValues() {
        model.statusProperty().set(StatusFilter.of(ProgramStatus.CURRENT, ProgramStatus.PAUSED));
        assertEquals(25, model.rows().size());
        assertTrue(model.rows().stream().allMatch(r -> r.status() == ProgramStatus.CURRENT || r.status() == ProgramStatus.PAUSED));
        model.typeProperty().set(TypeFilter.of(List.of(ProgramType.BP, ProgramType.CPC)));
        assertTrue(model.rows().stream().allMatch(r -> Set.of("BP", "CPC").contains(r.program().programType())));
        long expected = TestData.programs(50, 5).stream()
                .filter(p -> Set.of("BP", "CPC").contains(p.programType()))
                .filter(p -> Set.of(ProgramStatus.CURRENT, ProgramStatus.PAUSED).contains(p.status(TestData.TODAY))).count();
        assertEquals(expected, model.rows().size());
        assertTrue(expected > 0);
    }

    @Test
    void escClearsOnlyTheSearchAndClearFiltersClearsTheRest() {
        model.statusProperty().set(StatusFilter.PAUSED);
        model.searchTextProperty().set("prog-0001");
        model.clearSearch();
        assertEquals("", model.searchTextProperty().get());
        assertEquals(StatusFilter.PAUSED, model.statusProperty().get());
        assertEquals(12, model.rows().size());
        model.resetFilters();
        assertEquals(50, model.rows().size());
    }

    @Test
    void theTotalsSumTheShownRows() {
        assertEquals(50 * 50_000L, model.shownBudgetCentsProperty().get());
        assertEquals("Monthly budget $25,000.00 · Ad cost $20,006.00", model.totalsTextProperty().get());
        model.statusProperty().set(StatusFilter.FUTURE);
        assertEquals(12 * 50_000L, model.shownBudgetCentsProperty().get());
        assertEquals(12 * 40_012L, model.shownAdCostCentsProperty().get());
        model.searchTextProperty().set("nothing matches this");
        assertEquals("", model.totalsTextProperty().get());
    }

    @Test
    void aSavedViewBringsBackItsFiltersAndSort() {
        BusinessOption option = model.businessOptions().get(2);
        model.businessProperty().set(option);
        model.statusProperty().set(StatusFilter.of(ProgramStatus.PAST, ProgramStatus.FUTURE));
        model.searchTextProperty().set("prog");
        model.sortBy(List.of(new ColumnSort(ProgramColumn.BUDGET, true)));
        io.adsdesk.ui.common.SavedView view = model.currentView("Ending soon", List.of("FEATURES"));
        List<ProgramRow> shown = List.copyOf(model.rows());

        model.resetFilters();
        model.sortBy(List.of());
        List<ColumnSort> sort = model.applyView(view);
        model.sortBy(sort);

        assertEquals(option, model.businessProperty().get());
        assertEquals(StatusFilter.of(ProgramStatus.PAST, ProgramStatus.FUTURE), model.statusProperty().get());
        assertEquals(List.of(new ColumnSort(ProgramColumn.BUDGET, true)), sort);
        assertEquals(shown, List.copyOf(model.rows()));
        assertEquals(List.of("FEATURES"), view.hiddenColumns());
    }

    @Test
    void whileAnAccountOpensTheEmptyTableSaysItIsLoading() {
        ProgramsViewModel fresh = new ProgramsViewModel(new CurrentThreadTaskExecutor(), () -> TestData.TODAY);
        assertEquals("No account connected", fresh.emptyTextProperty().get());
        fresh.openingProperty().set(true);
        assertEquals("Loading programs…", fresh.emptyTextProperty().get());
    }

    @Test
    void aReloadedProgramStaysSelectedInTheSameReplacement() {
        ProgramRow chosen = model.rows().get(7);
        model.selectedRowProperty().set(chosen);
        List<ProgramRow> handedBack = new java.util.ArrayList<>();
        model.reselectProperty().addListener((obs, old, row) -> {
            if (row != null && model.replacingRowsProperty().get()) {
                handedBack.add(row);
            }
        });
        io.adsdesk.model.Program p = chosen.program();
        io.adsdesk.model.Program edited = TestData.program(p.programId(), p.programType(), chosen.businessId(),
                p.startDate().minusDays(1), p.endDate(), p.active(), p.paused());
        Instant at = Instant.parse("2026-03-15T11:00:00Z");
        io.adsdesk.testing.SyncWrites.apply(registry, List.of(), List.of(edited), Set.of(),
                new SyncRun(0, at, at, SyncOutcome.SYNCED, 50, 50, 50, 0, 1, 0, 1, null));

        model.reload();

        assertEquals(1, handedBack.size(), "given back while the rows are replaced, so the details stay open");
        assertEquals(edited, handedBack.getFirst().program(), "the new row of the edited program");
    }
}
