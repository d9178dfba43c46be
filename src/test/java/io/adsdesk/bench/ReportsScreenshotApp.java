package io.adsdesk.bench;

import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.common.Theme;
import io.adsdesk.ui.common.ThemeManager;
import io.adsdesk.ui.programs.BusinessOption;
import io.adsdesk.ui.reports.PacingRow;
import io.adsdesk.ui.reports.RangePreset;
import io.adsdesk.ui.reports.ReportTab;
import io.adsdesk.ui.reports.ReportsView;
import io.adsdesk.ui.reports.ReportsViewModel;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Reports window over generated cached figures (180 businesses, 120 days) and a month of
 * pacing, for screenshots under Xvfb (scripts/screenshot.sh). Argument: the tab to show (OVER_TIME,
 * RATES, BY_TYPE, TOP, PACING).
 */
public final class ReportsScreenshotApp extends Application {
    private static final int BUSINESSES = 180;

    @Override
    public void start(Stage stage) {
        ReportTab tab = ReportTab.valueOf(getParameters().getRaw().isEmpty() ? "OVER_TIME" : getParameters().getRaw().getFirst());
        LocalDate today = LocalDate.of(2026, 12, 18);
        ReportsFixture fixture = ReportsFixture.build(BUSINESSES, 120, today, pacing(today));
        ReportsViewModel model = new ReportsViewModel(new CurrentThreadTaskExecutor(), new CurrentThreadTaskExecutor(), () -> today);
        model.presetProperty().set(RangePreset.LAST_90_DAYS);
        model.setSource(fixture.source());
        model.tabProperty().set(tab);
        new ThemeManager().apply(Theme.LIGHT);
        ObservableList<BusinessOption> options = FXCollections.observableArrayList(BusinessOption.ALL);
        for (int b = 0; b < BUSINESSES; b++) {
            options.add(new BusinessOption(fixture.businessIds().get(b), ReportsFixture.name(b), 1));
        }
        Scene scene = new Scene(new ReportsView(model, options, id -> { }), 1180, 760);
        ThemeManager.style(scene);
        stage.setTitle("Reports — AdsDesk");
        stage.setScene(scene);
        stage.show();
    }

    /** Twenty CPC programs on the 18th of a 31-day month: most on track, some flagged either way. */
    private static List<PacingRow> pacing(LocalDate today) {
        List<PacingRow> rows = new ArrayList<>();
        double elapsed = (today.getDayOfMonth() - 1) / 31.0;
        double[] paces = {1.0, 0.97, 1.02, 0.45, 1.6, 0.99, 1.01, 0.3, 1.35, 0.98, 1.0, 0.95, 1.04, 0.62, 1.0, 1.8, 0.99, 1.03, 0.97, 1.0};
        for (int i = 0; i < paces.length; i++) {
            long budget = (300 + 150L * (i % 7)) * 100;
            long spent = Math.round(budget * elapsed * paces[i]);
            long projected = Math.round(spent / elapsed);
            PacingRow.Pace pace = projected > budget * 1.1 ? PacingRow.Pace.RUNS_OUT_EARLY
                    : projected < budget * 0.8 ? PacingRow.Pace.UNDER_SPEND : PacingRow.Pace.ON_TRACK;
            rows.add(new PacingRow("cpc-%s-%02d".formatted(Integer.toHexString(0x5a3f00 + i * 977), i),
                    "biz-%05d".formatted(i * 7), ReportsFixture.name(i * 7), spent, budget, projected, pace));
        }
        return rows;
    }

    /** Plain main for the class-path launch (a main class extending Application is refused there). */
    public static final class Launcher {
        private Launcher() {
        }

        public static void main(String[] args) {
            Application.launch(ReportsScreenshotApp.class, args);
        }
    }
}
