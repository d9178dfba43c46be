package io.adsdesk.ui.shell;

import io.adsdesk.sync.SyncProgress;
import io.adsdesk.threads.Threads;
import io.adsdesk.ui.accounts.AccountsViewModel;
import io.adsdesk.ui.common.FxTaskExecutor;
import io.adsdesk.ui.common.UiSettings;
import io.adsdesk.ui.programs.ProgramsViewModel;
import io.adsdesk.ui.sync.SyncHistoryViewModel;
import io.adsdesk.ui.sync.SyncViewModel;
import io.adsdesk.ui.testing.FakeGateway;
import io.adsdesk.ui.testing.TestData;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Export CSV" says where the file went, offers to open its folder, and remembers that folder. */
@ExtendWith(ApplicationExtension.class)
class ExportJourneyTest {
    private static final int PROGRAMS = 40;

    @TempDir
    Path dir;

    private final Threads threads = new Threads("test");
    private final List<Path> opened = new ArrayList<>();
    private final int[] saves = new int[1];
    private FakeGateway gateway;
    private Dashboard dashboard;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        gateway = new FakeGateway(PROGRAMS, 4);
        FxTaskExecutor load = new FxTaskExecutor(threads.fixedPool("load", 2));
        UiSettings settings = new UiSettings();
        settings.autoSyncMinutes = 0;
        dashboard = new Dashboard(new AccountsViewModel(gateway, load), new ProgramsViewModel(load, () -> TestData.TODAY),
                new SyncViewModel(new FxTaskExecutor(threads.singleThread("sync"))), new SyncHistoryViewModel(load),
                settings, () -> saves[0]++);
        dashboard.setOpenFolder(opened::add);
        window = new MainWindow(dashboard, t -> { });
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
    }

    @AfterEach
    void stopWorkers() {
        gateway.synchronizer.release();
        threads.close();
    }

    @Test
    void theToastShowsTheFullPathAndOpenFolderOpensIt(FxRobot robot) throws Exception {
        gateway.synchronizer.sync(SyncProgress.NONE, () -> false);
        robot.interact(() -> dashboard.accounts().tryDemo(s -> { }));
        TableView<?> table = robot.lookup("#programs-table").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == PROGRAMS
                && !dashboard.sync().runningProperty().get());

        Path folder = Files.createDirectory(dir.resolve("reports"));
        Path file = folder.resolve("programs.csv");
        int savesBefore = saves[0];
        robot.interact(() -> window.exportTo(file));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#notification-action").tryQuery().isPresent());

        String toast = robot.lookup("#sync-notification").queryAs(atlantafx.base.controls.Notification.class).getMessage();
        assertTrue(toast.contains(file.toString()), toast);
        assertEquals(PROGRAMS + 1, Files.readAllLines(file).size());
        assertEquals(folder.toString(), dashboard.settings().lastExportFolder);
        assertTrue(saves[0] > savesBefore, "the folder is saved in the settings");

        Button openFolder = robot.lookup("#notification-action").queryButton();
        assertEquals("Open folder", openFolder.getText());
        robot.interact(openFolder::fire);
        assertEquals(List.of(folder), opened);
    }
}
