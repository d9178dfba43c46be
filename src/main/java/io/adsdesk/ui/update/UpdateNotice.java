package io.adsdesk.ui.update;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import io.adsdesk.update.Release;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;

import java.net.URI;
import java.util.function.Consumer;

/**
 * A quiet notice in the bottom-right corner, over the table: "AdsDesk X is available", a button to
 * its download page, and a close button. It stays until closed; clicks elsewhere pass through.
 */
public final class UpdateNotice extends StackPane {
    private static final double WIDTH = 380;

    public UpdateNotice(UpdateViewModel updates, Consumer<URI> openInBrowser) {
        setPickOnBounds(false);
        setAlignment(Pos.BOTTOM_RIGHT);
        setPadding(new Insets(12));

        Notification notice = new Notification();
        notice.setId("update-notice");
        notice.getStyleClass().addAll(Styles.ELEVATED_2, Styles.ACCENT);
        notice.setPrefWidth(WIDTH);
        notice.setMaxWidth(WIDTH);
        notice.setMaxHeight(USE_PREF_SIZE);
        Button download = new Button();
        download.setId("update-download");
        download.setMnemonicParsing(false);
        download.setOnAction(e -> {
            Release r = updates.availableProperty().get();
            if (r != null) {
                openInBrowser.accept(r.page());
            }
        });
        notice.setPrimaryActions(download);
        notice.setOnClose(e -> updates.dismiss());

        updates.availableProperty().addListener((obs, old, release) -> show(notice, download, release));
        show(notice, download, updates.availableProperty().get());
        getChildren().add(notice);
    }

    private static void show(Notification notice, Button download, Release release) {
        if (release != null) {
            notice.setMessage("AdsDesk " + release.version() + " is available. You can keep working; "
                    + "install it when it suits you.");
            download.setText("Download AdsDesk " + release.version());
        }
        notice.setVisible(release != null);
    }
}
