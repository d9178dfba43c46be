package io.adsdesk.ui.reports;

import io.adsdesk.sync.SyncProgress;
import io.adsdesk.threads.Threads;
import io.adsdesk.ui.accounts.AccountsViewModel;
import io.adsdesk.ui.common.FxTaskExecutor;
import io.adsdesk.ui.common.UiSettings;
import io.adsdesk.ui.programs.ProgramRow;
import io.adsdesk.ui.programs.ProgramsViewModel;
import io.adsdesk.ui.shell.Dashboard;
import io.adsdesk.ui.shell.MainWindow;
import io.adsdesk.ui.sync.SyncHistoryViewModel;
import io.adsdesk.ui.sync.SyncViewModel;
import io.adsdesk.ui.testing.FakeGateway;
import io.adsdesk.ui.testing.TestData;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Reports window beside the main one: opened by key, scoped by the table's selection, linked back from pacing. */
@ExtendWith(ApplicationExtension.class)
class ReportsWindowJourneyTest {
    private static final int PROGRAMS = 40;

    private final Threads threads = new Threads("test");
    private FakeGateway gateway;
    private Dashboard dashboard;
    private final FakeReportSource source = new FakeReportSource(TestData.TODAY.minusDays(1));

    @Start
    void start(Stage stage) {
        gateway = new FakeGateway(PROGRAMS, 4);
        FxTaskExecutor load = new FxTaskExecutor(threads.fixedPool("load", 2));
        UiSettings settings = new UiSettings();
        settings.autoSyncMinutes = 0;
        dashboard = new Dashboard(new AccountsViewModel(gateway, load), new ProgramsViewModel(load, () -> TestData.TODAY),
                new SyncViewModel(new FxTaskExecutor(threads.singleThread("sync"))), new SyncHistoryViewModel(load),
                settings, () -> { });
        dashboard.setSyncOnOpen(false);
        dashboard.setReports(new ReportsViewModel(load, new FxTaskExecutor(threads.cachedPool("reports")),
                () -> TestData.TODAY), session -> source);
        MainWindow window = new MainWindow(dashboard, t -> { });
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
    }

    @AfterEach
    void stopWorkers() {
        gateway.synchronizer.release();
        threads.close();
    }

    @Test
    void ctrlShiftROpensReportsWhoseScopeFollowsTheTableAndPacingLeadsBack(FxRobot robot) throws Exception {
        gateway.synchronizer.sync(SyncProgress.NONE, () -> false);
        robot.interact(() -> dashboard.accounts().tryDemo(s -> { }));
        TableView<ProgramRow> table = robot.lookup("#programs-table").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == PROGRAMS);
        String pacedId = table.getItems().get(25).programId();
        source.pacing = List.of(new PacingRow(pacedId, "b", "B", 100, 3000, 200, PacingRow.Pace.UNDER_SPEND));
        robot.interact(() -> dashboard.reports().reload());

        robot.interact(() -> table.getSelectionModel().clearAndSelect(3));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> reportsWindow() != null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dashboard.reports().stateProperty().get() == ReportState.READY);

        ReportsViewModel model = dashboard.reports();
        robot.interact(() -> model.scopeKindProperty().set(ReportScope.Kind.PROGRAMS));
        assertEquals(List.of(table.getItems().get(3).programId()), model.scopeProperty().get().programIds());
        robot.interact(() -> table.getSelectionModel().clearAndSelect(7));
        assertEquals(List.of(table.getItems().get(7).programId()), model.scopeProperty().get().programIds(),
                "the report follows the table's selection");

        // A business filter hides the paced program: showing it clears the filters, then selects it.
        robot.interact(() -> dashboard.programs().searchTextProperty().set(table.getItems().get(0).programId()));
        robot.interact(() -> model.tabProperty().set(ReportTab.PACING));
        robot.clickOn(robot.lookup("#pacing-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("#pacing-show");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(pacedId, table.getSelectionModel().getSelectedItem().programId());
        assertEquals("", dashboard.programs().searchTextProperty().get());
        assertTrue(table.getItems().size() == PROGRAMS);
    }

    private static Window reportsWindow() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && "Reports — AdsDesk".equals(s.getTitle()))
                .findFirst().orElse(null);
    }
}
