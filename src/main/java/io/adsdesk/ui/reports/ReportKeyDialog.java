package io.adsdesk.ui.reports;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Asks for the open account's reporting key (the Fusion API key Yelp enables for reporting), which
 * the model keeps in the credential store and puts to use at once; it can forget a stored one too.
 * Enter saves, Esc cancels.
 */
final class ReportKeyDialog extends Stage {

    ReportKeyDialog(Window owner, ReportsViewModel model) {
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setTitle("Reporting key — AdsDesk");
        model.clearKeyError();

        Label what = new Label("Reports come from Yelp's Reporting API, which needs a Fusion API key that Yelp "
                + "enables for reporting: not the partner-API password. AdsDesk keeps it in the operating system's "
                + "credential store, never in a file.");
        what.setWrapText(true);
        Label current = new Label(model.hasKeyProperty().get()
                ? "This account has a reporting key: a new one replaces it." : "This account has no reporting key yet.");
        current.setId("report-key-current");
        current.getStyleClass().add(Styles.TEXT_MUTED);
        PasswordField key = new PasswordField();
        key.setId("report-key-field");
        key.setPromptText("Fusion API key");
        Label error = new Label();
        error.setId("report-key-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.keyErrorProperty());
        error.visibleProperty().bind(model.keyErrorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());

        Button save = new Button("Save");
        save.setId("report-key-save");
        save.setDefaultButton(true);
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(key.textProperty().isEmpty().or(model.savingKeyProperty()));
        save.setOnAction(e -> model.saveKey(key.getText(), () -> {
            key.clear();
            close();
        }));
        Button cancel = new Button("Cancel");
        cancel.setId("report-key-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close());
        Button forget = new Button("Forget the key");
        forget.setId("report-key-forget");
        forget.getStyleClass().add(Styles.DANGER);
        forget.setTooltip(new Tooltip("Removes the key from the credential store: only figures already stored are shown"));
        forget.setVisible(model.hasKeyProperty().get());
        forget.setManaged(forget.isVisible());
        forget.disableProperty().bind(model.savingKeyProperty());
        forget.setOnAction(e -> model.forgetKey(this::close));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(8, forget, grow, save, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(12, what, current, key, error, buttons);
        root.setId("report-key-dialog");
        root.setPadding(new Insets(16));
        Scene scene = new Scene(root, 480, Region.USE_COMPUTED_SIZE);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        setScene(scene);
        setOnHidden(e -> key.clear());
        key.requestFocus();
    }
}
