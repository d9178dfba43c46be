package io.adsdesk.ui.programs;

import io.adsdesk.model.Program;
import io.adsdesk.model.RunChanges;
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
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The status badge of the selected row stays readable while the table has the focus and the row takes
 * the strong accent: its text contrasts with what is drawn behind it at least 4.5:1 (WCAG AA), in
 * both themes, for every status.
 */
@ExtendWith(ApplicationExtension.class)
class SelectedRowBadgeFxTest {
    private static final Instant AT = Instant.parse("2026-03-15T10:00:00Z");
    private static final double AA_CONTRAST = 4.5;
    private static final List<String> STATUSES = List.of("CURRENT", "PAST", "FUTURE", "PAUSED");

    private ProgramsView view;
    private TableView<ProgramRow> table;

    @Start
    void start(Stage stage) {
        List<Program> programs = TestData.programs(8, 2);
        MemoryRegistry registry = new MemoryRegistry();
        registry.upsertBusinesses(TestData.businesses(2));
        SyncWrites.apply(registry, programs, List.of(), Set.of(),
                new SyncRun(0, AT, AT, SyncOutcome.SYNCED, 8, 0, 8, 8, 0, 0, 1, null),
                new RunChanges(0, true, true, List.of(), List.of()));
        ProgramsViewModel model = new ProgramsViewModel(new CurrentThreadTaskExecutor(), () -> TestData.TODAY);
        view = new ProgramsView(model);
        Scene scene = new Scene(view, 1280, 600);
        stage.setScene(scene);
        stage.show();
        model.setRegistry(registry);
    }

    @ParameterizedTest
    @EnumSource(value = Theme.class, names = {"LIGHT", "DARK"})
    @SuppressWarnings("unchecked")
    void theSelectedRowsBadgeIsReadable(Theme theme, FxRobot robot) {
        robot.interact(() -> {
            new ThemeManager().apply(theme);
            ThemeManager.style(view.getScene());
            table = (TableView<ProgramRow>) view.getScene().lookup("#programs-table");
        });
        for (int i = 0; i < STATUSES.size(); i++) {
            int index = i;
            robot.interact(() -> {
                table.requestFocus();
                table.getSelectionModel().clearAndSelect(index);
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                TableRow<?> row = selectedRow();
                Label badge = (Label) row.lookup(".status-badge");
                assertEquals(STATUSES.get(index), badge.getText());
                Color behind = over(fill(badge), fill(row));
                double contrast = contrast((Color) badge.getTextFill(), behind);
                assertTrue(contrast >= AA_CONTRAST, theme + " " + badge.getText() + ": text " + badge.getTextFill()
                        + " on " + behind + " contrasts only " + contrast + ":1");
            });
        }
    }

    private TableRow<?> selectedRow() {
        for (Node n : table.lookupAll(".table-row-cell")) {
            if (n instanceof TableRow<?> r && r.isSelected() && r.isVisible()) {
                return r;
            }
        }
        throw new AssertionError("no selected row on screen");
    }

    /** The last fill a region paints (null: nothing, transparent). */
    private static Color fill(Region r) {
        if (r.getBackground() == null || r.getBackground().getFills().isEmpty()) {
            return Color.TRANSPARENT;
        }
        return (Color) r.getBackground().getFills().getLast().getFill();
    }

    /** {@code top} painted over {@code bottom} (opaque). */
    private static Color over(Color top, Color bottom) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + bottom.getRed() * (1 - a), top.getGreen() * a + bottom.getGreen() * (1 - a),
                top.getBlue() * a + bottom.getBlue() * (1 - a));
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
