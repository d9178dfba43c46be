package io.adsdesk.ui.shell;

import io.adsdesk.sync.SyncProgress;
import io.adsdesk.ui.accounts.AccountsViewModel;
import io.adsdesk.ui.common.FxTaskExecutor;
import io.adsdesk.ui.common.Theme;
import io.adsdesk.ui.common.ThemeManager;
import io.adsdesk.ui.common.UiSettings;
import io.adsdesk.ui.programs.ProgramsViewModel;
import io.adsdesk.ui.sync.SyncHistoryViewModel;
import io.adsdesk.ui.sync.SyncViewModel;
import io.adsdesk.ui.testing.FakeGateway;
import io.adsdesk.ui.testing.TestData;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.concurrent.Executors;

/**
 * The real main window over 2,000 generated programs, for screenshots under Xvfb
 * (scripts/screenshot.sh). Argument: light | dark | first-sync.
 */
public final class ScreenshotApp extends Application {

    @Override
    public void start(Stage stage) {
        String mode = getParameters().getRaw().isEmpty() ? "light" : getParameters().getRaw().getFirst();
        FakeGateway gateway = new FakeGateway(2000, 180);
        if (!mode.equals("first-sync")) {
            gateway.synchronizer.sync(SyncProgress.NONE, () -> false);
        } else {
            gateway.synchronizer.holdAfterFirstPage();
        }
        FxTaskExecutor load = new FxTaskExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "shot-load");
            t.setDaemon(true);
            return t;
        }));
        FxTaskExecutor sync = new FxTaskExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "shot-sync");
            t.setDaemon(true);
            return t;
        }));
        UiSettings settings = new UiSettings();
        settings.theme = mode.equals("dark") ? Theme.DARK : Theme.LIGHT;
        Dashboard dashboard = new Dashboard(new AccountsViewModel(gateway, load),
                new ProgramsViewModel(load, () -> TestData.TODAY), new SyncViewModel(sync),
                new SyncHistoryViewModel(load), settings, () -> { });
        new ThemeManager().apply(settings.theme);
        MainWindow window = new MainWindow(dashboard, t -> { });
        Scene scene = new Scene(window, 1400, 900);
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.setTitle("AdsDesk");
        stage.show();
        dashboard.accounts().tryDemo(s -> { });
        new Thread(() -> {
            try {
                Thread.sleep(4000);
            } catch (InterruptedException ignored) {
                return;
            }
            Platform.runLater(() -> {
                var table = (javafx.scene.control.TableView<?>) scene.lookup("#programs-table");
                if (table != null && !table.getItems().isEmpty()) {
                    table.getSelectionModel().select(2);
                    window.programsView().showDetails(true);
                }
            });
        }).start();
    }
}
