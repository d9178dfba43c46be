package io.adsdesk.ui.shell;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import io.adsdesk.ui.sync.SyncNotice;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * Non-blocking notifications in the bottom-right corner, clear of the filter bar and the column
 * headers; each closes itself after a few seconds.
 */
final class Notifier extends StackPane {
    private static final Duration SHOW_FOR = Duration.seconds(7);

    Notifier() {
        setId("notifications");
        setPickOnBounds(false);
        setAlignment(Pos.BOTTOM_RIGHT);
        setPadding(new Insets(12));
    }

    void show(SyncNotice notice) {
        show(notice, null, null);
    }

    /** A notice with one button, e.g. "Open folder"; the button closes the notice. */
    void show(SyncNotice notice, String actionText, Runnable action) {
        getChildren().clear();
        Notification n = new Notification(notice.text());
        n.setId("sync-notification");
        n.getStyleClass().add(Styles.ELEVATED_2);
        n.getStyleClass().add(switch (notice.kind()) {
            case SUCCESS -> Styles.SUCCESS;
            case INFO -> Styles.ACCENT;
            case WARNING -> Styles.WARNING;
            case DANGER -> Styles.DANGER;
        });
        n.setPrefWidth(360);
        n.setMaxWidth(360);
        n.setMaxHeight(USE_PREF_SIZE);
        n.setOnClose(e -> getChildren().remove(n));
        if (actionText != null) {
            Button button = new Button(actionText);
            button.setId("notification-action");
            button.setOnAction(e -> {
                getChildren().remove(n);
                action.run();
            });
            n.setPrimaryActions(button);
        }
        getChildren().add(n);
        PauseTransition hide = new PauseTransition(SHOW_FOR);
        hide.setOnFinished(e -> getChildren().remove(n));
        hide.play();
    }
}
