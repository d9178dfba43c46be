package io.adsdesk.ui.shell;

import io.adsdesk.sync.SyncProgress;
import io.adsdesk.ui.accounts.AccountsViewModel;
import io.adsdesk.ui.common.Formats;
import io.adsdesk.ui.common.FxTaskExecutor;
import io.adsdesk.ui.common.Theme;
import io.adsdesk.ui.common.ThemeManager;
import io.adsdesk.ui.common.UiSettings;
import io.adsdesk.ui.programs.ProgramColumn;
import io.adsdesk.ui.programs.ProgramRow;
import io.adsdesk.ui.programs.ProgramsViewModel;
import io.adsdesk.ui.sync.SyncHistoryViewModel;
import io.adsdesk.ui.sync.SyncViewModel;
import io.adsdesk.ui.testing.FakeGateway;
import io.adsdesk.ui.testing.TestData;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Headless journeys through the programs table's multiple selection: keys, clicks, totals, copy, sort. */
@ExtendWith(ApplicationExtension.class)
class TableSelectionJourneyTest {
    private static final int PROGRAMS = 400;
    private static final int BUSINESSES = 12;

    private FakeGateway gateway;
    private ExecutorService workers;
    private ExecutorService syncWorker;
    private Dashboard dashboard;

    @Start
    void start(Stage stage) {
        gateway = new FakeGateway(PROGRAMS, BUSINESSES);
        workers = Executors.newFixedThreadPool(2, daemon("test-load"));
        syncWorker = Executors.newSingleThreadExecutor(daemon("test-sync"));
        FxTaskExecutor load = new FxTaskExecutor(workers);
        UiSettings settings = new UiSettings();
        settings.autoSyncMinutes = 0;
        dashboard = new Dashboard(new AccountsViewModel(gateway, load), new ProgramsViewModel(load, () -> TestData.TODAY),
                new SyncViewModel(new FxTaskExecutor(syncWorker)), new SyncHistoryViewModel(load), settings, () -> { });
        new ThemeManager().apply(Theme.LIGHT);
        MainWindow window = new MainWindow(dashboard, t -> { });
        Scene scene = new Scene(window, 1280, 800);
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stopWorkers() {
        gateway.synchronizer.release();
        workers.shutdownNow();
        syncWorker.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TableView<ProgramRow> table(FxRobot robot) {
        return robot.lookup("#programs-table").queryTableView();
    }

    private void open(FxRobot robot) throws Exception {
        gateway.synchronizer.sync(SyncProgress.NONE, () -> false);
        robot.interact(() -> dashboard.accounts().tryDemo(s -> { }));
        waitUntil(() -> table(robot).getItems().size() == PROGRAMS && !dashboard.sync().runningProperty().get());
    }

    private Node row(FxRobot robot, int index) {
        return robot.lookup("#programs-table .table-row-cell")
                .match((Node n) -> n instanceof TableRow<?> r && r.getIndex() == index && r.getItem() != null).query();
    }

    private Set<String> selectedIds(FxRobot robot) {
        return table(robot).getSelectionModel().getSelectedItems().stream().map(ProgramRow::programId)
                .collect(Collectors.toSet());
    }

    private String totals(FxRobot robot) {
        return robot.lookup("#totals-label").queryLabeled().getText();
    }

    private void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).press(key).release(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlASelectsEveryVisibleRowAndTheStatusBarTotalsThem(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> dashboard.programs().searchTextProperty().set(TestData.TODAY.plusDays(10).toString()));
        waitUntil(() -> table(robot).getItems().size() == PROGRAMS / 4);
        assertEquals("Monthly budget $50,000.00 · Ad cost $40,012.00", totals(robot), "nothing selected: the shown rows");

        robot.clickOn(row(robot, 0));
        shortcut(robot, KeyCode.A);

        assertEquals(PROGRAMS / 4, table(robot).getSelectionModel().getSelectedIndices().size());
        assertEquals(Set.copyOf(table(robot).getItems().stream().map(ProgramRow::programId).toList()), selectedIds(robot),
                "only the visible rows");
        assertEquals("100 selected · total monthly budget $50,000.00", totals(robot));

        robot.clickOn(row(robot, 3));
        assertEquals(1, table(robot).getSelectionModel().getSelectedIndices().size(), "a plain click selects one row");
        assertEquals("1 selected · total monthly budget $500.00", totals(robot));
    }

    @Test
    void shiftClickShiftDownAndCtrlClickExtendTheSelection(FxRobot robot) throws Exception {
        open(robot);
        List<ProgramRow> rows = List.copyOf(table(robot).getItems());
        robot.clickOn(row(robot, 2));
        robot.press(KeyCode.SHIFT).clickOn(row(robot, 5)).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(2, 3, 4, 5), Set.copyOf(table(robot).getSelectionModel().getSelectedIndices()));

        robot.press(KeyCode.SHIFT).press(KeyCode.DOWN).release(KeyCode.DOWN).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(2, 3, 4, 5, 6), Set.copyOf(table(robot).getSelectionModel().getSelectedIndices()));

        robot.press(KeyCode.CONTROL).clickOn(row(robot, 9)).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(2, 3, 4, 5, 6, 9), Set.copyOf(table(robot).getSelectionModel().getSelectedIndices()));
        assertEquals(6, dashboard.programs().selection().countProperty().get());
        assertEquals(Set.of(2, 3, 4, 5, 6, 9).stream().map(i -> rows.get(i).programId()).collect(Collectors.toSet()),
                dashboard.programs().selection().rows().stream().map(ProgramRow::programId).collect(Collectors.toSet()));
        assertEquals("6 selected · total monthly budget $3,000.00", totals(robot));
    }

    @Test
    void ctrlCPutsTheSelectedRowsOnTheClipboardAsTabSeparatedText(FxRobot robot) throws Exception {
        open(robot);
        List<ProgramRow> rows = List.copyOf(table(robot).getItems());
        robot.clickOn(row(robot, 0));
        robot.press(KeyCode.SHIFT).clickOn(row(robot, 2)).release(KeyCode.SHIFT);
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        shortcut(robot, KeyCode.C);
        String[] copied = new String[1];
        waitUntil(() -> {
            robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
            return copied[0] != null && !copied[0].isEmpty();
        });

        List<String> lines = copied[0].lines().toList();
        assertEquals(4, lines.size(), "a header and three rows");
        List<String> header = List.of(lines.getFirst().split("\t"));
        assertEquals(ProgramColumn.values().length, header.size());
        assertEquals("Program ID", header.getFirst());
        int budget = header.indexOf("Monthly budget");
        for (int i = 0; i < 3; i++) {
            String[] cells = lines.get(i + 1).split("\t", -1);
            assertEquals(header.size(), cells.length);
            assertEquals(rows.get(i).programId(), cells[0]);
            assertEquals("$500.00", cells[budget], "money as on screen");
        }
    }

    @Test
    void sortingBothWaysKeepsTheSameProgramsSelected(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn(row(robot, 1));
        robot.press(KeyCode.SHIFT).clickOn(row(robot, 7)).release(KeyCode.SHIFT);
        Set<String> chosen = selectedIds(robot);
        assertEquals(7, chosen.size());
        Node header = robot.lookup("#programs-table .column-header")
                .match((Node n) -> ProgramColumn.BUSINESS.name().equals(n.getId())).query();
        Comparator<ProgramRow> byBusiness = Comparator.comparing(ProgramRow::businessSortKey);

        robot.clickOn(header);
        waitUntil(() -> isSorted(table(robot).getItems(), byBusiness));
        assertEquals(chosen, selectedIds(robot), "ascending");
        assertEquals(7, dashboard.programs().selection().countProperty().get());
        assertTrue(table(robot).getSelectionModel().getSelectedIndices().stream()
                .allMatch(i -> chosen.contains(table(robot).getItems().get(i).programId())));

        robot.clickOn(header);
        waitUntil(() -> isSorted(table(robot).getItems(), byBusiness.reversed())
                && !isSorted(table(robot).getItems(), byBusiness));
        assertEquals(chosen, selectedIds(robot), "descending");
        assertEquals("7 selected · total monthly budget $3,500.00", totals(robot));
    }

    @Test
    void sortingWithEveryRowSelectedMovesTheItemsWithoutReselectingEveryRow(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn(row(robot, 0));
        shortcut(robot, KeyCode.A);
        assertEquals(PROGRAMS, dashboard.programs().selection().countProperty().get());
        String totalsBefore = totals(robot);
        var selection = table(robot).getSelectionModel();
        int[] changes = new int[3];
        robot.interact(() -> {
            selection.getSelectedCells().addListener((javafx.collections.ListChangeListener<Object>) c -> changes[0]++);
            selection.getSelectedIndices().addListener((javafx.collections.ListChangeListener<Integer>) c -> changes[1]++);
            selection.getSelectedItems().addListener((javafx.collections.ListChangeListener<ProgramRow>) c -> changes[2]++);
        });
        Node header = robot.lookup("#programs-table .column-header")
                .match((Node n) -> ProgramColumn.BUSINESS.name().equals(n.getId())).query();
        robot.clickOn(header);
        waitUntil(() -> isSorted(table(robot).getItems(), Comparator.comparing(ProgramRow::businessSortKey)));

        assertEquals(0, changes[0], "the same positions stay selected: no cell is removed and added again");
        assertEquals(0, changes[1], "the same indices");
        assertEquals(1, changes[2], "the items at them moved: one change");
        assertEquals(List.copyOf(table(robot).getItems()), List.copyOf(selection.getSelectedItems()), "in the shown order");
        assertEquals(List.copyOf(table(robot).getItems()), dashboard.programs().selection().rows(), "Ctrl+C copies in the shown order");
        assertEquals(totalsBefore, totals(robot));
    }

    private static boolean isSorted(List<ProgramRow> rows, Comparator<ProgramRow> order) {
        for (int i = 1; i < rows.size(); i++) {
            if (order.compare(rows.get(i - 1), rows.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aSearchKeepsTheSelectedProgramsItStillShows(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn(row(robot, 0));
        shortcut(robot, KeyCode.A);
        assertEquals(PROGRAMS, dashboard.programs().selection().countProperty().get());
        robot.interact(() -> dashboard.programs().searchTextProperty().set("prog-001"));
        waitUntil(() -> table(robot).getItems().size() == 100);
        assertEquals(100, table(robot).getSelectionModel().getSelectedIndices().size());
        assertEquals(100, dashboard.programs().selection().countProperty().get());
        assertTrue(dashboard.programs().selection().rows().stream().allMatch(r -> r.programId().startsWith("prog-001")));
    }
}
