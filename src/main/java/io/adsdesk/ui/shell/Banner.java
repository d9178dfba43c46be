package io.adsdesk.ui.shell;

import atlantafx.base.theme.Styles;
import io.adsdesk.ui.sync.SyncState;
import io.adsdesk.ui.sync.SyncViewModel;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * "Offline: showing programs as of …" or a failure in plain words, with Retry. The table under it
 * stays fully usable.
 */
final class Banner extends HBox {

    Banner(SyncViewModel sync) {
        setId("sync-banner");
        getStyleClass().add("banner");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setPadding(new Insets(8, 12, 8, 12));

        Label text = new Label();
        text.setId("banner-text");
        text.setWrapText(true);
        text.textProperty().bind(sync.bannerTextProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);

        Label advice = new Label();
        advice.setId("banner-advice");
        advice.getStyleClass().add(Styles.TEXT_SMALL);
        advice.setText("The partner API could not be reached. Everything below is the last synced data; "
                + "automatic sync waits until you retry.");
        advice.setWrapText(true);

        Button retry = new Button("Retry");
        retry.setId("banner-retry");
        retry.disableProperty().bind(sync.runningProperty());
        retry.setOnAction(e -> sync.syncNow());
        Button dismiss = new Button("Dismiss");
        dismiss.setId("banner-dismiss");
        dismiss.getStyleClass().add(Styles.FLAT);
        dismiss.setOnAction(e -> sync.dismissError());

        getChildren().addAll(text, retry, dismiss);
        visibleProperty().bind(sync.bannerTextProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
        sync.stateProperty().addListener((obs, old, state) -> {
            getStyleClass().removeAll("banner-warning", "banner-danger");
            getStyleClass().add(state == SyncState.OFFLINE ? "banner-warning" : "banner-danger");
        });
    }
}
