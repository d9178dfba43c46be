package io.adsdesk.app;

import io.adsdesk.model.Account;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxServer;
import io.adsdesk.ui.common.Theme;
import io.adsdesk.ui.common.ThemeManager;
import io.adsdesk.ui.programs.ProgramRow;
import io.adsdesk.ui.shell.MainWindow;
import io.adsdesk.ui.sync.SyncState;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Journeys through the real window over the real machinery: sandbox on loopback, partner-API
 * client, synchronizer and H2 registry on disk.
 */
@ExtendWith(ApplicationExtension.class)
class RealBackendJourneyTest {
    private static final long WAIT_SECONDS = 90;

    @TempDir
    Path dataDir;

    private Stage stage;
    private AppContext context;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeContext(FxRobot robot) {
        if (context != null) {
            AppContext c = context;
            robot.interact(c::close);
        }
    }

    private AppContext show(FxRobot robot, CredentialStore credentials) {
        robot.interact(() -> {
            context = new AppContext(new io.adsdesk.cli.LaunchOptions(false, dataDir), new LocalBackend(), credentials);
            context.settings().autoSyncMinutes = 0;
            new ThemeManager().apply(Theme.LIGHT);
            Scene scene = new Scene(new MainWindow(context.dashboard(), t -> { }), 1280, 800);
            ThemeManager.style(scene);
            stage.setScene(scene);
            stage.show();
        });
        return context;
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TableView<ProgramRow> table(FxRobot robot) {
        return robot.lookup("#programs-table").queryTableView();
    }

    @Test
    void theDemoAccountShowsDeterminateProgressThenEveryProgram(FxRobot robot) throws Exception {
        AppContext app = show(robot, new SessionCredentialStore());
        List<Double> progress = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            app.dashboard().sync().progressProperty().addListener((obs, old, value) -> progress.add(value.doubleValue()));
            app.dashboard().accounts().tryDemo(s -> { });
        });

        waitUntil(() -> table(robot).getItems().size() == 2000 && !app.dashboard().sync().runningProperty().get());

        assertTrue(progress.stream().anyMatch(p -> p > 0 && p < 1), "a determinate bar moved: " + progress);
        assertEquals("2,000 of 2,000 programs", robot.lookup("#count-label").queryAs(Label.class).getText());
        assertEquals(SyncState.READY, app.dashboard().sync().stateProperty().get());
    }

    @Test
    void restartingWithTheApiDownShowsTheCachedProgramsAndTheOfflineBanner(FxRobot robot) throws Exception {
        String password = "journey-secret";
        CredentialStore keyring = new SessionCredentialStore();
        Account account;
        try (SandboxServer api = SandboxServer.start(SandboxConfig.defaults().withPrograms(300).withBusinesses(6)
                .withCredentials("alice", password))) {
            account = new Account("alice", api.baseUrl());
            keyring.save(account, password.toCharArray());
            AppContext first = show(robot, keyring);
            robot.interact(() -> first.dashboard().accounts().reopen(account, s -> { }, a -> { }));
            waitUntil(() -> table(robot).getItems().size() == 300 && !first.dashboard().sync().runningProperty().get());
            robot.interact(first::close);
            context = null;
        }

        AppContext second = show(robot, keyring);
        robot.interact(() -> second.dashboard().accounts().reopen(account, s -> { }, a -> { }));

        waitUntil(() -> second.dashboard().sync().stateProperty().get() == SyncState.OFFLINE);
        assertEquals(300, table(robot).getItems().size());
        String banner = robot.lookup("#banner-text").queryAs(Label.class).getText();
        assertTrue(banner.startsWith("Offline: showing programs as of"), banner);
        assertTrue(robot.lookup("#sync-banner").query().isVisible());
    }
}
