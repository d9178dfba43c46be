package io.adsdesk.ui.features;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Asks for the account's Data Ingestion username and password, which Yelp requires for feature calls. */
public final class CredentialsDialog extends Stage {

    public CredentialsDialog(Window owner, CredentialsViewModel model) {
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setTitle("Data Ingestion credentials — AdsDesk");
        Label what = new Label("Yelp gives resellers a second username and password for program features (its "
                + "\"Data Ingestion\" credentials). AdsDesk keeps them with the account's password.");
        what.setWrapText(true);
        TextField user = new TextField();
        user.setId("ingestion-username");
        PasswordField password = new PasswordField();
        password.setId("ingestion-password");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Username"), user);
        grid.addRow(1, new Label("Password"), password);
        Label error = new Label();
        error.setId("ingestion-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        Button save = new Button("Save and read features");
        save.setId("ingestion-save");
        save.setDefaultButton(true);
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> {
            model.save(user.getText(), password.getText().toCharArray());
            password.clear();
        });
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close());
        HBox buttons = new HBox(8, save, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(12, what, grid, error, buttons);
        root.setPadding(new Insets(16));
        root.setId("ingestion-dialog");
        setScene(new Scene(root, 460, 260));
        model.savedProperty().addListener((obs, was, done) -> {
            if (done) {
                close();
            }
        });
    }
}
