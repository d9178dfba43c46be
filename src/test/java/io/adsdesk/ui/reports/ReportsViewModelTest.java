package io.adsdesk.ui.reports;

import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.programs.BusinessOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportsViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @TempDir
    Path dir;

    private final ReportsViewModel model = new ReportsViewModel(new CurrentThreadTaskExecutor(),
            new CurrentThreadTaskExecutor(), () -> TODAY);
    private final FakeReportSource source = new FakeReportSource(TODAY.minusDays(1));

    @Test
    void presetsSetTheDatesAndTheLast30DaysEndYesterday() {
        assertEquals(RangePreset.LAST_30_DAYS, model.presetProperty().get());
        assertEquals(new DayRange(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 3, 14)), model.rangeProperty().get());
        model.presetProperty().set(RangePreset.LAST_MONTH);
        assertEquals(LocalDate.of(2026, 2, 1), model.fromProperty().get());
        assertEquals(LocalDate.of(2026, 2, 28), model.toProperty().get());
        model.presetProperty().set(RangePreset.THIS_MONTH);
        assertEquals(new DayRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 14)), model.rangeProperty().get());
        model.presetProperty().set(RangePreset.LAST_7_DAYS);
        assertEquals(7, model.rangeProperty().get().days());
        model.presetProperty().set(RangePreset.LAST_90_DAYS);
        assertEquals(90, model.rangeProperty().get().days());
    }

    @Test
    void editingADateSwitchesToCustomAndKeepsTheOtherDate() {
        model.fromProperty().set(LocalDate.of(2026, 1, 5));
        assertEquals(RangePreset.CUSTOM, model.presetProperty().get());
        assertEquals(new DayRange(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 14)), model.rangeProperty().get());
        model.presetProperty().set(RangePreset.CUSTOM);
        assertEquals(LocalDate.of(2026, 1, 5), model.fromProperty().get(), "choosing Custom leaves the dates alone");
    }

    @Test
    void anEndBeforeTheStartIsRefusedWithAMessageAndTheChartsKeepTheLastRange() {
        model.setSource(source);
        ReportFigures before = model.figuresProperty().get();
        model.toProperty().set(LocalDate.of(2026, 1, 1));
        assertTrue(model.rangeErrorProperty().get().contains("before the start date"), model.rangeErrorProperty().get());
        assertEquals(new DayRange(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 3, 14)), model.rangeProperty().get());
        assertEquals(before, model.figuresProperty().get());
        assertFalse(model.canFetchProperty().get(), "nothing is sent for a refused range");
        model.toProperty().set(LocalDate.of(2026, 3, 1));
        assertNull(model.rangeErrorProperty().get());
        assertEquals(17, model.figuresProperty().get().days().size());
    }

    @Test
    void openingAnAccountReadsTheCacheOnceAndShowsTheRangeForTheWholeAccount() {
        model.setSource(source);
        assertEquals(ReportState.READY, model.stateProperty().get());
        assertEquals(30, model.figuresProperty().get().days().size());
        assertEquals(ReportScope.ACCOUNT, model.scopeProperty().get());
        assertEquals("Spend $750.00 · 1,500 clicks · 30,000 impressions", model.totalsTextProperty().get());
        model.presetProperty().set(RangePreset.LAST_7_DAYS);
        model.scopeKindProperty().set(ReportScope.Kind.PROGRAMS);
        assertEquals(1, source.reads, "range and scope changes slice the cache in memory");
    }

    @Test
    void theScopeFollowsTheBusinessAndTheProgramsSelectedInTheTable() {
        model.setSource(source);
        model.scopeKindProperty().set(ReportScope.Kind.BUSINESS);
        assertEquals(ReportScope.ACCOUNT, model.scopeProperty().get(), "no business picked yet: the whole account");
        model.businessProperty().set(new BusinessOption("b-7", "Seven", 3));
        assertEquals(ReportScope.business("b-7"), model.scopeProperty().get());
        assertTrue(source.asked.getLast().endsWith("BUSINESS b-7 []"), source.asked.getLast());

        model.selectedProgramsProperty().set(List.of("p-1", "p-2"));
        model.scopeKindProperty().set(ReportScope.Kind.PROGRAMS);
        assertEquals(ReportScope.programs(List.of("p-1", "p-2")), model.scopeProperty().get());
        assertEquals(200L * 30, model.figuresProperty().get().totalImpressions());
        model.selectedProgramsProperty().set(List.of());
        assertTrue(model.totalsTextProperty().get().endsWith("no program is selected in the programs table"));
    }

    @Test
    void emptyStatesSayWhatIsMissing() {
        assertEquals(ReportState.NO_ACCOUNT, model.stateProperty().get());
        FakeReportSource nothing = new FakeReportSource(null);
        model.setSource(nothing);
        assertEquals(ReportState.EMPTY, model.stateProperty().get());
        assertTrue(model.emptyTextProperty().get().contains("No figures are cached"));
        assertTrue(model.canFetchProperty().get());

        FakeReportSource noKey = new FakeReportSource(null);
        noKey.key = false;
        model.setSource(noKey);
        assertEquals(ReportState.NO_KEY, model.stateProperty().get());
        assertTrue(model.emptyTextProperty().get().contains("no key for Yelp's reporting API"));
        assertFalse(model.canFetchProperty().get());
    }

    @Test
    void aFetchShowsWhatWasAskedThenRedrawsFromTheCache() {
        FakeReportSource empty = new FakeReportSource(null);
        model.setSource(empty);
        List<BuildStatus> seen = new ArrayList<>();
        model.buildProperty().addListener((obs, old, s) -> seen.add(s));
        model.fetchFromYelp();
        assertEquals(List.of(model.rangeProperty().get()), empty.fetched);
        assertTrue(seen.getFirst().requested().contains("every business"), seen.getFirst().requested());
        assertTrue(seen.stream().anyMatch(s -> s != null && s.state().startsWith("Waiting for Yelp")));
        assertNull(model.buildProperty().get(), "the status goes when the report is in");
        assertEquals(ReportState.READY, model.stateProperty().get());
        assertEquals(30 * 1000L, model.figuresProperty().get().totalImpressions());
    }

    @Test
    void aFailedFetchSaysWhyAndHowOldTheCachedFiguresAre() {
        source.fetchFailure = new IllegalStateException("Yelp's reporting API cannot be reached.");
        model.setSource(source);
        model.fetchFromYelp();
        String notice = model.noticeProperty().get();
        assertTrue(notice.startsWith("Could not get the figures from Yelp: Yelp's reporting API cannot be reached."), notice);
        assertTrue(notice.contains("cached up to 2026-03-14"), notice);
        assertEquals(ReportState.READY, model.stateProperty().get(), "the cached charts stay");
        assertTrue(model.cacheTextProperty().get().startsWith("Figures up to 2026-03-14, received "), model.cacheTextProperty().get());
        assertFalse(model.buildingProperty().get());
    }

    @Test
    void exportWritesTheShownTabsFiguresThroughTheCsvWriter() throws Exception {
        model.setSource(source);
        model.presetProperty().set(RangePreset.LAST_7_DAYS);
        Path file = dir.resolve("over-time.csv");
        int[] rows = new int[1];
        model.exportCsv(file, List.of(), n -> rows[0] = n, e -> { throw new AssertionError(e); });
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("\uFEFFdate,billed_impressions,billed_clicks,ad_cost_cents", lines.getFirst());
        assertEquals("2026-03-08,1000,50,2500", lines.get(1));
        assertEquals(8, lines.size());
        assertEquals(7, rows[0]);

        model.tabProperty().set(ReportTab.TOP);
        Path top = dir.resolve("top.csv");
        model.exportCsv(top, List.of(), n -> { }, e -> { throw new AssertionError(e); });
        assertEquals("b-1,\"Bob's \"\"Best\"\" Bakery, Inc.\",1000,4,80", Files.readAllLines(top).get(1));
        assertTrue(model.exportName().startsWith("top-businesses-2026-03-08-to-2026-03-14"), model.exportName());
    }

    @Test
    void pacingExportFollowsTheTablesOrderWithFlagsInWords() throws Exception {
        PacingRow under = new PacingRow("p-1", "b-1", "One", 1000, 10000, 2000, PacingRow.Pace.UNDER_SPEND);
        PacingRow early = new PacingRow("p-2", "b-2", "Two", 9000, 10000, 19000, PacingRow.Pace.RUNS_OUT_EARLY);
        source.pacing = List.of(under, early);
        model.setSource(source);
        assertEquals(2, model.pacingRows().size());
        assertTrue(model.pacingTitleProperty().get().startsWith("CPC programs in March 2026, as of March 15: 2 of 2 flagged."),
                model.pacingTitleProperty().get());
        model.tabProperty().set(ReportTab.PACING);
        Path file = dir.resolve("pacing.csv");
        model.exportCsv(file, List.of(early, under), n -> { }, e -> { throw new AssertionError(e); });
        List<String> lines = Files.readAllLines(file);
        assertEquals("\uFEFFprogram_id,business_id,business_name,spent_cents,budget_cents,projected_cents,pace", lines.getFirst());
        assertEquals("p-2,b-2,Two,9000,10000,19000,runs_out_early", lines.get(1));
        assertEquals("p-1,b-1,One,1000,10000,2000,under_spend", lines.get(2));
    }

    @Test
    void ratesSkipDaysWithoutImpressionsOrClicks() {
        FakeReportSource partly = new FakeReportSource(TODAY.minusDays(3));
        model.setSource(partly);
        ReportFigures f = model.figuresProperty().get();
        int last = f.days().size() - 1;
        assertNull(f.ctrPercent(last));
        assertNull(f.costPerClickCents(last));
        assertEquals(5.0, f.ctrPercent(0));
        assertEquals(50.0, f.costPerClickCents(0));
    }

    @Test
    void aCustomRangeAndTheTabSurviveARestart() {
        io.adsdesk.ui.common.UiSettings settings = new io.adsdesk.ui.common.UiSettings();
        int[] saves = new int[1];
        ReportsMemory.bind(model, settings, () -> saves[0]++);
        model.fromProperty().set(LocalDate.of(2026, 1, 2));
        model.tabProperty().set(ReportTab.PACING);
        assertTrue(saves[0] >= 2);

        ReportsViewModel next = new ReportsViewModel(new CurrentThreadTaskExecutor(), new CurrentThreadTaskExecutor(), () -> TODAY);
        ReportsMemory.bind(next, settings, () -> { });
        assertEquals(RangePreset.CUSTOM, next.presetProperty().get());
        assertEquals(new DayRange(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 3, 14)), next.rangeProperty().get());
        assertEquals(ReportTab.PACING, next.tabProperty().get());

        settings.reportsPreset = "NEXT_DECADE";
        ReportsViewModel odd = new ReportsViewModel(new CurrentThreadTaskExecutor(), new CurrentThreadTaskExecutor(), () -> TODAY);
        ReportsMemory.bind(odd, settings, () -> { });
        assertEquals(RangePreset.LAST_30_DAYS, odd.presetProperty().get(), "an unknown preset falls back to the default");
    }

    @Test
    void reportsAskedForByAnEarlierRunAreShownWhileBuildingThenRead() {
        FakeReportSource earlier = new FakeReportSource(null);
        earlier.pendingFromEarlierRun = 1;
        List<BuildStatus> seen = new ArrayList<>();
        model.buildProperty().addListener((obs, old, s) -> seen.add(s));
        model.setSource(earlier);
        assertTrue(seen.stream().anyMatch(s -> s != null && s.state().startsWith("Building at Yelp")));
        assertEquals(2, earlier.reads, "the cache is read again once they are in");
        assertEquals(ReportState.READY, model.stateProperty().get());
        assertNull(model.buildProperty().get());
        assertFalse(model.buildingProperty().get());
    }

    @Test
    void aKeyEnteredForAnAccountWithoutOneIsKeptAndTheStateLeavesNoKey() {
        FakeReportSource noKey = new FakeReportSource(null);
        noKey.key = false;
        noKey.editable = true;
        model.setSource(noKey);
        assertEquals(ReportState.NO_KEY, model.stateProperty().get());
        assertTrue(model.emptyTextProperty().get().contains("\"Reporting key…\""), model.emptyTextProperty().get());
        assertFalse(model.canFetchProperty().get());
        assertTrue(model.keyEditableProperty().get());

        boolean[] saved = {false};
        model.saveKey("  fusion-key \n", () -> saved[0] = true);

        assertEquals(List.of("fusion-key"), noKey.savedKeys, "kept without the blanks around it");
        assertTrue(saved[0]);
        assertEquals(ReportState.EMPTY, model.stateProperty().get());
        assertTrue(model.hasKeyProperty().get());
        assertTrue(model.canFetchProperty().get(), "Yelp can be asked now");
        assertEquals(2, noKey.reads, "the cache is read again with the key");
        assertNull(model.keyErrorProperty().get());
    }

    @Test
    void aKeyGivenToAnAccountWithCachedFiguresEnablesFetchingAndForgettingItDisablesIt() {
        source.key = false;
        source.editable = true;
        model.setSource(source);
        assertEquals(ReportState.READY, model.stateProperty().get());
        assertFalse(model.canFetchProperty().get());

        model.saveKey("k", () -> { });
        assertTrue(model.canFetchProperty().get(), "the state stays READY, fetching follows the key");

        model.forgetKey(() -> { });
        assertEquals(List.of("k", ""), source.savedKeys);
        assertFalse(model.hasKeyProperty().get());
        assertFalse(model.canFetchProperty().get());
        assertEquals(ReportState.READY, model.stateProperty().get(), "cached figures are still shown");
    }

    @Test
    void aKeyThatCannotBeKeptLeavesOneLineAndTheStateAsItWas() {
        FakeReportSource noKey = new FakeReportSource(null);
        noKey.key = false;
        noKey.editable = true;
        noKey.keyFailure = new IllegalArgumentException("The credential store refused it.");
        model.setSource(noKey);
        boolean[] saved = {false};

        model.saveKey("fusion-key", () -> saved[0] = true);

        assertFalse(saved[0]);
        assertEquals("Could not keep the reporting key: The credential store refused it.", model.keyErrorProperty().get());
        assertEquals(ReportState.NO_KEY, model.stateProperty().get());
        assertFalse(model.savingKeyProperty().get());

        model.saveKey("   ", () -> saved[0] = true);
        assertEquals("Enter the reporting key.", model.keyErrorProperty().get());
        assertFalse(saved[0]);
    }

    @Test
    void theDemosKeyCannotBeReplaced() {
        FakeReportSource demo = new FakeReportSource(null);
        demo.editable = false;
        model.setSource(demo);
        assertFalse(model.keyEditableProperty().get());
        assertFalse(model.emptyTextProperty().get().contains("Reporting key"));

        model.saveKey("fusion-key", () -> { });
        model.forgetKey(() -> { });
        assertTrue(demo.savedKeys.isEmpty());
        assertTrue(model.hasKeyProperty().get());
    }
}
