package io.adsdesk.ui.features;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A program's portfolio projects: create, edit, delete (after asking), publish all, hide all. */
public final class PortfolioDialog extends Stage {
    private final PortfolioViewModel model;
    private final ListView<PortfolioViewModel.ProjectRow> list;

    public PortfolioDialog(Window owner, PortfolioViewModel model) {
        this.model = model;
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setTitle("Portfolio of program " + model.programId() + " — AdsDesk");
        list = new ListView<>(model.projects());
        list.setId("portfolio-projects");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(PortfolioViewModel.ProjectRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.name() + "  ·  " + r.projectId() + (r.published() ? "  ·  published" : "  ·  hidden"));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                edit();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        var none = list.getSelectionModel().selectedItemProperty().isNull().or(model.busyProperty());
        Button create = button("New project", "portfolio-create", this::create);
        create.getStyleClass().add(Styles.ACCENT);
        create.disableProperty().bind(model.busyProperty());
        Button edit = button("Edit…", "portfolio-edit", this::edit);
        edit.disableProperty().bind(none);
        Button delete = button("Delete…", "portfolio-delete", this::delete);
        delete.disableProperty().bind(none);
        Button publish = button("Publish all", "portfolio-publish", () -> model.setAllPublished(true));
        publish.disableProperty().bind(model.busyProperty());
        Button hide = button("Hide all", "portfolio-hide", () -> model.setAllPublished(false));
        hide.disableProperty().bind(model.busyProperty());
        Label message = new Label();
        message.setId("portfolio-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Button close = button("Close", "portfolio-close", this::close);
        close.setCancelButton(true);
        HBox actions = new HBox(8, create, edit, delete, publish, hide);
        HBox bottom = new HBox(8, message, close);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(10, actions, list, bottom);
        root.setPadding(new Insets(14));
        root.setId("portfolio");
        setScene(new Scene(root, 620, 420));
        model.load();
    }

    private void create() {
        model.create(this::open);
    }

    private void edit() {
        PortfolioViewModel.ProjectRow r = list.getSelectionModel().getSelectedItem();
        if (r != null) {
            open(model.editor(r.projectId()));
        }
    }

    private void open(ProjectEditorViewModel editor) {
        ProjectDialog dialog = new ProjectDialog(this, editor);
        dialog.getScene().getStylesheets().setAll(getScene().getStylesheets());
        dialog.show();
    }

    private void delete() {
        PortfolioViewModel.ProjectRow r = list.getSelectionModel().getSelectedItem();
        if (r == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Delete project \"" + r.name() + "\" and its photos at Yelp? "
                + "This cannot be undone.", ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(this);
        confirm.setHeaderText("Delete project " + r.projectId() + "?");
        confirm.getDialogPane().setId("confirm-delete-project");
        confirm.getDialogPane().lookupButton(ButtonType.OK).setId("confirm-delete");
        confirm.setOnHidden(e -> {
            if (confirm.getResult() == ButtonType.OK) {
                model.delete(r.projectId());
            }
        });
        confirm.show();
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMnemonicParsing(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
