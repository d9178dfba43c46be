package io.adsdesk.ui.shell;

import io.adsdesk.testing.MutableClock;
import io.adsdesk.testing.PomVersion;
import io.adsdesk.ui.accounts.AccountsViewModel;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.common.Theme;
import io.adsdesk.ui.common.ThemeManager;
import io.adsdesk.ui.common.UiSettings;
import io.adsdesk.ui.programs.ProgramsViewModel;
import io.adsdesk.ui.sync.SyncHistoryViewModel;
import io.adsdesk.ui.sync.SyncViewModel;
import io.adsdesk.ui.testing.FakeGateway;
import io.adsdesk.ui.testing.TestData;
import io.adsdesk.ui.update.UpdateViewModel;
import io.adsdesk.update.FeedServer;
import io.adsdesk.update.UpdateChecker;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The update notice, its Settings checkbox and the About box in the real main window. */
@ExtendWith(ApplicationExtension.class)
class UpdateNoticeJourneyTest {
    private final List<URI> opened = new CopyOnWriteArrayList<>();
    private FeedServer feed;
    private UiSettings settings;
    private UpdateViewModel updates;
    private int saves;

    @Start
    void start(Stage stage) throws Exception {
        feed = new FeedServer().latest("v99.1.0");
        settings = new UiSettings();
        settings.autoSyncMinutes = 0;
        CurrentThreadTaskExecutor now = new CurrentThreadTaskExecutor();
        FakeGateway gateway = new FakeGateway(10, 2);
        Dashboard dashboard = new Dashboard(new AccountsViewModel(gateway, now), new ProgramsViewModel(now, () -> TestData.TODAY),
                new SyncViewModel(now), new SyncHistoryViewModel(now), settings, () -> saves++);
        updates = new UpdateViewModel(now, Optional.of(new UpdateChecker(feed.url(), "1.0.0")), settings, () -> saves++,
                new MutableClock(Instant.parse("2026-12-05T09:00:00Z")));
        new ThemeManager().apply(Theme.LIGHT);
        MainWindow window = new MainWindow(dashboard, t -> { });
        window.showUpdates(updates, opened::add);
        Scene scene = new Scene(window, 1100, 700);
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stopFeed() {
        feed.close();
    }

    private Node notice(FxRobot robot) {
        return robot.lookup("#update-notice").query();
    }

    @Test
    void aNewerReleaseIsShownQuietlyWithADownloadButton(FxRobot robot) {
        assertFalse(notice(robot).isVisible(), "nothing before the feed answers");
        robot.interact(updates::checkIfDue);
        assertTrue(notice(robot).isVisible());
        robot.clickOn("#update-download");
        assertEquals(List.of(URI.create("https://github.com/o/adsdesk/releases/tag/v99.1.0")), opened);
        assertTrue(robot.lookup("Download AdsDesk 99.1.0").tryQuery().isPresent());
    }

    @Test
    void turningTheCheckOffInSettingsHidesTheNoticeAndIsRemembered(FxRobot robot) {
        robot.interact(updates::checkIfDue);
        robot.clickOn("#theme-menu");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Tell me when a new version is out");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(settings.checkForUpdates);
        assertTrue(saves >= 2, "saved: the check's time, then the setting");
        assertFalse(notice(robot).isVisible());
    }

    @Test
    void theCheckboxStartsFromTheSettings(FxRobot robot) {
        robot.clickOn("#theme-menu");
        WaitForAsyncUtils.waitForFxEvents();
        CheckMenuItem item = (CheckMenuItem) robot.lookup("#theme-menu").queryAs(javafx.scene.control.MenuButton.class)
                .getItems().stream().filter(i -> "menu-check-updates".equals(i.getId())).findFirst().orElseThrow();
        assertTrue(item.isSelected(), "on by default");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void theAboutBoxShowsTheVersionFromThePom(FxRobot robot) {
        robot.clickOn("#theme-menu");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("About AdsDesk");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane about = robot.lookup("#about-box").queryAs(DialogPane.class);
        assertEquals("AdsDesk " + PomVersion.read(), about.getHeaderText());
        assertTrue(about.getContentText().contains("Java " + System.getProperty("java.version")), about.getContentText());
        robot.interact(() -> about.getScene().getWindow().hide());
    }
}
