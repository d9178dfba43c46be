package io.adsdesk.ui.shell;

import io.adsdesk.model.Account;
import io.adsdesk.ui.accounts.AccountsViewModel;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.common.Theme;
import io.adsdesk.ui.common.ThemeManager;
import io.adsdesk.ui.common.UiSettings;
import io.adsdesk.ui.programs.ProgramsViewModel;
import io.adsdesk.ui.sync.SyncHistoryViewModel;
import io.adsdesk.ui.sync.SyncViewModel;
import io.adsdesk.ui.testing.FakeGateway;
import io.adsdesk.ui.testing.TeamGateway;
import io.adsdesk.ui.testing.TestData;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The main window over a team registry's offline copy: the banner, no sync on opening, Retry, and its end. */
@ExtendWith(ApplicationExtension.class)
class OfflineCopyJourneyTest {
    private static final Account ALICE = new Account("alice", "https://partner-api.yelp.com");

    private TeamGateway gateway;
    private Dashboard dashboard;

    @Start
    void start(Stage stage) {
        gateway = new TeamGateway(new FakeGateway(30, 3));
        CurrentThreadTaskExecutor now = new CurrentThreadTaskExecutor();
        UiSettings settings = new UiSettings();
        settings.autoSyncMinutes = 0;
        settings.teamRegistries.put(ALICE.key(), new UiSettings.TeamRegistry("jdbc:postgresql://db:5432/adsdesk", "adsdesk"));
        dashboard = new Dashboard(new AccountsViewModel(gateway, now), new ProgramsViewModel(now, () -> TestData.TODAY),
                new SyncViewModel(now), new SyncHistoryViewModel(now), settings, () -> { });
        new ThemeManager().apply(Theme.LIGHT);
        Scene scene = new Scene(new MainWindow(dashboard, t -> { }), 1280, 800);
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theCopyOpensUnderTheBannerWithoutSyncingAndRetryEndsItOnceTheServerIsBack(FxRobot robot) {
        gateway.fake.stored.put(ALICE, "pw".toCharArray());
        gateway.reachable = false;
        robot.interact(() -> dashboard.accounts().reopen(ALICE, s -> { }, a -> { }));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#offline-copy-banner").query().isVisible());
        String text = robot.lookup("#offline-copy-text").queryAs(Label.class).getText();
        assertTrue(text.startsWith("Team registry unreachable since "), text);
        assertTrue(text.endsWith("; changes are disabled"), text);
        assertEquals("Nothing answers at db:5432.", robot.lookup("#offline-copy-detail").queryAs(Label.class).getText());
        assertEquals(0, gateway.fake.synchronizer.calls(), "a copy is not synced on opening");

        robot.clickOn("#offline-copy-retry");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#offline-copy-banner").query().isVisible());
        assertTrue(robot.lookup("#offline-copy-detail").queryAs(Label.class).getText().startsWith("Still unreachable at "));

        gateway.reachable = true;
        robot.clickOn("#offline-copy-retry");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#offline-copy-banner").query().isVisible(), "the server is back: the banner goes");
        assertTrue(dashboard.accounts().getSession().registry().offlineCopy().isEmpty());
    }
}
