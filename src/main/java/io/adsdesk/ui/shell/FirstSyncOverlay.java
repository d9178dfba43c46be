package io.adsdesk.ui.shell;

import atlantafx.base.theme.Styles;
import io.adsdesk.ui.sync.SyncState;
import io.adsdesk.ui.sync.SyncViewModel;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Shown while the first sync of an empty registry runs: a determinate progress bar (pages,
 * programs, time left) and Cancel. Also the "no programs yet" state when that sync was cancelled.
 */
final class FirstSyncOverlay extends StackPane {

    FirstSyncOverlay(SyncViewModel sync) {
        setId("first-sync-overlay");
        getStyleClass().add("overlay");

        Label title = new Label("Downloading your programs");
        title.getStyleClass().add(Styles.TITLE_3);
        Label explain = new Label("This first sync copies every program to this computer. "
                + "Later, AdsDesk opens at once and syncs in the background.");
        explain.setWrapText(true);
        explain.getStyleClass().add(Styles.TEXT_MUTED);
        Label phase = new Label();
        phase.setId("first-sync-phase");
        phase.textProperty().bind(sync.phaseTextProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("first-sync-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(sync.progressProperty());
        Label detail = new Label();
        detail.setId("first-sync-detail");
        detail.textProperty().bind(sync.detailTextProperty());
        Label left = new Label();
        left.setId("first-sync-time-left");
        left.getStyleClass().add(Styles.TEXT_MUTED);
        left.textProperty().bind(sync.timeLeftTextProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-sync");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> sync.cancel());
        VBox running = new VBox(10, title, explain, phase, bar, detail, left, cancel);
        running.visibleProperty().bind(sync.stateProperty().isEqualTo(SyncState.FIRST_SYNC));
        running.managedProperty().bind(running.visibleProperty());

        Label emptyTitle = new Label("No programs yet");
        emptyTitle.getStyleClass().add(Styles.TITLE_3);
        Label emptyText = new Label("Sync to download this account's programs.");
        emptyText.getStyleClass().add(Styles.TEXT_MUTED);
        Button syncNow = new Button("Sync now");
        syncNow.setId("first-sync-start");
        syncNow.getStyleClass().add(Styles.ACCENT);
        syncNow.setOnAction(e -> sync.syncNow());
        VBox idle = new VBox(10, emptyTitle, emptyText, syncNow);
        idle.visibleProperty().bind(sync.stateProperty().isEqualTo(SyncState.NEVER_SYNCED));
        idle.managedProperty().bind(idle.visibleProperty());

        VBox card = new VBox(running, idle);
        card.getStyleClass().add("overlay-card");
        card.setMaxSize(460, USE_PREF_SIZE);
        card.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(card);
    }
}
