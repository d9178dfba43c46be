package io.adsdesk.ui.shell;

import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramStatus;
import io.adsdesk.sync.SyncProgress;
import io.adsdesk.ui.accounts.AccountsViewModel;
import io.adsdesk.ui.common.FxTaskExecutor;
import io.adsdesk.ui.common.SavedView;
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
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Headless journeys through the programs table of the real main window: sort, search, filters, views, keys. */
@ExtendWith(ApplicationExtension.class)
class ProgramsTableJourneyTest {
    private static final int PROGRAMS = 400;
    private static final int BUSINESSES = 12;
    private static final long WAIT_SECONDS = 60;
    /** Yelp's program and business IDs are 22 characters. */
    private static final String LONGEST_ID = "W".repeat(22);

    private FakeGateway gateway;
    private ExecutorService workers;
    private ExecutorService syncWorker;
    private Dashboard dashboard;
    private MainWindow window;
    private UiSettings settings;

    @Start
    void start(Stage stage) {
        gateway = new FakeGateway(PROGRAMS, BUSINESSES);
        workers = Executors.newFixedThreadPool(2, daemon("test-load"));
        syncWorker = Executors.newSingleThreadExecutor(daemon("test-sync"));
        FxTaskExecutor load = new FxTaskExecutor(workers);
        settings = new UiSettings();
        settings.autoSyncMinutes = 0;
        dashboard = new Dashboard(new AccountsViewModel(gateway, load), new ProgramsViewModel(load, () -> TestData.TODAY),
                new SyncViewModel(new FxTaskExecutor(syncWorker)), new SyncHistoryViewModel(load), settings, () -> { });
        new ThemeManager().apply(Theme.LIGHT);
        window = new MainWindow(dashboard, t -> { });
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

    private List<ProgramRow> rows(FxRobot robot) {
        return List.copyOf(table(robot).getItems());
    }

    private void openWithCachedData(FxRobot robot) throws Exception {
        gateway.synchronizer.sync(SyncProgress.NONE, () -> false);
        robot.interact(() -> dashboard.accounts().tryDemo(s -> { }));
        waitUntil(() -> table(robot).getItems().size() == PROGRAMS && !dashboard.sync().runningProperty().get());
    }

    private Node header(FxRobot robot, ProgramColumn column) {
        return robot.lookup("#programs-table .column-header").match((Node n) -> column.name().equals(n.getId())).query();
    }

    /** Opens a filter menu and clicks the item whose text starts with {@code itemText}. */
    private void tick(FxRobot robot, String menuId, String itemText) {
        robot.clickOn(menuId);
        WaitForAsyncUtils.waitForFxEvents();
        Node item = robot.lookup(".context-menu .menu-item").match((Node n) -> n.lookupAll(".label").stream()
                .anyMatch(l -> ((Label) l).getText() != null && ((Label) l).getText().startsWith(itemText))).query();
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> void assertSorted(List<ProgramRow> rows, Comparator<ProgramRow> order, String what) {
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(order.compare(rows.get(i - 1), rows.get(i)) <= 0,
                    what + ": rows " + (i - 1) + " and " + i + " out of order: " + rows.get(i - 1).programId() + ", " + rows.get(i).programId());
        }
    }

    // ---- sorting -----------------------------------------------------------------------------

    @Test
    void aHeaderClickSortsAscendingTheSecondDescendingAndShiftClickAddsAKey(FxRobot robot) throws Exception {
        openWithCachedData(robot);
        Comparator<ProgramRow> byBusiness = Comparator.comparing(ProgramRow::businessSortKey);
        Comparator<ProgramRow> byStart = Comparator.comparing(r -> r.program().startDate());
        Comparator<ProgramRow> byId = Comparator.comparing(ProgramRow::programId);

        robot.clickOn(header(robot, ProgramColumn.BUSINESS));
        waitUntil(() -> !rows(robot).getFirst().equals(rows(robot).getLast()));
        List<ProgramRow> ascending = rows(robot);
        assertSorted(ascending, byBusiness, "ascending");
        assertNotEquals(ascending.getFirst().businessName(), ascending.getLast().businessName());

        robot.clickOn(header(robot, ProgramColumn.BUSINESS));
        waitUntil(() -> rows(robot).getFirst().businessName().equals(ascending.getLast().businessName()));
        List<ProgramRow> descending = rows(robot);
        assertEquals(PROGRAMS, descending.size());
        assertSorted(descending, byBusiness.reversed(), "descending");
        assertEquals(ascending.getFirst().businessName(), descending.getLast().businessName());

        robot.press(KeyCode.SHIFT).clickOn(header(robot, ProgramColumn.PROGRAM_ID)).release(KeyCode.SHIFT);
        Comparator<ProgramRow> both = byBusiness.reversed().thenComparing(byId);
        waitUntil(() -> isSorted(rows(robot), both));
        assertSorted(rows(robot), both, "business descending, then program ID");
        assertEquals(2, table(robot).getSortOrder().size());

        robot.press(KeyCode.SHIFT).clickOn(header(robot, ProgramColumn.PROGRAM_ID)).release(KeyCode.SHIFT);
        Comparator<ProgramRow> bothDescending = byBusiness.reversed().thenComparing(byId.reversed());
        waitUntil(() -> isSorted(rows(robot), bothDescending));
        assertSorted(rows(robot), bothDescending, "business descending, then program ID descending");
        assertFalse(isSorted(rows(robot), both), "the IDs within a business are now descending");

        robot.clickOn(header(robot, ProgramColumn.START));
        waitUntil(() -> table(robot).getSortOrder().size() == 1 && isSorted(rows(robot), byStart));
        robot.clickOn(header(robot, ProgramColumn.START));
        waitUntil(() -> isSorted(rows(robot), byStart.reversed()));
        assertSorted(rows(robot), byStart.reversed(), "start descending");
        assertTrue(rows(robot).getFirst().program().startDate().isAfter(rows(robot).getLast().program().startDate()));
    }

    private static boolean isSorted(List<ProgramRow> rows, Comparator<ProgramRow> order) {
        for (int i = 1; i < rows.size(); i++) {
            if (order.compare(rows.get(i - 1), rows.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    // ---- widths and truncation ---------------------------------------------------------------

    @Test
    void headersSearchHintAndTwentyTwoCharacterIdsAreShownInFull(FxRobot robot) throws Exception {
        openWithCachedData(robot);
        for (ProgramColumn column : ProgramColumn.values()) {
            Node h = header(robot, column);
            robot.interact(() -> table(robot).scrollToColumn(table(robot).getColumns().get(column.ordinal())));
            robot.clickOn(h); // sorted: the arrow takes room from the title too
            WaitForAsyncUtils.waitForFxEvents();
            String shown = ((Labeled) h.lookup(".label")).lookupAll(".text").stream()
                    .filter(n -> n instanceof Text).map(n -> ((Text) n).getText()).findFirst().orElse("");
            assertEquals(column.title(), shown, "header of " + column);
        }
        TableView<ProgramRow> table = table(robot);
        robot.interact(() -> table.scrollToColumnIndex(0));
        WaitForAsyncUtils.waitForFxEvents();
        for (ProgramColumn column : List.of(ProgramColumn.PROGRAM_ID, ProgramColumn.BUSINESS_ID)) {
            TableColumn<ProgramRow, ?> col = table.getColumns().stream().filter(c -> c.getUserData() == column).findFirst().orElseThrow();
            TableCell<?, ?> cell = (TableCell<?, ?>) robot.lookup("#programs-table .id-cell")
                    .match((TableCell<?, ?> c) -> c.getTableColumn() == col && !c.isEmpty()).query();
            Text text = new Text(LONGEST_ID);
            text.setFont(cell.getFont());
            double needed = text.getLayoutBounds().getWidth() + cell.snappedLeftInset() + cell.snappedRightInset();
            assertTrue(needed <= col.getWidth(), column + " needs " + needed + " px, has " + col.getWidth());
        }
        TextField search = robot.lookup("#search-field").queryAs(TextField.class);
        Text prompt = search.lookupAll(".text").stream().filter(n -> n instanceof Text t && search.getPromptText().equals(t.getText()))
                .map(n -> (Text) n).findFirst().orElseThrow();
        Node clear = search.lookup(".clear-search");
        double room = clear.localToScene(clear.getBoundsInLocal()).getMinX();
        assertTrue(search.getPromptText().contains("(Ctrl+F)"));
        assertTrue(prompt.localToScene(prompt.getBoundsInLocal()).getMaxX() <= room,
                "the search hint ends before the field's edge");
    }

    @Test
    void aWidthTheUserSetsIsReportedAndComesBack(FxRobot robot) throws Exception {
        List<Map<String, Double>> reported = new CopyOnWriteArrayList<>();
        robot.interact(() -> window.programsView().restoreColumnWidths(Map.of("BUSINESS", 333.0), reported::add));
        openWithCachedData(robot);
        TableColumn<ProgramRow, ?> business = table(robot).getColumns().stream()
                .filter(c -> c.getUserData() == ProgramColumn.BUSINESS).findFirst().orElseThrow();
        TableColumn<ProgramRow, ?> start = table(robot).getColumns().stream()
                .filter(c -> c.getUserData() == ProgramColumn.START).findFirst().orElseThrow();
        assertEquals(333.0, business.getWidth(), 0.5);

        robot.interact(() -> table(robot).resizeColumn(start, 60)); // what dragging the header's edge does
        waitUntil(() -> !reported.isEmpty() && reported.getLast().containsKey("START"));
        assertEquals(start.getWidth(), reported.getLast().get("START"), 0.5);
        assertEquals(333.0, reported.getLast().get("BUSINESS"), 0.5);
    }

    // ---- search, filters, Esc ------------------------------------------------------------------

    @Test
    void statusAndTypeMenusTakeSeveralValues(FxRobot robot) throws Exception {
        openWithCachedData(robot);
        tick(robot, "#status-filter", "CURRENT");
        tick(robot, "#status-filter", "PAUSED");
        waitUntil(() -> table(robot).getItems().size() == PROGRAMS / 2);
        assertTrue(rows(robot).stream().allMatch(r -> r.status() == ProgramStatus.CURRENT || r.status() == ProgramStatus.PAUSED));
        assertEquals("CURRENT, PAUSED", robot.lookup("#status-filter").queryLabeled().getText());

        tick(robot, "#type-filter", "CPC");
        tick(robot, "#type-filter", "LOGO");
        long expected = gateway.registry.findAll().stream()
                .filter(p -> p.programType().equals("CPC") || p.programType().equals("LOGO"))
                .filter(p -> p.status(TestData.TODAY) == ProgramStatus.CURRENT || p.status(TestData.TODAY) == ProgramStatus.PAUSED)
                .count();
        waitUntil(() -> table(robot).getItems().size() == expected);
        assertTrue(expected > 0);
        assertTrue(rows(robot).stream().allMatch(r -> r.program().programType().equals("CPC") || r.program().programType().equals("LOGO")));
    }

    @Test
    void escClearsTheSearchOnlyAndClearFiltersTheRest(FxRobot robot) throws Exception {
        openWithCachedData(robot);
        tick(robot, "#status-filter", "CURRENT");
        robot.clickOn("#search-field").write("prog-0010");
        waitUntil(() -> table(robot).getItems().size() == 3);

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> table(robot).getItems().size() == PROGRAMS / 4);
        assertEquals("", robot.lookup("#search-field").queryAs(TextField.class).getText());
        assertTrue(rows(robot).stream().allMatch(r -> r.status() == ProgramStatus.CURRENT), "the status filter stays");

        robot.clickOn("#clear-filters");
        waitUntil(() -> table(robot).getItems().size() == PROGRAMS);
    }

    @Test
    void searchFindsTheMoneyAndDatesTheTableShows(FxRobot robot) throws Exception {
        openWithCachedData(robot);
        String futureStart = TestData.TODAY.plusDays(10).toString();
        robot.clickOn("#search-field").write(futureStart);
        waitUntil(() -> table(robot).getItems().size() == PROGRAMS / 4);
        assertTrue(rows(robot).stream().allMatch(r -> r.status() == ProgramStatus.FUTURE));
        robot.interact(() -> robot.lookup("#search-field").queryAs(TextField.class).setText("$500.00"));
        waitUntil(() -> table(robot).getItems().size() == PROGRAMS);
    }

    @Test
    void theStatusBarTotalsTheShownRows(FxRobot robot) throws Exception {
        openWithCachedData(robot);
        tick(robot, "#status-filter", "FUTURE");
        waitUntil(() -> table(robot).getItems().size() == PROGRAMS / 4);
        long budget = rows(robot).stream().mapToLong(r -> r.program().budgetCents()).sum();
        long adCost = rows(robot).stream().mapToLong(r -> r.program().adCostCents()).sum();
        assertEquals("Monthly budget " + io.adsdesk.ui.common.Formats.dollars(budget)
                        + " · Ad cost " + io.adsdesk.ui.common.Formats.dollars(adCost),
                robot.lookup("#totals-label").queryLabeled().getText());
        assertEquals("Monthly budget $50,000.00 · Ad cost $40,012.00", robot.lookup("#totals-label").queryLabeled().getText());
    }

    @Test
    void theStatusBarKeepsItsCountsWholeWhileABackgroundSyncReports(FxRobot robot) throws Exception {
        openWithCachedData(robot);
        gateway.synchronizer.holdAfterFirstPage();
        robot.interact(() -> dashboard.sync().syncNow());
        waitUntil(() -> dashboard.sync().getState() == io.adsdesk.ui.sync.SyncState.REFRESHING
                && robot.lookup("#sync-activity").query().isVisible()
                && robot.lookup("#sync-activity").queryLabeled().getText().contains("Page"));
        for (String id : List.of("#count-label", "#totals-label", "#synced-label")) {
            Labeled label = robot.lookup(id).queryLabeled();
            String drawn = label.lookupAll(".text").stream().filter(n -> n instanceof Text)
                    .map(n -> ((Text) n).getText()).findFirst().orElse("");
            assertEquals(label.getText(), drawn, id);
        }
        gateway.synchronizer.release();
        waitUntil(() -> !dashboard.sync().runningProperty().get() && !dashboard.programs().loadingProperty().get());
    }

    // ---- saved views ---------------------------------------------------------------------------

    @Test
    void aSavedViewIsKeptForTheAccountAndSwitchesFiltersSortAndColumns(FxRobot robot) throws Exception {
        openWithCachedData(robot);
        tick(robot, "#status-filter", "PAUSED");
        robot.clickOn(header(robot, ProgramColumn.START));
        robot.clickOn(header(robot, ProgramColumn.START));
        robot.interact(() -> table(robot).getColumns().stream().filter(c -> c.getUserData() == ProgramColumn.FEATURES)
                .findFirst().orElseThrow().setVisible(false));
        waitUntil(() -> table(robot).getItems().size() == PROGRAMS / 4);
        List<ProgramRow> saved = rows(robot);
        robot.interact(() -> window.programsView().saveView("Paused, latest start"));

        List<SavedView> kept = settings.savedViews.get("demo");
        assertEquals(1, kept.size());
        assertEquals(List.of("PAUSED"), kept.getFirst().statuses());
        assertEquals(List.of("START:desc"), kept.getFirst().sort());
        assertEquals(List.of("FEATURES"), kept.getFirst().hiddenColumns());

        robot.clickOn("#clear-filters");
        robot.interact(() -> {
            table(robot).getSortOrder().clear();
            table(robot).getColumns().forEach(c -> c.setVisible(true));
        });
        waitUntil(() -> table(robot).getItems().size() == PROGRAMS);

        robot.clickOn("#views-menu");
        WaitForAsyncUtils.waitForFxEvents();
        Node item = robot.lookup(".context-menu .menu-item").match((Node n) -> n.lookupAll(".label").stream()
                .anyMatch(l -> "Paused, latest start".equals(((Label) l).getText()))).query();
        robot.clickOn(item);
        waitUntil(() -> table(robot).getItems().size() == PROGRAMS / 4);
        assertEquals(saved, rows(robot));
        TableColumn<ProgramRow, ?> start = table(robot).getSortOrder().getFirst();
        assertEquals(ProgramColumn.START, start.getUserData());
        assertEquals(TableColumn.SortType.DESCENDING, start.getSortType());
        assertFalse(table(robot).getColumns().stream().filter(c -> c.getUserData() == ProgramColumn.FEATURES)
                .findFirst().orElseThrow().isVisible());
    }

    // ---- keyboard ------------------------------------------------------------------------------

    @Test
    void tabFromTheSearchSelectsTheFirstRowAndEnterOpensIt(FxRobot robot) throws Exception {
        openWithCachedData(robot);
        robot.clickOn("#search-field").write("prog-0000");
        waitUntil(() -> table(robot).getItems().size() == 10);
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table(robot).isFocused());
        assertEquals(rows(robot).getFirst(), table(robot).getSelectionModel().getSelectedItem());
        assertEquals(0, table(robot).getFocusModel().getFocusedIndex());

        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#program-details").tryQuery().map(Node::isVisible).orElse(false));
        assertEquals(rows(robot).getFirst(), dashboard.programs().selectedRowProperty().get());
    }

    @Test
    void theSelectedRowStandsOutInTheLightThemeWithOrWithoutTheFocus(FxRobot robot) throws Exception {
        openWithCachedData(robot);
        robot.interact(() -> {
            table(robot).getSelectionModel().select(2);
            table(robot).requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertSelectedRowStandsOut(robot);
        robot.clickOn("#search-field");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(table(robot).isFocused());
        assertSelectedRowStandsOut(robot);
    }

    /** The colour the row is drawn in at its left edge, read from a snapshot of the scene. */
    private static Color shownColour(FxRobot robot, TableRow<?> row) {
        Color[] colour = new Color[1];
        robot.interact(() -> {
            javafx.scene.image.WritableImage image = row.getScene().snapshot(null);
            Bounds b = row.localToScene(row.getBoundsInLocal());
            colour[0] = image.getPixelReader().getColor((int) (b.getMinX() + 1), (int) (b.getMinY() + b.getHeight() / 2));
        });
        return colour[0];
    }

    private void assertSelectedRowStandsOut(FxRobot robot) {
        Color selected = null;
        List<Color> others = new ArrayList<>();
        for (Node n : robot.lookup("#programs-table .table-row-cell").queryAll()) {
            TableRow<?> row = (TableRow<?>) n;
            if (row.getIndex() < 0 || row.getIndex() > 5 || row.getBackground() == null) {
                continue;
            }
            Color c = shownColour(robot, row);
            if (row.getIndex() == 2) {
                selected = c;
            } else {
                others.add(c);
            }
        }
        assertTrue(selected != null && !others.isEmpty());
        for (Color other : others) {
            double distance = Math.sqrt(Math.pow(selected.getRed() - other.getRed(), 2)
                    + Math.pow(selected.getGreen() - other.getGreen(), 2) + Math.pow(selected.getBlue() - other.getBlue(), 2));
            assertTrue(distance > 0.5, "selected " + selected + " against " + other + ": " + distance);
        }
    }

    @Test
    void f1AndTheHelpMenuShowEveryKeyboardShortcut(FxRobot robot) throws Exception {
        openWithCachedData(robot);
        robot.clickOn("#programs-table");
        robot.type(KeyCode.F1);
        waitUntil(() -> robot.lookup("#shortcuts-list").tryQuery().isPresent());
        List<String> keys = robot.lookup("#shortcuts-list .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        for (KeyCombination k : window.getScene().getAccelerators().keySet()) {
            if (k instanceof javafx.scene.input.KeyCodeCombination c
                    && (c.getCode() == KeyCode.ENTER || c.getCode() == KeyCode.ESCAPE)) {
                continue; // a default or cancel button's key, listed as "Enter" and "Esc" below
            }
            assertTrue(keys.stream().anyMatch(t -> t.contains(k.getDisplayText())), k.getDisplayText() + " listed; list: " + keys);
        }
        for (String key : List.of("Esc", "Enter", "Shift+click", "Tab")) {
            assertTrue(keys.stream().anyMatch(t -> t.contains(key)), key + " listed");
        }
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#shortcuts-list").tryQuery().isEmpty());

        robot.clickOn("#help-menu");
        robot.clickOn("Keyboard shortcuts (F1)");
        waitUntil(() -> robot.lookup("#shortcuts-list").tryQuery().isPresent());
        robot.clickOn("#close-shortcuts");
    }

    // ---- toasts and states ---------------------------------------------------------------------

    @Test
    void aSyncToastAppearsOnlyWithTheRowsItReportsClearOfSearchAndHeaders(FxRobot robot) throws Exception {
        List<Integer> rowsWhenShown = new CopyOnWriteArrayList<>();
        List<String> textsShown = new CopyOnWriteArrayList<>();
        Node notifications = robot.lookup("#notifications").query();
        robot.interact(() -> ((javafx.scene.layout.Pane) notifications).getChildren().addListener((ListChangeListener<Node>) c -> {
            while (c.next()) {
                for (Node added : c.getAddedSubList()) {
                    rowsWhenShown.add(table(robot).getItems().size());
                    textsShown.add(((atlantafx.base.controls.Notification) added).getMessage());
                }
            }
        }));
        gateway.synchronizer.setApi(TestData.programs(2_000, BUSINESSES), TestData.businesses(BUSINESSES));
        robot.clickOn("#welcome-demo");
        waitUntil(() -> !textsShown.isEmpty());
        assertEquals("Added 2,000, updated 0, removed 0", textsShown.getFirst());
        assertEquals(2_000, rowsWhenShown.getFirst(), "the table shows the added rows when the toast says so");

        Node toast = robot.lookup("#sync-notification").query();
        Bounds toastBounds = toast.localToScene(toast.getBoundsInLocal());
        for (String covered : List.of("#filter-bar", "#programs-table .column-header-background")) {
            Node n = robot.lookup(covered).query();
            assertFalse(toastBounds.intersects(n.localToScene(n.getBoundsInLocal())), "the toast covers " + covered);
        }
    }

    @Test
    void whileTheDemoOpensTheWindowNeverSaysNoAccountIsConnected(FxRobot robot) throws Exception {
        List<String> shown = new CopyOnWriteArrayList<>();
        Label empty = robot.lookup("#empty-text").queryAs(Label.class);
        Node welcome = robot.lookup("#welcome-demo").query();
        // What each frame shows, from the first one after the demo is asked for.
        javafx.animation.AnimationTimer frames = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                shown.add(treeVisible(welcome) ? "welcome" : empty.getText());
            }
        };
        robot.interact(() -> {
            dashboard.accounts().tryDemo(s -> { });
            frames.start();
        });
        waitUntil(() -> table(robot).getItems().size() == PROGRAMS && !dashboard.sync().runningProperty().get());
        robot.interact(frames::stop);
        assertFalse(shown.isEmpty());
        assertFalse(shown.contains("No account connected"), "shown: " + shown);
        assertFalse(shown.contains("welcome"), "shown: " + shown);
    }

    private static boolean treeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    // ---- details -------------------------------------------------------------------------------

    @Test
    void theDetailsStayOpenWithNewValuesWhenTheirProgramIsReloadedAndStartAtTheTopForTheNext(FxRobot robot) throws Exception {
        openWithCachedData(robot);
        robot.clickOn("#search-field").write("prog-0000");
        waitUntil(() -> table(robot).getItems().size() == 10);
        robot.type(KeyCode.TAB).type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#program-details").tryQuery().map(Node::isVisible).orElse(false));
        ProgramRow chosen = table(robot).getSelectionModel().getSelectedItem();
        assertEquals("prog-00001", chosen.programId());

        // An edit's job completed: the registry changed and the programs reload.
        List<Program> api = new ArrayList<>(TestData.programs(PROGRAMS, BUSINESSES));
        Program p = api.get(1);
        api.set(1, new Program(p.programId(), p.programType(), p.startDate(), p.endDate(), p.active(), p.paused(),
                77_700L, p.maxBidCents(), p.currency(), p.autobid(), p.feePeriod(), p.billedImpressions(), p.billedClicks(),
                p.adCostCents(), p.businesses(), p.adCategories(), p.activeFeatures(), p.availableFeatures(),
                p.futureBudgetChanges(), p.pageUpgradeInfo()));
        gateway.synchronizer.setApi(api, TestData.businesses(BUSINESSES));
        robot.interact(() -> dashboard.sync().syncNow());
        waitUntil(() -> !dashboard.sync().runningProperty().get()
                && table(robot).getItems().stream().anyMatch(r -> r.program().budgetCents() == 77_700L));
        assertTrue(robot.lookup("#program-details").tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false),
                "the details stay open");
        assertEquals(77_700L, table(robot).getSelectionModel().getSelectedItem().program().budgetCents());
        assertTrue(robot.lookup("#program-details .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> "$777.00".equals(l.getText())), "the details show the new budget");

        ScrollPane scroll = robot.lookup("#details-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
        robot.clickOn(robot.lookup("#programs-table .table-row-cell").match((TableRow<?> r) -> r.getIndex() == 4).queryAs(Region.class));
        waitUntil(() -> table(robot).getSelectionModel().getSelectedIndex() == 4);
        assertEquals(scroll.getVmin(), scroll.getVvalue(), 1e-9, "the next program starts at the top");
    }
}
