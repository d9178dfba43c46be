package io.adsdesk.app;

import io.adsdesk.cli.LaunchOptions;
import io.adsdesk.model.Account;
import io.adsdesk.threads.Threads;
import io.adsdesk.ui.common.ThemeManager;
import io.adsdesk.ui.common.UiSettings;
import io.adsdesk.ui.programs.ProgramsViewModel;
import io.adsdesk.ui.shell.Dashboard;
import io.adsdesk.ui.shell.MainWindow;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/** The JavaFX application: builds the context, shows the main window, opens the right account. */
public final class DashboardApp extends Application {
    private AppContext context;
    private MainWindow window;

    private static final int PROMPT_PATIENCE_SECONDS = 3;
    /** The update check waits until start-up work (first rows, first sync) has had the machine. */
    private static final int UPDATE_CHECK_DELAY_SECONDS = 20;
    private static SingleInstance instance;
    private static StartupPreload preload = StartupPreload.none();
    private static LaunchOptions launch;
    private static Threads threads;

    /**
     * Called by {@link Main} for anything that is not a command-line command, holding the instance
     * lock; the app's context takes over {@code appThreads} and closes them on exit.
     */
    static void launchApp(String[] args, LaunchOptions options, SingleInstance lock, StartupPreload startupPreload,
                          Threads appThreads) {
        launch = options;
        instance = lock;
        preload = startupPreload;
        threads = appThreads;
        try {
            Application.launch(DashboardApp.class, args);
        } finally {
            lock.close();
        }
    }

    @Override
    public void start(Stage stage) {
        context = new AppContext(launch, preload, threads != null ? threads : new Threads("adsdesk"));
        UiSettings settings = context.settings();
        ThemeManager themes = new ThemeManager();
        themes.apply(settings.theme);
        Dashboard dashboard = context.dashboard();
        dashboard.setOpenFolder(folder -> getHostServices().showDocument(folder.toUri().toString()));
        window = new MainWindow(dashboard, theme -> {
            settings.theme = theme;
            themes.apply(theme);
            context.saveSettings();
        });
        window.programsView().restoreHiddenColumns(settings.hiddenColumns, hidden -> {
            settings.hiddenColumns = hidden;
            context.saveSettings();
        });
        window.programsView().restoreColumnWidths(settings.columnWidths, widths -> {
            settings.columnWidths = widths;
            context.saveSettings();
        });
        Scene scene = new Scene(window, settings.windowWidth, settings.windowHeight);
        StartupTimer.logFirstRows(dashboard.programs().totalCountProperty(), scene,
                () -> HeapTrim.afterFirstLoad(context.threads()));
        ThemeManager.style(scene);
        stage.setTitle("AdsDesk");
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = DashboardApp.class.getResource("icon-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
            }
        }
        stage.setScene(scene);
        restoreBounds(stage, settings);
        stage.setOnCloseRequest(e -> rememberBounds(stage, settings));
        stage.show();
        StartupTimer.logWindowShown();
        if (instance != null) {
            // A second launch with the same data directory brings this window back instead.
            instance.onActivate(() -> Platform.runLater(() -> {
                stage.setIconified(false);
                stage.show();
                stage.toFront();
            }));
        }
        openStartAccount(dashboard, settings);
        checkForUpdatesLater();
    }

    /**
     * Asks the release feed (if the user allows it and at most once a day) a little after start.
     * Not for {@code --demo} launches: tests, installer checks and AOT training start the app that way.
     */
    private void checkForUpdatesLater() {
        window.showUpdates(context.updates(), uri -> getHostServices().showDocument(uri.toString()));
        if (context.demoRequested()) {
            return;
        }
        PauseTransition delay = new PauseTransition(Duration.seconds(UPDATE_CHECK_DELAY_SECONDS));
        delay.setOnFinished(e -> context.updates().checkIfDue());
        delay.play();
    }

    private void openStartAccount(Dashboard dashboard, UiSettings settings) {
        if (context.demoRequested() || settings.lastAccountDemo) {
            dashboard.accounts().tryDemo(s -> { });
        } else if (settings.lastAccountUsername != null && settings.lastAccountBaseUrl != null) {
            Account last = new Account(settings.lastAccountUsername, settings.lastAccountBaseUrl);
            dashboard.accounts().reopen(last, s -> { }, account -> afterFirstLoad(dashboard.programs(),
                    () -> window.showConnectDialog(account)));
        }
        dashboard.accounts().refreshKnownAccounts();
    }

    /**
     * The password prompt of a reopened account waits for its cached programs: the table is on
     * screen first (building the dialog meanwhile would hold back the first rows), and the prompt
     * still comes if loading fails or takes unusually long.
     */
    private static void afterFirstLoad(ProgramsViewModel programs, Runnable action) {
        BooleanBinding settled = Bindings.createBooleanBinding(
                () -> programs.loadedProperty().get() || programs.loadErrorProperty().get() != null,
                programs.loadedProperty(), programs.loadErrorProperty());
        if (settled.get()) {
            action.run();
            return;
        }
        boolean[] done = new boolean[1];
        Runnable once = () -> {
            if (!done[0]) {
                done[0] = true;
                settled.dispose();
                action.run();
            }
        };
        settled.addListener((obs, was, now) -> {
            if (now) {
                Platform.runLater(once);
            }
        });
        PauseTransition patience = new PauseTransition(Duration.seconds(PROMPT_PATIENCE_SECONDS));
        patience.setOnFinished(e -> once.run());
        patience.play();
    }

    private static void restoreBounds(Stage stage, UiSettings s) {
        if (s.windowX != null && s.windowY != null) {
            Rectangle2D wanted = new Rectangle2D(s.windowX, s.windowY, s.windowWidth, s.windowHeight);
            boolean onScreen = Screen.getScreens().stream().anyMatch(sc -> sc.getVisualBounds().intersects(wanted));
            if (onScreen) {
                stage.setX(s.windowX);
                stage.setY(s.windowY);
            }
        }
        stage.setMaximized(s.windowMaximized);
    }

    @Override
    public void stop() {
        if (context == null) {
            return;
        }
        window.dispose();
        context.close();
    }

    /** Records the window's bounds before it closes. */
    static void rememberBounds(Stage stage, UiSettings s) {
        s.windowMaximized = stage.isMaximized();
        if (!stage.isMaximized()) {
            s.windowX = stage.getX();
            s.windowY = stage.getY();
            s.windowWidth = stage.getWidth();
            s.windowHeight = stage.getHeight();
        }
    }
}
