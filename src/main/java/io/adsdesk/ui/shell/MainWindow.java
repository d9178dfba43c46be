package io.adsdesk.ui.shell;

import io.adsdesk.model.Account;
import io.adsdesk.ui.accounts.AccountSession;
import io.adsdesk.ui.accounts.ConnectDialog;
import io.adsdesk.ui.accounts.DamagedRegistry;
import io.adsdesk.ui.accounts.RecoveryDialog;
import io.adsdesk.ui.accounts.RecoveryViewModel;
import io.adsdesk.ui.common.ColumnWidths;
import io.adsdesk.ui.common.Formats;
import io.adsdesk.ui.common.Theme;
import io.adsdesk.ui.jobs.ProgramActionsBar;
import io.adsdesk.ui.programs.ProgramsView;
import io.adsdesk.ui.sync.SyncHistoryView;
import io.adsdesk.ui.sync.SyncNotice;
import io.adsdesk.ui.sync.SyncState;
import io.adsdesk.ui.update.AboutBox;
import io.adsdesk.ui.update.UpdateNotice;
import io.adsdesk.ui.update.UpdateViewModel;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

/** The main window's layout: toolbar, banner, programs, overlays, status bar. Wiring only. */
public final class MainWindow extends BorderPane {
    private final Dashboard dashboard;
    private final Consumer<Theme> onTheme;
    private final ProgramsView programsView;
    private final Notifier notifier = new Notifier();
    private final StackPane center = new StackPane();
    private UpdateViewModel updates;
    private Timeline autoSync;
    /** The Reports window, once opened; it is hidden, not closed, so its range and scope stay. */
    private Stage reportsStage;
    /** A notice that waits for the programs being reloaded. */
    private SyncNotice waitingNotice;

    public MainWindow(Dashboard dashboard, Consumer<Theme> onTheme) {
        this.dashboard = dashboard;
        this.onTheme = onTheme;
        this.programsView = new ProgramsView(dashboard.programs());
        setId("main-window");
        createView();
        startAutoSync(dashboard.settings().autoSyncMinutes);
    }

    private void createView() {
        AppToolbar toolbar = new AppToolbar(dashboard, this, onTheme);
        toolbar.getChildren().add(helpMenu());
        ProgramActionsBar actions = new ProgramActionsBar(dashboard.actions(), dashboard.programs().businessOptions(),
                columnWidths());
        actions.visibleProperty().bind(dashboard.accounts().sessionProperty().isNotNull());
        actions.managedProperty().bind(actions.visibleProperty());
        javafx.scene.control.ContextMenu rowMenu = actions.contextMenu();
        programsView.setProgramActions(rowMenu, actions.selectionButtons());
        if (dashboard.features() != null) {
            programsView.setFeatures(dashboard.features());
            rowMenu.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(),
                    io.adsdesk.ui.features.BulkFeaturesDialog.menuItem(dashboard.features(),
                            () -> programsView.selectedRows().stream().map(r -> r.programId()).toList(),
                            () -> getScene()));
        }
        rowMenu.getItems().add(new javafx.scene.control.SeparatorMenuItem());
        rowMenu.getItems().addAll(io.adsdesk.ui.queue.BulkChangeMenu.items(this::openBulkChange));
        setTop(new VBox(toolbar, actions, new OfflineCopyBanner(dashboard.accounts().offline()), new Banner(dashboard.sync())));

        FirstSyncOverlay firstSync = new FirstSyncOverlay(dashboard.sync());
        firstSync.visibleProperty().bind(Bindings.createBooleanBinding(() -> {
            SyncState s = dashboard.sync().stateProperty().get();
            return dashboard.accounts().getSession() != null && dashboard.programs().loadedProperty().get()
                    && (s == SyncState.FIRST_SYNC
                    || s == SyncState.NEVER_SYNCED && dashboard.programs().totalCountProperty().get() == 0);
        }, dashboard.sync().stateProperty(), dashboard.accounts().sessionProperty(),
                dashboard.programs().loadedProperty(), dashboard.programs().totalCountProperty()));
        WelcomePane welcome = new WelcomePane(this::showConnectDialog, this::openDemo, dashboard.accounts().errorProperty());
        welcome.visibleProperty().bind(dashboard.accounts().sessionProperty().isNull()
                .and(dashboard.accounts().busyProperty().not()));
        center.getChildren().addAll(programsView, firstSync, welcome, notifier);
        setCenter(center);
        if (dashboard.posting() != null) {
            usePendingPanel(toolbar);
        }
        setBottom(new StatusBar(dashboard.programs(), dashboard.sync()));

        dashboard.sync().noticeProperty().addListener((obs, old, notice) -> showWhenLoaded(notice));
        dashboard.actions().noticeProperty().addListener((obs, old, notice) -> showWhenLoaded(notice));
        dashboard.programs().loadingProperty().addListener((obs, was, loading) -> {
            if (!loading && waitingNotice != null) {
                SyncNotice notice = waitingNotice;
                waitingNotice = null;
                notifier.show(notice);
            }
        });
        programsView.setOnCopied(n -> notifier.show(n < 0
                ? new SyncNotice(SyncNotice.Kind.DANGER, "Copy failed", "Could not copy the selected rows.")
                : new SyncNotice(SyncNotice.Kind.SUCCESS, "Copied", Formats.count(n, "row", "rows")
                        + " copied with a header row: paste them into a spreadsheet.")));
        programsView.useSavedViews(dashboard.settings().savedViews, this::accountKey, dashboard::saveSettings);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
            }
        });
        dashboard.accounts().damagedProperty().addListener((obs, old, damaged) -> {
            if (damaged != null) {
                showRecoveryDialog(damaged);
            }
        });
    }

    /** The account's registry is damaged: restore a backup or rebuild from Yelp, then open it again; or quit. */
    private void showRecoveryDialog(DamagedRegistry damaged) {
        RecoveryViewModel model = dashboard.accounts().recoveryFor(damaged);
        new RecoveryDialog(getScene().getWindow(), model).showAndWait()
                .filter(RecoveryDialog.QUIT::equals)
                .ifPresent(quit -> javafx.application.Platform.exit());
    }

    /**
     * Shows a notice once the table shows what it reports: a sync or an action that changed the
     * registry reloads the programs, and "Added 2,000" or "is paused" over the old rows would
     * contradict them.
     */
    private void showWhenLoaded(SyncNotice notice) {
        if (notice == null) {
            return;
        }
        if (dashboard.programs().loadingProperty().get()) {
            waitingNotice = notice;
        } else {
            notifier.show(notice);
        }
    }

    /** Whose saved views the Views menu shows: "demo", "user@https://host", or null without an account. */
    private String accountKey() {
        AccountSession s = dashboard.accounts().getSession();
        return s == null ? null : s.demo() ? "demo" : s.account().username() + "@" + s.account().baseUrl();
    }

    private javafx.scene.control.MenuButton helpMenu() {
        javafx.scene.control.MenuButton help = new javafx.scene.control.MenuButton("Help");
        help.setId("help-menu");
        help.getStyleClass().add(atlantafx.base.theme.Styles.FLAT);
        javafx.scene.control.MenuItem keys = new javafx.scene.control.MenuItem("Keyboard shortcuts (F1)");
        keys.setId("menu-shortcuts");
        keys.setOnAction(e -> showShortcuts());
        help.getItems().add(keys);
        return help;
    }

    /** F1: every keyboard shortcut. */
    public void showShortcuts() {
        ShortcutsHelp.show(getScene() == null ? null : getScene().getWindow());
    }

    private void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), this::showShortcuts);
        Runnable sync = () -> dashboard.sync().syncNow();
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), sync);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), sync);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), programsView::focusSearch);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::exportCsv);
        // Text fields handle their own Ctrl+Z first; elsewhere it undoes the last edit of the change queue.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
                () -> dashboard.pendingChanges().undo());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN),
                () -> dashboard.pendingChanges().redo());
        scene.getAccelerators().put(REPORTS_KEY, this::showReports);
        scene.getAccelerators().put(PENDING_KEY, this::togglePendingChanges);
        scene.getAccelerators().put(SCHEDULED_KEY, this::showScheduledChanges);
        scene.getAccelerators().put(IMPORT_KEY, this::importChanges);
        io.adsdesk.ui.queue.BulkChangeMenu.KEYS.forEach((kind, key) ->
                scene.getAccelerators().put(key, () -> openBulkChange(kind)));
    }

    /**
     * The bulk change dialog over the selected programs, on one kind of change; with no account
     * or no selection, a notice says what to do instead.
     */
    public io.adsdesk.ui.queue.BulkChangeDialog openBulkChange(io.adsdesk.ui.queue.BulkChangeForm.Kind kind) {
        if (dashboard.accounts().getSession() == null) {
            return null;
        }
        java.util.List<String> ids = programsView.selectedRows().stream().map(r -> r.programId()).toList();
        if (ids.isEmpty()) {
            notifier.show(new SyncNotice(SyncNotice.Kind.WARNING, "Nothing selected",
                    "Select the programs to change first."));
            return null;
        }
        io.adsdesk.ui.queue.BulkChangeDialog dialog = new io.adsdesk.ui.queue.BulkChangeDialog(getScene().getWindow(),
                dashboard.pendingChanges(), ids, kind, dashboard.clock(), java.time.ZoneId.systemDefault());
        dialog.getScene().getStylesheets().setAll(getScene().getStylesheets());
        dialog.show();
        return dialog;
    }

    /** Shows or hides the Pending changes pane (Ctrl+J). */
    static final KeyCombination PENDING_KEY = new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN);
    private final javafx.scene.control.ToggleButton pendingToggle = new javafx.scene.control.ToggleButton();
    private Timeline dueCheck;

    /**
     * The docked Pending changes pane under the table, its toolbar toggle with the count, and the
     * due-check: every 30 seconds while an account is open, scheduled changes whose time has come
     * are posted, and a notice tells of any that went late.
     */
    private void usePendingPanel(AppToolbar toolbar) {
        io.adsdesk.ui.queue.PostingViewModel posting = dashboard.posting();
        io.adsdesk.ui.queue.PendingChangesPanel panel = new io.adsdesk.ui.queue.PendingChangesPanel(
                dashboard.pendingChanges(), posting, new io.adsdesk.ui.queue.ScheduledChangesViewModel(
                        dashboard.pendingChanges(), dashboard.clock(), java.time.ZoneId.systemDefault()), this::businessOf);
        pendingPanel = panel;
        panel.setOnImport(this::importChanges);
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(center);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        setCenter(split);
        pendingToggle.setId("pending-toggle");
        pendingToggle.setMnemonicParsing(false);
        pendingToggle.textProperty().bind(Bindings.createStringBinding(
                () -> "✎ Pending changes (" + dashboard.pendingChanges().changes().size() + ")",
                dashboard.pendingChanges().changes()));
        pendingToggle.setTooltip(new javafx.scene.control.Tooltip("Show or hide the pending changes (Ctrl+J)"));
        pendingToggle.disableProperty().bind(dashboard.accounts().sessionProperty().isNull());
        pendingToggle.selectedProperty().addListener((obs, was, shown) -> {
            if (shown && !split.getItems().contains(panel)) {
                split.getItems().add(panel);
                split.setDividerPositions(0.6);
            } else if (!shown) {
                split.getItems().remove(panel);
            }
        });
        toolbar.getChildren().add(toolbar.getChildren().size() - 1, pendingToggle);
        posting.setOnLate(late -> notifier.show(new SyncNotice(SyncNotice.Kind.WARNING, "Posted late",
                Formats.count(late.size(), "scheduled change was", "scheduled changes were")
                        + " posted late: " + late.getFirst().message())));
        dueCheck = new Timeline(new KeyFrame(Duration.seconds(30), e -> {
            if (getScene() == null || getScene().getWindow() == null || !getScene().getWindow().isShowing()) {
                dueCheck.stop(); // the window is gone
            } else {
                checkDue();
            }
        }));
        dueCheck.setCycleCount(Animation.INDEFINITE);
        dueCheck.play();
    }

    /** The due check: with an account open, the scheduled changes whose time has come are posted. */
    void checkDue() {
        if (dashboard.accounts().getSession() != null && dashboard.posting() != null) {
            dashboard.posting().postDue();
        }
    }

    /** Ctrl+Shift+J: the Pending changes pane on its Scheduled tab. */
    static final KeyCombination SCHEDULED_KEY = new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private io.adsdesk.ui.queue.PendingChangesPanel pendingPanel;

    /** Shows the pending changes on the Scheduled tab, with countdowns, Cancel and Reschedule. */
    public void showScheduledChanges() {
        if (pendingPanel == null || pendingToggle.isDisabled()) {
            return;
        }
        pendingToggle.setSelected(true);
        pendingPanel.showScheduled();
    }

    /** Ctrl+Shift+I: "Import changes from CSV…". */
    static final KeyCombination IMPORT_KEY = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    /**
     * "Import changes from CSV…": a spreadsheet in the columns {@code adsdesk apply} reads. With an
     * error nothing is queued and every problem is listed by row and column; otherwise its changes
     * are queued (one undo step) and any warnings are listed.
     */
    public void importChanges() {
        if (dashboard.accounts().getSession() == null || dashboard.pendingChanges().queue() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import changes from CSV");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            importChanges(file.toPath());
        }
    }

    /** Imports this file against the programs the table holds. */
    public void importChanges(Path file) {
        java.util.Map<String, io.adsdesk.model.Program> programs = new java.util.HashMap<>();
        for (io.adsdesk.ui.programs.ProgramRow row : dashboard.programs().rows()) {
            programs.put(row.programId(), row.program());
        }
        dashboard.pendingChanges().importCsv(file, programs, java.time.Clock.systemUTC(), result -> {
            if (!result.valid() || !result.warnings().isEmpty()) {
                io.adsdesk.ui.queue.ImportProblemsDialog dialog = new io.adsdesk.ui.queue.ImportProblemsDialog(
                        getScene().getWindow(), String.valueOf(file.getFileName()), result);
                dialog.getScene().getStylesheets().setAll(getScene().getStylesheets());
                dialog.show();
            } else {
                notifier.show(new SyncNotice(SyncNotice.Kind.SUCCESS, "Imported",
                        Formats.count(result.changes().size(), "change", "changes") + " queued from "
                                + file.getFileName() + ": post them from the pending changes."));
            }
        });
    }

    /** Shows or hides the Pending changes pane. */
    public void togglePendingChanges() {
        if (!pendingToggle.isDisabled()) {
            pendingToggle.setSelected(!pendingToggle.isSelected());
        }
    }

    /** The business of a loaded program, whether the table's filters show it or not. */
    private String businessOf(String programId) {
        return dashboard.programs().loadedRow(programId)
                .map(row -> row.businessName() == null ? "" : row.businessName()).orElse("");
    }

    /** Opens the Reports window (Ctrl+Shift+R). */
    static final KeyCombination REPORTS_KEY = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    /**
     * Opens the Reports window beside this one, or brings it to the front; the programs selected in the
     * table are its "Selected programs" scope, and its pacing table selects programs here.
     */
    public void showReports() {
        io.adsdesk.ui.reports.ReportsViewModel model = dashboard.reports();
        if (model == null || getScene() == null) {
            return;
        }
        if (reportsStage == null) {
            io.adsdesk.ui.reports.ReportsView view = new io.adsdesk.ui.reports.ReportsView(model,
                    dashboard.programs().businessOptions(), this::revealProgram);
            view.useExportFolder(() -> ExportFolder.initial(dashboard.settings().lastExportFolder, ExportFolder.home()),
                    folder -> {
                        dashboard.settings().lastExportFolder = folder.toString();
                        dashboard.saveSettings();
                    });
            programsView.selectedRows().addListener((javafx.collections.ListChangeListener<io.adsdesk.ui.programs.ProgramRow>) c ->
                    model.selectedProgramsProperty().set(selectedProgramIds()));
            model.selectedProgramsProperty().set(selectedProgramIds());
            reportsStage = new Stage();
            reportsStage.initOwner(getScene().getWindow());
            reportsStage.setTitle("Reports — AdsDesk");
            Scene scene = new Scene(view, 1180, 760);
            scene.getStylesheets().setAll(getScene().getStylesheets());
            scene.getAccelerators().put(REPORTS_KEY, () -> reportsStage.hide());
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), () -> reportsStage.hide());
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), model::fetchFromYelp);
            reportsStage.setScene(scene);
        }
        reportsStage.show();
        reportsStage.toFront();
    }

    private java.util.List<String> selectedProgramIds() {
        return programsView.selectedRows().stream().filter(java.util.Objects::nonNull)
                .map(io.adsdesk.ui.programs.ProgramRow::programId).toList();
    }

    /** From the pacing table: the program selected here, this window in front. */
    private void revealProgram(String programId) {
        if (programsView.reveal(programId) && getScene() != null && getScene().getWindow() instanceof Stage main) {
            main.toFront();
        }
    }

    /** (Re)starts the automatic sync timer; 0 minutes turns it off. Ticks are skipped while offline. */
    public void startAutoSync(int minutes) {
        if (autoSync != null) {
            autoSync.stop();
            autoSync = null;
        }
        if (minutes > 0) {
            autoSync = new Timeline(new KeyFrame(Duration.minutes(minutes), e -> dashboard.sync().autoSyncTick()));
            autoSync.setCycleCount(Animation.INDEFINITE);
            autoSync.play();
        }
    }

    /** Shows the update notice (bottom right) of {@code updates}; its download button opens the page with {@code browser}. */
    public void showUpdates(UpdateViewModel updates, Consumer<URI> browser) {
        this.updates = updates;
        center.getChildren().add(new UpdateNotice(updates, browser));
    }

    public void dispose() {
        startAutoSync(0);
    }

    public ProgramsView programsView() {
        return programsView;
    }

    public void showConnectDialog() {
        AccountSession current = dashboard.accounts().getSession();
        if (current == null || current.demo()) {
            dashboard.accounts().prepareForm(null);
        }
        new ConnectDialog(getScene().getWindow(), dashboard.accounts(), s -> { }).show();
    }

    /** Asks for the password of a known account (e.g. at start when none is stored). */
    public void showConnectDialog(Account account) {
        dashboard.accounts().prepareForm(account);
        new ConnectDialog(getScene().getWindow(), dashboard.accounts(), s -> { }).show();
    }

    private void openDemo() {
        dashboard.accounts().tryDemo(s -> { });
    }

    void exportCsv() {
        if (dashboard.programs().shownCountProperty().get() == 0) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export programs to CSV");
        chooser.setInitialDirectory(ExportFolder.initial(dashboard.settings().lastExportFolder, ExportFolder.home()).toFile());
        chooser.setInitialFileName("programs-" + LocalDate.now() + ".csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    /**
     * Writes the filtered, sorted rows to {@code target} (the same file {@code adsdesk export --format csv}
     * writes for this view), remembers its folder for the next export, and says where it went.
     */
    public void exportTo(Path target) {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        dashboard.programs().exportCsv(file,
                n -> {
                    dashboard.settings().lastExportFolder = folder.toString();
                    dashboard.saveSettings();
                    notifier.show(new SyncNotice(SyncNotice.Kind.SUCCESS, "Exported",
                            "Exported " + Formats.count(n) + " programs to " + file), "Open folder",
                            () -> dashboard.openFolder(folder));
                },
                e -> notifier.show(new SyncNotice(SyncNotice.Kind.DANGER, "Export failed",
                        "Could not write " + file + ": " + e.getMessage())));
    }

    /** The history, jobs and audit windows keep the column widths the user sets in the settings. */
    private ColumnWidths columnWidths() {
        return new ColumnWidths(dashboard.settings().windowColumnWidths, dashboard::saveSettings);
    }

    void showHistory() {
        dashboard.loadHistory();
        Stage stage = new Stage();
        stage.initOwner(getScene().getWindow());
        stage.setTitle("Sync history — AdsDesk");
        Scene scene = new Scene(new SyncHistoryView(dashboard.history(), columnWidths()));
        scene.getStylesheets().setAll(getScene().getStylesheets());
        stage.setScene(scene);
        stage.show();
    }

    /** Builds the support report off the FX thread and puts it on the clipboard. */
    void copyDiagnostics() {
        dashboard.buildDiagnostics(text -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(text);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            notifier.show(new SyncNotice(SyncNotice.Kind.SUCCESS, "Diagnostics copied",
                    "Versions, folders and the end of the log are on the clipboard; paste them into your support request."));
        }, error -> notifier.show(new SyncNotice(SyncNotice.Kind.DANGER, "Diagnostics", "Could not build the report: "
                + error.getMessage())));
    }

    /** Settings › "Tell me when a new version is out": remembered; turning it off also hides a notice on screen. */
    void checkForUpdates(boolean on) {
        dashboard.settings().checkForUpdates = on;
        dashboard.saveSettings();
        if (!on && updates != null) {
            updates.dismiss();
        }
    }

    void showAbout() {
        AboutBox.create(getScene().getWindow()).show();
    }
}
