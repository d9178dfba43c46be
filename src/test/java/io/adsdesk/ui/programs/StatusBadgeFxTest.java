package io.adsdesk.ui.programs;

import io.adsdesk.model.ProgramStatus;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;
import io.adsdesk.testing.MemoryRegistry;
import io.adsdesk.testing.SyncWrites;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.common.Theme;
import io.adsdesk.ui.common.ThemeManager;
import io.adsdesk.ui.testing.TestData;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The Status column's badge has each status's colours, also after its cell has shown other statuses. */
@ExtendWith(ApplicationExtension.class)
class StatusBadgeFxTest {
    private static final Instant AT = Instant.parse("2026-03-15T10:00:00Z");
    private ProgramsViewModel model;
    private StackPane reference;

    @Start
    void start(Stage stage) {
        MemoryRegistry registry = new MemoryRegistry();
        registry.upsertBusinesses(TestData.businesses(2));
        SyncWrites.apply(registry, TestData.programs(8, 2), List.of(), Set.of(),
                new SyncRun(0, AT, AT, SyncOutcome.SYNCED, 8, 0, 8, 8, 0, 0, 1, null));
        model = new ProgramsViewModel(new CurrentThreadTaskExecutor(), () -> TestData.TODAY);
        new ThemeManager().apply(Theme.LIGHT);
        // Badges styled as every other status badge of the app is (style classes), to compare colours with.
        reference = new StackPane();
        for (ProgramStatus s : ProgramStatus.values()) {
            Label l = new Label(s.name());
            l.getStyleClass().addAll("status-badge", "status-" + s.name().toLowerCase(Locale.ROOT));
            l.setId("ref-" + s.name());
            reference.getChildren().add(l);
        }
        javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane(new ProgramsView(model));
        root.setBottom(reference);
        Scene scene = new Scene(root, 1280, 600);
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.show();
        model.setRegistry(registry);
    }

    private static String colours(Label l) {
        return l.getBackground().getFills().getFirst().getFill() + " " + l.getTextFill();
    }

    private void assertBadgesMatchTheirStatus(FxRobot robot) {
        Set<ProgramStatus> seen = new HashSet<>();
        for (Node n : robot.lookup("#programs-table .table-cell").queryAll()) {
            if (n instanceof TableCell<?, ?> c && c.getTableColumn() != null && "STATUS".equals(c.getTableColumn().getId())
                    && c.getItem() instanceof ProgramRow row && c.getGraphic() instanceof Label badge) {
                Label expected = (Label) reference.lookup("#ref-" + row.status().name());
                assertNotNull(badge.getBackground(), row.programId());
                assertEquals(row.status().name(), badge.getText());
                assertEquals(colours(expected), colours(badge), row.programId() + " " + row.status());
                seen.add(row.status());
            }
        }
        assertEquals(Set.of(ProgramStatus.values()), seen);
    }

    @Test
    void eachBadgeHasItsStatusColoursAfterTheRowsUnderItChange(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertBadgesMatchTheirStatus(robot);
        // Descending by program ID: every cell now shows another program, with another status.
        robot.interact(() -> model.sortBy(List.of(new ColumnSort(ProgramColumn.PROGRAM_ID, true))));
        WaitForAsyncUtils.waitForFxEvents();
        assertBadgesMatchTheirStatus(robot);
        robot.interact(() -> model.searchTextProperty().set("prog-0000"));
        WaitForAsyncUtils.waitForFxEvents();
        assertBadgesMatchTheirStatus(robot);
    }
}
