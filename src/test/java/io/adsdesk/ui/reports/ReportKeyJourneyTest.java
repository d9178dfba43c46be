package io.adsdesk.ui.reports;

import io.adsdesk.threads.Threads;
import io.adsdesk.ui.accounts.AccountSession;
import io.adsdesk.ui.accounts.AccountsViewModel;
import io.adsdesk.ui.common.FxTaskExecutor;
import io.adsdesk.ui.common.UiSettings;
import io.adsdesk.ui.programs.ProgramsViewModel;
import io.adsdesk.ui.shell.Dashboard;
import io.adsdesk.ui.shell.MainWindow;
import io.adsdesk.ui.sync.SyncHistoryViewModel;
import io.adsdesk.ui.sync.SyncViewModel;
import io.adsdesk.ui.testing.FakeGateway;
import io.adsdesk.ui.testing.TestData;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A real account without a reporting key: the key is entered in the Reports window and used at once. */
@ExtendWith(ApplicationExtension.class)
class ReportKeyJourneyTest {
    private final Threads threads = new Threads("test");
    private FakeGateway gateway;
    private Dashboard dashboard;
    /** The open account's reports: no key, nothing cached; the demo's has its own key. */
    private final FakeReportSource account = new FakeReportSource(null);
    private final FakeReportSource demo = new FakeReportSource(null);

    @Start
    void start(Stage stage) {
        account.key = false;
        account.editable = true;
        gateway = new FakeGateway(12, 3);
        FxTaskExecutor load = new FxTaskExecutor(threads.fixedPool("load", 2));
        UiSettings settings = new UiSettings();
        settings.autoSyncMinutes = 0;
        dashboard = new Dashboard(new AccountsViewModel(gateway, load), new ProgramsViewModel(load, () -> TestData.TODAY),
                new SyncViewModel(new FxTaskExecutor(threads.singleThread("sync"))), new SyncHistoryViewModel(load),
                settings, () -> { });
        dashboard.setSyncOnOpen(false);
        dashboard.setReports(new ReportsViewModel(load, new FxTaskExecutor(threads.cachedPool("reports")),
                () -> TestData.TODAY), (AccountSession session) -> session.demo() ? demo : account);
        MainWindow window = new MainWindow(dashboard, t -> { });
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
    }

    @AfterEach
    void stopWorkers() {
        gateway.synchronizer.release();
        threads.close();
    }

    private void openAccountAndReports(FxRobot robot) throws Exception {
        robot.interact(() -> {
            AccountsViewModel accounts = dashboard.accounts();
            accounts.usernameProperty().set("alice");
            accounts.passwordProperty().set("pw");
            accounts.connect(s -> { });
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dashboard.accounts().getSession() != null);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window("Reports — AdsDesk") != null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> dashboard.reports().stateProperty().get() == ReportState.NO_KEY);
    }

    @Test
    void theKeyEnteredInTheReportsWindowIsKeptAndTheStateLeavesNoKey(FxRobot robot) throws Exception {
        openAccountAndReports(robot);
        Button enter = robot.lookup("#report-key-empty").queryButton();
        assertTrue(enter.isVisible(), "the empty state offers the key");
        assertTrue(robot.lookup("#report-fetch").queryButton().isDisabled());

        robot.clickOn(enter);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window("Reporting key — AdsDesk") != null);
        assertTrue(robot.lookup("#report-key-save").queryButton().isDisabled(), "nothing to save while empty");
        assertFalse(robot.lookup("#report-key-forget").queryButton().isVisible(), "no key to forget yet");
        robot.clickOn("#report-key-field").write("fusion-key").type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dashboard.reports().stateProperty().get() != ReportState.NO_KEY
                && dashboard.reports().stateProperty().get() != ReportState.LOADING);
        assertEquals(ReportState.EMPTY, dashboard.reports().stateProperty().get());
        assertEquals(List.of("fusion-key"), account.savedKeys);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window("Reporting key — AdsDesk") == null);
        assertFalse(robot.lookup("#report-key-empty").queryButton().isVisible());
        assertFalse(robot.lookup("#report-fetch").queryButton().isDisabled(), "Yelp can be asked now");

        // The toolbar button is always there: the key can be forgotten again.
        robot.clickOn("#report-key");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window("Reporting key — AdsDesk") != null);
        robot.clickOn("#report-key-forget");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dashboard.reports().stateProperty().get() == ReportState.NO_KEY);
        assertEquals(List.of("fusion-key", ""), account.savedKeys);
    }

    @Test
    void escapeCancelsWithoutKeepingAnything(FxRobot robot) throws Exception {
        openAccountAndReports(robot);
        robot.clickOn("#report-key");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window("Reporting key — AdsDesk") != null);
        robot.clickOn("#report-key-field").write("half-typed").type(KeyCode.ESCAPE);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window("Reporting key — AdsDesk") == null);
        assertTrue(account.savedKeys.isEmpty());
        assertEquals(ReportState.NO_KEY, dashboard.reports().stateProperty().get());
    }

    @Test
    void theDemoHasItsOwnKeySoTheButtonIsOff(FxRobot robot) throws Exception {
        robot.interact(() -> dashboard.accounts().tryDemo(s -> { }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dashboard.accounts().getSession() != null);
        robot.interact(() -> dashboard.reports().reload());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window("Reports — AdsDesk") != null);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dashboard.reports().stateProperty().get() == ReportState.EMPTY);

        Button key = robot.lookup("#report-key").queryButton();
        assertTrue(key.isDisabled());
        Node holder = key.getParent();
        assertTrue(holder.getProperties().values().stream().anyMatch(v -> v instanceof javafx.scene.control.Tooltip t
                && t.getText().contains("demo account has a reporting key of its own")), "the holder says why");
        assertFalse(robot.lookup("#report-key-empty").queryButton().isVisible());
    }

    private static Window window(String title) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle()) && w.isShowing())
                .findFirst().orElse(null);
    }
}
