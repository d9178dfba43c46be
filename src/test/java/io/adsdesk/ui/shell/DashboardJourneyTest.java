package io.adsdesk.ui.shell;

import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramStatus;
import io.adsdesk.sync.SyncFailure;
import io.adsdesk.sync.SyncProgress;
import io.adsdesk.ui.accounts.AccountsViewModel;
import io.adsdesk.ui.common.FxTaskExecutor;
import io.adsdesk.ui.common.Theme;
import io.adsdesk.ui.common.ThemeManager;
import io.adsdesk.ui.common.UiSettings;
import io.adsdesk.ui.programs.ProgramRow;
import io.adsdesk.ui.programs.ProgramsViewModel;
import io.adsdesk.ui.sync.SyncHistoryViewModel;
import io.adsdesk.ui.sync.SyncState;
import io.adsdesk.ui.sync.SyncViewModel;
import io.adsdesk.ui.testing.FakeGateway;
import io.adsdesk.ui.testing.TestData;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Headless journeys through the real main window, over an in-memory registry and a scripted sync. */
@ExtendWith(ApplicationExtension.class)
class DashboardJourneyTest {
    private static final int PROGRAMS = 400;
    private static final int BUSINESSES = 12;
    private static final long WAIT_SECONDS = 60;

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
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TableView<ProgramRow> table(FxRobot robot) {
        return robot.lookup("#programs-table").queryTableView();
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void openWithCachedData(FxRobot robot) throws Exception {
        gateway.synchronizer.sync(SyncProgress.NONE, () -> false);
        robot.interact(() -> dashboard.accounts().tryDemo(s -> { }));
        waitUntil(() -> table(robot).getItems().size() == PROGRAMS && !dashboard.sync().runningProperty().get());
    }

    /** Opens a filter menu and ticks the item whose text starts with {@code itemText}. */
    private void pick(FxRobot robot, String menuId, String itemText) throws Exception {
        robot.clickOn(menuId);
        WaitForAsyncUtils.waitForFxEvents();
        Node item = robot.lookup(".context-menu .menu-item").match((Node n) -> n.lookupAll(".label").stream()
                .anyMatch(l -> ((Label) l).getText() != null && ((Label) l).getText().startsWith(itemText))).query();
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void firstSyncShowsProgressThenRows(FxRobot robot) throws Exception {
        gateway.synchronizer.holdAfterFirstPage();
        robot.clickOn("#welcome-demo");
        waitUntil(() -> dashboard.sync().getState() == SyncState.FIRST_SYNC
                && robot.lookup("#first-sync-progress").queryAs(ProgressBar.class).getProgress() > 0);
        assertTrue(robot.lookup("#first-sync-overlay").query().isVisible());
        assertEquals("Page 1 of 4 · 100 of 400 programs", text(robot, "#first-sync-detail"));
        assertTrue(robot.lookup("#cancel-sync").query().isVisible());

        gateway.synchronizer.release();
        waitUntil(() -> table(robot).getItems().size() == PROGRAMS);
        assertEquals("400 of 400 programs", text(robot, "#count-label"));
        assertTrue(text(robot, "#synced-label").startsWith("Synced "));
        waitUntil(() -> !robot.lookup("#first-sync-overlay").query().isVisible());
        assertEquals("Added 400, updated 0, removed 0", dashboard.sync().noticeProperty().get().text());
    }

    @Test
    void cancellingTheFirstSyncLeavesAnEmptyTableAndASyncButton(FxRobot robot) throws Exception {
        gateway.synchronizer.holdAfterFirstPage();
        robot.clickOn("#welcome-demo");
        waitUntil(() -> dashboard.sync().getState() == SyncState.FIRST_SYNC);
        robot.clickOn("#cancel-sync");
        gateway.synchronizer.release();
        waitUntil(() -> dashboard.sync().getState() == SyncState.NEVER_SYNCED);
        assertTrue(robot.lookup("#first-sync-start").query().isVisible());
        assertEquals(0, gateway.registry.countPrograms());
    }

    @Test
    void choosingBusinessFiltersTheTableAndTheCountsMatchTheRegistry(FxRobot robot) throws Exception {
        openWithCachedData(robot);
        String businessId = TestData.businessId(3);
        long inRegistry = gateway.registry.findAll().stream()
                .filter(p -> p.businesses().stream().anyMatch(b -> b.yelpBusinessId().equals(businessId))).count();

        robot.clickOn("#business-filter");
        robot.write("Business 003");
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> c) -> c.getText() != null && c.getText().startsWith("Business 003")).query();
        assertTrue(((ListCell<?>) cell).getText().contains("(" + inRegistry + " programs)"));
        robot.clickOn(cell);
        waitUntil(() -> table(robot).getItems().size() == inRegistry);

        assertTrue(table(robot).getItems().stream().allMatch(r -> r.businessId().equals(businessId)));
        assertEquals(inRegistry + " of " + PROGRAMS + " programs", text(robot, "#count-label"));
    }

    @Test
    void businessSearchFindsABusinessByItsId(FxRobot robot) throws Exception {
        openWithCachedData(robot);
        robot.clickOn("#business-filter");
        robot.write("biz-007");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .map(c -> c.getText()).filter(t -> t != null && !t.isBlank()).map(Object::toString).toList();
        assertEquals(1, shown.size(), "shown: " + shown);
        assertTrue(shown.getFirst().startsWith("Business 007"));
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void statusAndTypeFiltersNarrowTheTable(FxRobot robot) throws Exception {
        openWithCachedData(robot);
        pick(robot, "#status-filter", "PAUSED");
        waitUntil(() -> table(robot).getItems().size() == PROGRAMS / 4);
        assertTrue(table(robot).getItems().stream().allMatch(r -> r.status() == ProgramStatus.PAUSED));

        pick(robot, "#type-filter", "CPC");
        long expected = gateway.registry.findAll().stream()
                .filter(p -> p.programType().equals("CPC") && p.status(TestData.TODAY) == ProgramStatus.PAUSED).count();
        waitUntil(() -> table(robot).getItems().size() == expected);
        assertTrue(table(robot).getItems().stream().allMatch(r -> r.program().programType().equals("CPC")));
        assertEquals(expected + " of " + PROGRAMS + " programs", text(robot, "#count-label"));
    }

    @Test
    void searchFiltersAsYouTypeAndEscapeClearsTheSearch(FxRobot robot) throws Exception {
        openWithCachedData(robot);
        pick(robot, "#status-filter", "CURRENT");
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#search-field").queryAs(TextField.class).isFocused());
        robot.write("prog-0010");
        waitUntil(() -> table(robot).getItems().size() == 3); // prog-00100, -00104, -00108 are CURRENT
        assertTrue(table(robot).getItems().stream().allMatch(r -> r.programId().startsWith("prog-0010")));

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> table(robot).getItems().size() == PROGRAMS / 4);
        assertEquals("", robot.lookup("#search-field").queryAs(TextField.class).getText());
    }

    @Test
    void enterOnARowShowsEveryDetail(FxRobot robot) throws Exception {
        openDetails(robot, "prog-00002", 1, 0);
        assertTrue(robot.lookup("#program-details .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("$600.00")), "future budget change shown");
    }

    @Test
    void aMarkedProgramShowsItsMarkInTheTableAndWhyInTheDetails(FxRobot robot) throws Exception {
        List<Program> api = new java.util.ArrayList<>(TestData.programs(PROGRAMS, BUSINESSES));
        String reason = "end_date '12/31/2030' could be month/day or day/month; only YYYY-MM-DD is read";
        api.set(2, api.get(2).withIssue(new io.adsdesk.model.ProgramIssue(io.adsdesk.model.ProgramIssue.Kind.UNREADABLE,
                reason, "{\"program_id\":\"prog-00002\",\"end_date\":\"12/31/2030\"}")));
        gateway.synchronizer.setApi(api, TestData.businesses(BUSINESSES));

        openDetails(robot, "prog-00002", 1, 0);

        assertEquals(reason, robot.lookup("#program-issue-reason").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#program-issue .text-area").tryQuery().isPresent(), "the JSON as sent is shown");
        assertTrue(robot.lookup("#programs-table .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .anyMatch(c -> "⚠ Unreadable".equals(c.getText())), "marked in the table");
    }

    @Test
    void theDetailsStayWhileTheirRowIsShownAndCloseWhenItIsFilteredOut(FxRobot robot) throws Exception {
        String chosen = openDetailsOfTheThirdOfTenRows(robot);

        robot.clickOn("#search-field").write(chosen.substring("prog-0000".length()));
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertEquals(chosen, table(robot).getSelectionModel().getSelectedItem().programId(), "still selected");
        assertTrue(robot.lookup("#program-details").tryQuery().map(Node::isVisible).orElse(false), "details still open");

        robot.write("9");
        waitUntil(() -> table(robot).getItems().isEmpty());
        waitUntil(() -> detailsClosed(robot));
    }

    @Test
    void aFilteredOutRowIsNotReplacedInTheSelectionAndEveryCellShowsTheNewRows(FxRobot robot) throws Exception {
        String chosen = openDetailsOfTheThirdOfTenRows(robot);
        String other = table(robot).getItems().get(5).programId();

        // One row is left, at the index the selected row had before: it must not become selected.
        robot.interact(() -> robot.lookup("#search-field").queryAs(TextField.class).setText(other));
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertEquals(null, table(robot).getSelectionModel().getSelectedItem(), chosen + " was filtered out");
        waitUntil(() -> detailsClosed(robot));
        assertCellsShowTheItems(robot);

        robot.interact(() -> robot.lookup("#search-field").queryAs(TextField.class).setText("prog-0001"));
        waitUntil(() -> table(robot).getItems().size() == 10);
        assertCellsShowTheItems(robot);
        robot.interact(() -> robot.lookup("#search-field").queryAs(TextField.class).setText("prog-0002"));
        waitUntil(() -> table(robot).getItems().getFirst().programId().startsWith("prog-0002"));
        assertCellsShowTheItems(robot);
    }

    /** Searches "prog-0000" (10 rows), selects the third row and opens its details; returns its ID. */
    private String openDetailsOfTheThirdOfTenRows(FxRobot robot) throws Exception {
        return openDetails(robot, "prog-0000", 10, 2);
    }

    /**
     * Opens the cached data, searches {@code search} until {@code rows} rows are shown, selects the
     * row at {@code index} and opens its details with Enter; returns its program ID.
     */
    private String openDetails(FxRobot robot, String search, int rows, int index) throws Exception {
        openWithCachedData(robot);
        robot.clickOn("#search-field").write(search);
        waitUntil(() -> table(robot).getItems().size() == rows);
        robot.interact(() -> table(robot).getSelectionModel().select(index));
        robot.interact(() -> table(robot).requestFocus());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#program-details").tryQuery().map(Node::isVisible).orElse(false));
        return table(robot).getSelectionModel().getSelectedItem().programId();
    }

    private boolean detailsClosed(FxRobot robot) {
        return robot.lookup("#program-details").tryQuery().map(n -> !n.isVisible() || n.getScene() == null).orElse(true);
    }

    /** Every visible row shows the item at its index, and its Program ID cell that item's ID. */
    private void assertCellsShowTheItems(FxRobot robot) {
        List<ProgramRow> items = List.copyOf(table(robot).getItems());
        int checked = 0;
        for (Node node : robot.lookup("#programs-table .table-row-cell").queryAll()) {
            javafx.scene.control.TableRow<?> row = (javafx.scene.control.TableRow<?>) node;
            if (!row.isVisible() || row.getIndex() < 0 || row.getIndex() >= items.size()) {
                continue;
            }
            ProgramRow expected = items.get(row.getIndex());
            assertEquals(expected, row.getItem(), "row " + row.getIndex());
            String idText = row.lookupAll(".table-cell").stream().map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                    .filter(c -> "Program ID".equals(c.getTableColumn().getText())).findFirst().orElseThrow().getText();
            assertEquals(expected.programId(), idText, "row " + row.getIndex());
            checked++;
        }
        assertEquals(items.size(), checked, "every item has a visible row");
    }

    @Test
    void restartWithTheApiUnreachableShowsCachedRowsAndTheOfflineBanner(FxRobot robot) throws Exception {
        gateway.synchronizer.sync(SyncProgress.NONE, () -> false);
        gateway.synchronizer.failWith(SyncFailure.UNAVAILABLE);
        robot.interact(() -> dashboard.accounts().tryDemo(s -> { }));
        waitUntil(() -> dashboard.sync().getState() == SyncState.OFFLINE);

        assertEquals(PROGRAMS, table(robot).getItems().size());
        assertTrue(robot.lookup("#sync-banner").query().isVisible());
        assertTrue(text(robot, "#banner-text").startsWith("Offline: showing programs as of "));
        pick(robot, "#status-filter", "FUTURE");
        waitUntil(() -> table(robot).getItems().size() == PROGRAMS / 4);

        gateway.synchronizer.failWith(null);
        robot.clickOn("#banner-retry");
        waitUntil(() -> dashboard.sync().getState() == SyncState.READY);
        assertTrue(!robot.lookup("#sync-banner").query().isVisible());
    }

    @Test
    void refusedCredentialsShowTheErrorAndKeepTheData(FxRobot robot) throws Exception {
        gateway.synchronizer.sync(SyncProgress.NONE, () -> false);
        gateway.synchronizer.failWith(SyncFailure.CREDENTIALS_REFUSED);
        robot.interact(() -> dashboard.accounts().tryDemo(s -> { }));
        waitUntil(() -> dashboard.sync().getState() == SyncState.FAILED);

        assertEquals(SyncFailure.CREDENTIALS_REFUSED.advice(), text(robot, "#banner-text"));
        assertEquals(PROGRAMS, table(robot).getItems().size());
        List<Program> before = gateway.registry.findAll();
        robot.clickOn("#sync-button");
        waitUntil(() -> !dashboard.sync().runningProperty().get() && gateway.synchronizer.calls() >= 3);
        assertEquals(before, gateway.registry.findAll());
        assertEquals(PROGRAMS, table(robot).getItems().size());
    }
}
