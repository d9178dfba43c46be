package io.adsdesk.app;

import io.adsdesk.model.Account;
import io.adsdesk.model.ProgramStatus;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxServer;
import io.adsdesk.ui.common.Theme;
import io.adsdesk.ui.common.ThemeManager;
import io.adsdesk.ui.programs.ProgramRow;
import io.adsdesk.ui.shell.MainWindow;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
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
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pausing a program from its details pane against the sandbox: the toast comes with the row that
 * shows PAUSED, and the details stay open with the new status.
 */
@ExtendWith(ApplicationExtension.class)
class PauseFromDetailsJourneyTest {
    private static final int PROGRAMS = 120;
    private static final String PASSWORD = "pause-secret";
    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path dataDir;
    private Stage stage;
    private AppContext context;
    private SandboxServer sandbox;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeAll(FxRobot robot) {
        if (context != null) {
            AppContext c = context;
            robot.interact(c::close);
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void thePausedToastComesWithThePausedRowAndTheDetailsStayOpen(FxRobot robot) throws Exception {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(PROGRAMS).withBusinesses(8).withSeed(3)
                .withCredentials("dana", PASSWORD).withJobDelayMs(0));
        Account account = new Account("dana", sandbox.baseUrl());
        CredentialStore keyring = new SessionCredentialStore();
        keyring.save(account, PASSWORD.toCharArray());
        robot.interact(() -> {
            context = new AppContext(new io.adsdesk.cli.LaunchOptions(false, dataDir), new LocalBackend(), keyring);
            context.settings().autoSyncMinutes = 0;
            new ThemeManager().apply(Theme.LIGHT);
            Scene scene = new Scene(new MainWindow(context.dashboard(), t -> { }), 1280, 800);
            ThemeManager.style(scene);
            stage.setScene(scene);
            stage.show();
        });
        AppContext app = context;
        robot.interact(() -> app.dashboard().accounts().reopen(account, s -> { }, a -> { }));
        waitUntil(() -> fx(() -> table(robot).getItems().size() == PROGRAMS && !app.dashboard().sync().runningProperty().get()));

        ProgramRow chosen = fx(() -> table(robot).getItems().stream()
                .filter(r -> r.status() == ProgramStatus.CURRENT && "CPC".equals(r.program().programType()))
                .findFirst().orElseThrow());
        String id = chosen.programId();
        List<String> whenToastShown = new CopyOnWriteArrayList<>();
        Pane notifications = robot.lookup("#notifications").queryAs(Pane.class);
        robot.interact(() -> {
            notifications.getChildren().addListener((ListChangeListener<Node>) c -> {
                while (c.next()) {
                    if (c.wasAdded()) {
                        whenToastShown.add(table(robot).getItems().stream().filter(r -> r.programId().equals(id))
                                .findFirst().map(r -> r.status().name()).orElse("missing"));
                    }
                }
            });
            table(robot).getSelectionModel().select(chosen);
            table(robot).scrollTo(chosen);
            table(robot).requestFocus();
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> fx(() -> robot.lookup("#program-details").tryQuery().map(Node::isVisible).orElse(false)));

        robot.clickOn("#details-pause");
        waitUntil(() -> fx(() -> app.dashboard().actions().noticeProperty().get() != null
                && app.dashboard().actions().noticeProperty().get().text().contains("paused")
                && !whenToastShown.isEmpty()));

        assertEquals("PAUSED", whenToastShown.getLast(), "the row when \"Program " + id + " is paused.\" appeared");
        assertTrue(fx(() -> robot.lookup("#program-details").tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false)),
                "the details stay open");
        assertEquals(id, fx(() -> table(robot).getSelectionModel().getSelectedItem().programId()));
        assertTrue(fx(() -> robot.lookup("#program-details .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText() != null && l.getText().contains("PAUSED"))), "the details show PAUSED");
    }

    private static TableView<ProgramRow> table(FxRobot robot) {
        return robot.lookup("#programs-table").queryTableView();
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
