package io.adsdesk.ui.accounts;

import io.adsdesk.model.Account;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.common.Theme;
import io.adsdesk.ui.common.ThemeManager;
import io.adsdesk.ui.common.UiSettings;
import io.adsdesk.ui.testing.FakeGateway;
import io.adsdesk.ui.testing.TeamGateway;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The connect dialog's Team registry section, by keyboard and mouse, on the real dialog. */
@ExtendWith(ApplicationExtension.class)
class TeamRegistrySectionFxTest {
    private static final String URL = "jdbc:postgresql://db.example.com:5432/adsdesk";

    private final TeamGateway gateway = new TeamGateway(new FakeGateway(5, 1));
    private final AccountsViewModel model = new AccountsViewModel(gateway, new CurrentThreadTaskExecutor());
    private final UiSettings settings = new UiSettings();
    private ConnectDialog dialog;

    @Start
    void start(Stage stage) {
        new ThemeManager().apply(Theme.LIGHT);
        model.useSettings(settings, () -> { });
    }

    private void show(FxRobot robot) {
        robot.interact(() -> {
            dialog = new ConnectDialog(null, model, s -> { });
            ThemeManager.style(dialog.getDialogPane().getScene());
            dialog.show();
        });
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> dialog.close());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void choosingTheTeamRegistryTestingAndConnectingSavesItForTheAccount(FxRobot robot) {
        show(robot);
        robot.clickOn("#connect-username").write("alice");
        robot.clickOn("#connect-password").write("secret");
        robot.clickOn("Advanced");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#team-url").query().isDisabled(), "this computer is the default: no server to fill in");
        assertTrue(robot.lookup("#team-test").queryButton().isDisabled());

        robot.clickOn("#team-postgresql");
        assertFalse(robot.lookup("#team-url").query().isDisabled());
        assertTrue(robot.lookup("#connect-button").queryButton().isDisabled());
        assertEquals("Enter the team registry's URL, e.g. " + TeamRegistryViewModel.PROMPT_URL + ".", text(robot, "#connect-problem"));

        robot.clickOn("#team-url").write("jdbc:postgresql://db.example.com:70000/adsdesk");
        robot.clickOn("#team-user").write("adsdesk");
        assertEquals("The port in the team registry URL must be a number from 1 to 65535.", text(robot, "#connect-problem"));
        robot.interact(() -> robot.lookup("#team-url").queryAs(TextField.class).setText(URL));
        robot.clickOn("#team-password").write("dbsecret");
        assertEquals("", text(robot, "#connect-problem"));

        gateway.answer = new TeamCheck(true, false, "Connected to PostgreSQL 16.4: user adsdesk can keep the registry in database adsdesk.");
        robot.clickOn("#team-test");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(gateway.answer.message(), text(robot, "#team-test-result"));
        assertEquals(List.of("dbsecret"), gateway.testedPasswords);

        robot.clickOn("#connect-button");
        // connecting runs off the FX thread: wait for the gateway to be asked, then for the dialog to close
        try {
            WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                    () -> !gateway.connects.isEmpty() && !dialog.isShowing());
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertions below say what is missing
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new TeamGateway.Connect(new Account("alice", "https://partner-api.yelp.com"),
                new TeamRegistryChoice(URL, "adsdesk"), "dbsecret")), gateway.connects);
        assertFalse(dialog.isShowing());
        assertEquals(URL, settings.teamRegistries.get(new Account("alice", "https://partner-api.yelp.com").key()).url);
    }

    @Test
    void theDialogForAnAccountWithATeamRegistryShowsItAndKeepsThePasswordOutOfTheField(FxRobot robot) {
        Account alice = new Account("alice", "https://partner-api.yelp.com");
        settings.teamRegistries.put(alice.key(), new UiSettings.TeamRegistry(URL, "adsdesk"));
        robot.interact(() -> model.prepareForm(alice));
        show(robot);
        assertTrue(robot.lookup("#connect-advanced").queryAs(TitledPane.class).isExpanded());
        assertEquals(URL, robot.lookup("#team-url").queryAs(TextField.class).getText());
        PasswordField password = robot.lookup("#team-password").queryAs(PasswordField.class);
        assertEquals("", password.getText());
        assertEquals("Kept in the credential store; type to change", password.getPromptText());
    }

    @Test
    void aFailedTestSaysWhyAndNothingTypedIsLost(FxRobot robot) {
        show(robot);
        robot.clickOn("Advanced");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#team-postgresql");
        robot.clickOn("#team-url").write(URL);
        robot.clickOn("#team-user").write("adsdesk");
        robot.clickOn("#team-password").write("wrong");
        gateway.answer = new TeamCheck(false, false, "PostgreSQL at db.example.com:5432 refused user adsdesk: the password is"
                + " wrong, the user does not exist, or the server does not let it in from here.");
        Button test = robot.lookup("#team-test").queryButton();
        robot.clickOn(test);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(gateway.answer.message(), text(robot, "#team-test-result"));
        assertTrue(robot.lookup("#team-test-result").query().getStyleClass().contains("danger"));
        assertEquals(URL, robot.lookup("#team-url").queryAs(TextField.class).getText());
        assertEquals("wrong", robot.lookup("#team-password").queryAs(PasswordField.class).getText());
    }
}
