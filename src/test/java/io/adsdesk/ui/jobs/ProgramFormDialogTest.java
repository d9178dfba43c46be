package io.adsdesk.ui.jobs;

import atlantafx.base.theme.Styles;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.common.Theme;
import io.adsdesk.ui.common.ThemeManager;
import io.adsdesk.ui.programs.BusinessOption;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The program form's window: errors highlight their fields, labels stay level with them, dates read ISO. */
@ExtendWith(ApplicationExtension.class)
class ProgramFormDialogTest {
    private static final double LEVEL_TOLERANCE = 1.5;
    private static final double FORM_PADDING = 14;

    @TempDir
    Path dir;

    private ActionsSandbox box;
    private ProgramFormDialog dialog;

    @Start
    void start(Stage stage) {
        new ThemeManager().apply(Theme.LIGHT);
    }

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        box = new ActionsSandbox(dir);
        robot.interact(() -> {
            ProgramFormViewModel form = new ProgramFormViewModel(box.actions, new CurrentThreadTaskExecutor(),
                    ProgramFormViewModel.Mode.CREATE, null, job -> { });
            dialog = new ProgramFormDialog(null, form, FXCollections.observableArrayList(
                    new BusinessOption(box.openBusinessId(), "Joe's Plumbing", 3)));
            ThemeManager.style(dialog.getScene());
            dialog.show();
        });
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(dialog::close);
        box.close();
    }

    @Test
    void everyFieldWithAnErrorIsHighlightedAndTheOthersAreNot(FxRobot robot) {
        robot.clickOn("#form-budget").write("twelve");
        robot.clickOn("#form-submit");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(danger(robot, "#form-business"), "the business has no value");
        assertTrue(danger(robot, "#form-budget"), "the budget is not an amount");
        assertFalse(danger(robot, "#form-type"));
        assertFalse(danger(robot, "#form-start"));
        assertTrue(robot.lookup("#form-business").query().isFocused(), "the first field to correct has the focus");
        assertEquals("Please correct the 2 highlighted fields: Business, Monthly budget ($). Nothing was sent.",
                robot.lookup("#form-message").queryAs(Label.class).getText());
    }

    @Test
    void labelsStayLevelWithTheirFieldsWhenErrorsAppear(FxRobot robot) {
        robot.clickOn("#form-budget").write("twelve");
        robot.clickOn("#form-submit");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#error-budget").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup("#error-business").queryAs(Label.class).isVisible());
        for (String field : List.of("business", "type", "budget", "max-bid", "categories", "start", "end")) {
            Node label = robot.lookup("#label-" + field).query();
            Node control = robot.lookup("#form-" + field).query();
            assertEquals(baseline(control), baseline(label), LEVEL_TOLERANCE, "the label of " + field + " is level with it");
        }
    }

    @Test
    void theWindowFitsTheFormAndGrowsSoEveryErrorShows(FxRobot robot) {
        assertEquals(0, blankBelowTheButtons(robot), 1, "the buttons sit right under the form");
        assertTrue(wholeFormShows(robot), "every field shows without scrolling");

        DatePicker start = robot.lookup("#form-start").queryAs(DatePicker.class);
        robot.interact(() -> robot.lookup("#form-end").queryAs(DatePicker.class).setValue(start.getValue().minusDays(1)));
        robot.clickOn("#form-budget").write("twelve");
        robot.clickOn("#form-submit");
        WaitForAsyncUtils.waitForFxEvents();

        for (String error : List.of("#error-business", "#error-budget", "#error-end")) {
            assertTrue(robot.lookup(error).queryAs(Label.class).isVisible(), error);
        }
        assertTrue(wholeFormShows(robot), "every field and its error shows without scrolling");
        assertEquals(0, blankBelowTheButtons(robot), 1, "the buttons still sit right under the form");
    }

    private static boolean wholeFormShows(FxRobot robot) {
        ScrollPane scroll = robot.lookup("#program-form .scroll-pane").queryAs(ScrollPane.class);
        return scroll.getContent().getLayoutBounds().getHeight() <= scroll.getViewportBounds().getHeight() + 0.5;
    }

    /** Empty height between the buttons and the window's bottom edge, beyond the form's padding. */
    private double blankBelowTheButtons(FxRobot robot) {
        Node submit = robot.lookup("#form-submit").query();
        double bottom = submit.localToScene(submit.getLayoutBounds()).getMaxY();
        return dialog.getScene().getHeight() - bottom - FORM_PADDING;
    }

    @Test
    void enterInADateFieldTakesTheDateAndSendsTheForm(FxRobot robot) {
        DatePicker end = robot.lookup("#form-end").queryAs(DatePicker.class);
        robot.clickOn(end.getEditor()).write("2020-01-01").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(LocalDate.of(2020, 1, 1), end.getValue());
        assertTrue(robot.lookup("#error-end").queryAs(Label.class).isVisible(), "the form was checked");
        String message = robot.lookup("#form-message").queryAs(Label.class).getText();
        assertTrue(message.startsWith("Please correct") && message.contains("End date"), message);
    }

    @Test
    void datesAreShownAndReadAsIsoDates(FxRobot robot) {
        DatePicker start = robot.lookup("#form-start").queryAs(DatePicker.class);
        robot.interact(() -> start.setValue(LocalDate.of(2031, 3, 10)));
        assertEquals("2031-03-10", start.getEditor().getText());

        robot.interact(() -> {
            start.getEditor().setText("2031-04-02");
            start.commitValue();
        });
        assertEquals(LocalDate.of(2031, 4, 2), start.getValue());
    }

    private static boolean danger(FxRobot robot, String query) {
        return robot.lookup(query).query().getPseudoClassStates().contains(Styles.STATE_DANGER);
    }

    /** Where the node's text sits, in scene coordinates. */
    private static double baseline(Node n) {
        return n.localToScene(0, n.getBaselineOffset()).getY();
    }
}
