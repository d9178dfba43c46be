package io.adsdesk.ui.common;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;

/** How the app's own windows (history, jobs, audit log) close: a Close button, and Esc anywhere in them. */
public final class WindowClosing {

    private WindowClosing() {
    }

    /** A "Close" button that hides the window {@code root} is shown in; Esc in that window does the same. */
    public static Button closeButton(Parent root, String id) {
        Button close = new Button("Close");
        close.setId(id);
        close.setCancelButton(true);
        close.setOnAction(e -> hide(root));
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                hide(root);
            }
        });
        return close;
    }

    /** The close button on its own at the bottom right, as the windows show it. */
    public static HBox closeBar(Parent root, String id) {
        HBox bar = new HBox(closeButton(root, id));
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(8, 12, 10, 12));
        return bar;
    }

    private static void hide(Parent root) {
        if (root.getScene() != null && root.getScene().getWindow() != null) {
            root.getScene().getWindow().hide();
        }
    }
}
