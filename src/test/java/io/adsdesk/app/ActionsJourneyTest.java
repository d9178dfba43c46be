package io.adsdesk.app;

import io.adsdesk.actions.JobStatus;
import io.adsdesk.model.Account;
import io.adsdesk.model.ProgramStatus;
import io.adsdesk.sandbox.SandboxBusiness;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxServer;
import io.adsdesk.sandbox.SandboxStats;
import io.adsdesk.ui.common.Theme;
import io.adsdesk.ui.common.ThemeManager;
import io.adsdesk.ui.jobs.JobItem;
import io.adsdesk.ui.programs.ProgramRow;
import io.adsdesk.ui.shell.MainWindow;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Program actions through the real window over the real machinery: a sandbox with instant jobs,
 * partner-API client, job tracker and H2 registry on disk.
 */
@ExtendWith(ApplicationExtension.class)
class ActionsJourneyTest {
    private static final long WAIT_SECONDS = 90;
    private static final int PROGRAMS = 120;
    private static final String PASSWORD = "actions-secret";
    private static final Set<String> RESTRICTED = Set.of("landmarks", "airportterminals", "publicservicesgovt",
            "religiousorgs", "cannabis_clinics", "cannabisdispensaries", "guns_and_ammo", "bailbondsmen");

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

    /** Starts the sandbox, opens the account with its known password and waits for the first sync. */
    private AppContext openAccount(FxRobot robot) throws Exception {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(PROGRAMS).withBusinesses(8).withSeed(3)
                .withCredentials("carol", PASSWORD).withJobDelayMs(0));
        Account account = new Account("carol", sandbox.baseUrl());
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
        waitUntil(() -> fx(() -> table(robot).getItems().size() == PROGRAMS
                && !app.dashboard().sync().runningProperty().get()));
        return app;
    }

    @Test
    void aNewCpcProgramAppearsWhenItsJobCompletesAndEndingItMovesItToPast(FxRobot robot) throws Exception {
        AppContext app = openAccount(robot);

        robot.clickOn("#action-new");
        chooseBusiness(robot, openBusinessId());
        robot.clickOn("#form-budget").write("25.00");
        robot.clickOn("#form-submit");

        waitUntil(() -> fx(() -> createJob(app).map(j -> j.status() == JobStatus.COMPLETED && j.finished()).orElse(false)));
        String newId = fx(() -> createJob(app).orElseThrow().programId());
        waitUntil(() -> fx(() -> row(robot, newId).isPresent()));
        assertEquals(ProgramStatus.CURRENT, fx(() -> row(robot, newId).orElseThrow().status()));

        robot.interact(() -> {
            ProgramRow row = row(robot, newId).orElseThrow();
            table(robot).getSelectionModel().select(row);
            table(robot).scrollTo(row);
        });
        robot.clickOn("#action-end");
        robot.clickOn("#confirm-end");

        waitUntil(() -> fx(() -> row(robot, newId).map(r -> r.status() == ProgramStatus.PAST).orElse(false)));
        assertTrue(fx(() -> app.dashboard().actions().jobs().jobs().stream()
                .anyMatch(j -> j.kind().equals("END") && newId.equals(j.programId()) && j.status() == JobStatus.COMPLETED)));
    }

    @Test
    void aBudgetBelowTheMinimumIsShownNextToTheFieldAndNothingIsSent(FxRobot robot) throws Exception {
        openAccount(robot);

        robot.clickOn("#action-new");
        chooseBusiness(robot, openBusinessId());
        robot.clickOn("#form-budget").write("10");
        robot.clickOn("#form-submit");
        WaitForAsyncUtils.waitForFxEvents();

        Label error = robot.lookup("#error-budget").queryAs(Label.class);
        assertEquals("The budget must be at least $25.00 a month.", error.getText());
        assertTrue(error.isVisible());
        assertEquals(0, sandbox.stats().routeCount(SandboxStats.PROGRAM_CREATE));
        robot.clickOn("#form-cancel");
    }

    @SuppressWarnings("unchecked")
    private static void chooseBusiness(FxRobot robot, String businessId) {
        ComboBox<String> business = robot.lookup("#form-business").queryAs(ComboBox.class);
        robot.interact(() -> business.setValue(businessId));
    }

    private String openBusinessId() {
        return sandbox.account().businesses().stream()
                .filter(b -> !b.closed() && !b.removedFromSearch() && b.country().equals("US")
                        && !b.categories().isEmpty() && b.categories().stream().noneMatch(RESTRICTED::contains))
                .map(SandboxBusiness::id).findFirst().orElseThrow();
    }

    private static Optional<JobItem> createJob(AppContext app) {
        return app.dashboard().actions().jobs().jobs().stream().filter(j -> j.kind().equals("CREATE")).findFirst();
    }

    private static Optional<ProgramRow> row(FxRobot robot, String programId) {
        return table(robot).getItems().stream().filter(r -> r.programId().equals(programId)).findFirst();
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
