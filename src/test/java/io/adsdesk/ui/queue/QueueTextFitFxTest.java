package io.adsdesk.ui.queue;

import io.adsdesk.model.FeePeriod;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.queue.BulkEdit;
import io.adsdesk.queue.ChangeQueue;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.testing.MutableClock;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.common.Theme;
import io.adsdesk.ui.common.ThemeManager;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every label, button and tab title of the bulk change dialog and of the Pending changes pane shows its
 * whole text (no "…"): the pane at 1280 pixels wide, narrower than the 1440 the main window opens at.
 * Table and list cells are left out: a long check message may be cut there, its tooltip and the
 * column's width show the rest.
 */
@ExtendWith(ApplicationExtension.class)
class QueueTextFitFxTest {
    private static final Instant NOW = Instant.parse("2026-03-19T20:00:00Z");
    private final MutableClock clock = new MutableClock(NOW);
    private Stage stage;
    private HibernateProgramRegistry registry;
    private PendingChangesViewModel pending;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        registry = HibernateProgramRegistry.open(Files.createTempDirectory("text-fit").resolve("registry"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String id = "program-" + i;
            ids.add(id);
            registry.upsertProgram(new Program(id, "CPC", LocalDate.of(2026, 1, 5), null, true, false, 10_000L, 200L, "USD",
                    false, FeePeriod.CALENDAR_MONTH, 1000, 10, 500L, List.of(new ProgramBusiness("biz-" + id, null)),
                    List.of("plumbing"), List.of(), List.of(), List.of(), null));
        }
        pending = new PendingChangesViewModel(new CurrentThreadTaskExecutor());
        pending.setQueue(new ChangeQueue(registry, "demo", "demo", clock));
        pending.queue(new BulkEdit.SetBudget(20_000), ids.subList(0, 4), null);
        pending.queue(new BulkEdit.Pause(), ids.subList(4, 6), NOW.plus(Duration.ofHours(3)));
        new ThemeManager().apply(Theme.LIGHT);
        PendingChangesPanel panel = new PendingChangesPanel(pending, new PostingViewModel(new CurrentThreadTaskExecutor(), pending),
                new ScheduledChangesViewModel(pending, clock, ZoneId.of("America/Los_Angeles")), id -> "Business of " + id);
        Scene scene = new Scene(panel, 1280, 420);
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        registry.close();
    }

    /** "Button 'Revert selected' shows 'Revert sel…'" for each cut text under {@code root}. */
    private static List<String> cutTexts(Parent root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (node instanceof IndexedCell<?>) {
            return;
        }
        if (node instanceof Labeled l && l.isVisible() && l.getText() != null && !l.getText().isEmpty()) {
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text t && !t.getText().equals(l.getText())) {
                    cut.add(l.getClass().getSimpleName() + " '" + l.getText() + "' shows '" + t.getText() + "'");
                }
            }
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, cut));
        }
    }

    @Test
    void thePaneShowsEveryButtonLabelAndTabTitleWhole(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), cutTexts(stage.getScene().getRoot()));
        robot.interact(() -> robot.lookup("#pending-tabs").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), cutTexts(stage.getScene().getRoot()), "the Scheduled tab too");
    }

    @Test
    void theBulkChangeDialogShowsEveryTextWholeForEachKindOfChange(FxRobot robot) {
        for (BulkChangeForm.Kind kind : BulkChangeForm.Kind.values()) {
            BulkChangeDialog[] dialog = new BulkChangeDialog[1];
            robot.interact(() -> {
                dialog[0] = new BulkChangeDialog(stage, pending, List.of("program-0", "program-1"), kind, clock,
                        ZoneId.of("America/Los_Angeles"));
                ThemeManager.style(dialog[0].getScene());
                dialog[0].show();
                // the longest messages the dialog can show
                dialog[0].form().valueProperty().set("-5000000000");
                dialog[0].form().dateProperty().set(LocalDate.of(2026, 3, 1));
                dialog[0].form().postDateProperty().set(LocalDate.of(2026, 3, 19));
                dialog[0].form().postTimeProperty().set("09:00");
            });
            WaitForAsyncUtils.waitForFxEvents();
            List<String> cut = cutTexts(dialog[0].getScene().getRoot());
            robot.interact(dialog[0]::close);
            assertEquals(List.of(), cut, kind.label());
        }
    }
}
