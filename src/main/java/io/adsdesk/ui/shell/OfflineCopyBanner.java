package io.adsdesk.ui.shell;

import atlantafx.base.theme.Styles;
import io.adsdesk.ui.accounts.OfflineBannerModel;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * "Team registry unreachable since HH:MM — showing the copy from TIME; changes are disabled", why, and
 * Retry. While shown, the team registry is also asked again every {@link #RETRY_EVERY}: once it
 * answers, the account reopens from it and the banner goes.
 */
final class OfflineCopyBanner extends HBox {
    static final Duration RETRY_EVERY = Duration.seconds(30);

    OfflineCopyBanner(OfflineBannerModel model) {
        setId("offline-copy-banner");
        getStyleClass().addAll("banner", "banner-warning");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setPadding(new Insets(8, 12, 8, 12));

        Label text = new Label();
        text.setId("offline-copy-text");
        text.setWrapText(true);
        text.textProperty().bind(model.textProperty());
        Label detail = new Label();
        detail.setId("offline-copy-detail");
        detail.setWrapText(true);
        detail.getStyleClass().add(Styles.TEXT_SMALL);
        detail.textProperty().bind(model.detailProperty());
        VBox words = new VBox(2, text, detail);
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMaxWidth(Double.MAX_VALUE);

        Button retry = new Button("Retry");
        retry.setId("offline-copy-retry");
        retry.disableProperty().bind(model.retryingProperty());
        retry.setOnAction(e -> model.retry());
        getChildren().addAll(words, retry);

        visibleProperty().bind(model.textProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
        Timeline again = new Timeline(new KeyFrame(RETRY_EVERY, e -> model.retry()));
        again.setCycleCount(Timeline.INDEFINITE);
        visibleProperty().addListener((o, was, shown) -> {
            if (shown) {
                again.playFromStart();
            } else {
                again.stop();
            }
        });
    }
}
