package io.adsdesk.ui.programs;

import io.adsdesk.model.ProgramStatus;
import io.adsdesk.model.ProgramType;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;
import io.adsdesk.testing.MemoryRegistry;
import io.adsdesk.testing.SyncWrites;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.common.Theme;
import io.adsdesk.ui.common.ThemeManager;
import io.adsdesk.ui.testing.TestData;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In a 1280 px wide window every control of the filter bar shows its whole text, whatever is chosen. */
@ExtendWith(ApplicationExtension.class)
class FilterBarWidthFxTest {
    private static final Instant AT = Instant.parse("2026-03-15T10:00:00Z");
    private ProgramsViewModel model;

    @Start
    void start(Stage stage) {
        MemoryRegistry registry = new MemoryRegistry();
        registry.upsertBusinesses(TestData.businesses(2));
        SyncWrites.apply(registry, TestData.programs(8, 2), List.of(), Set.of(),
                new SyncRun(0, AT, AT, SyncOutcome.SYNCED, 8, 0, 8, 8, 0, 0, 1, null));
        model = new ProgramsViewModel(new CurrentThreadTaskExecutor(), () -> TestData.TODAY);
        new ThemeManager().apply(Theme.LIGHT);
        Scene scene = new Scene(new ProgramsView(model), 1280, 700);
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.show();
        model.setRegistry(registry);
    }

    @Test
    void nothingIsCutShortWithTheDefaultFilters(FxRobot robot) {
        assertWholeText(robot);
    }

    @Test
    void nothingIsCutShortWithSeveralChoicesAndEveryToggleOn(FxRobot robot) {
        robot.interact(() -> {
            model.statusProperty().set(StatusFilter.of(ProgramStatus.CURRENT, ProgramStatus.PAUSED, ProgramStatus.FUTURE));
            model.typeProperty().set(TypeFilter.of(List.of(ProgramType.RCA)));
            model.changedOnlyProperty().set(true);
            model.pendingOnlyProperty().set(true);
        });
        assertWholeText(robot);
        assertEquals("3 statuses", robot.lookup("#status-filter").queryAs(Labeled.class).getText());

        robot.interact(() -> model.typeProperty().set(TypeFilter.of(List.of(ProgramType.SLIDESHOW, ProgramType.PORTFOLIO))));
        assertWholeText(robot);
    }

    /** Each shown label's rendered text equals its own text (no "…"), and the bar's last control ends inside it. */
    private static void assertWholeText(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Region bar = robot.lookup("#filter-bar").queryAs(Region.class);
        List<Labeled> labeled = new ArrayList<>();
        robot.interact(() -> collect(bar, labeled));
        assertTrue(labeled.size() >= 6, "the bar's controls were found: " + labeled.size());
        for (Labeled l : labeled) {
            if (l.getText() == null || l.getText().isEmpty() || !l.isVisible()) {
                continue;
            }
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text shown) {
                    assertEquals(l.getText(), shown.getText(), "shown whole: " + l.getText());
                }
            }
            assertFalse(l.getWidth() + 0.5 < l.prefWidth(-1), "as wide as its text: " + l.getText());
        }
        Node clear = robot.lookup("#clear-filters").query();
        assertTrue(clear.getBoundsInParent().getMaxX() <= bar.getWidth() - bar.getPadding().getRight() + 0.5,
                "the last control ends inside the bar");
    }

    private static void collect(Parent parent, List<Labeled> into) {
        for (Node n : parent.getChildrenUnmodifiable()) {
            if (n instanceof Labeled l) {
                into.add(l);
            }
            if (n instanceof Parent p) {
                collect(p, into);
            }
        }
    }
}
