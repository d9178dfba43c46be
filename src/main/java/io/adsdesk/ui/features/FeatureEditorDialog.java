package io.adsdesk.ui.features;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * One feature's editor in its own window: the type's form, errors beside fields, the conflict list
 * when the feature changed at Yelp, Save and Cancel. A type AdsDesk does not know is shown as JSON,
 * read-only. Closes itself once saved.
 */
public final class FeatureEditorDialog extends Stage {
    private final java.util.function.Function<Window, javafx.beans.value.ObservableBooleanValue> addCredentials;

    public FeatureEditorDialog(Window owner, FeatureEditorViewModel model) {
        this(owner, model, null);
    }

    /**
     * @param addCredentials opens the Data Ingestion credentials dialog over the given window and answers
     *                       whether they were saved; null when the editor cannot offer it
     */
    public FeatureEditorDialog(Window owner, FeatureEditorViewModel model,
                               java.util.function.Function<Window, javafx.beans.value.ObservableBooleanValue> addCredentials) {
        this.addCredentials = addCredentials;
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setTitle(model.title() + " — AdsDesk");
        FeatureForm form = FeatureTypes.known(model.type()) ? FeatureForms.of(model) : null;
        VBox root = form == null ? readOnly(model) : editor(model, form);
        root.setPadding(new Insets(14));
        root.setId("feature-editor");
        setScene(new Scene(root, 600, form == null ? 480 : 560));
        model.stateProperty().addListener((obs, old, state) -> {
            if (state == FeatureEditorViewModel.State.SAVED || state == FeatureEditorViewModel.State.TOOK_YELPS) {
                close();
            }
        });
    }

    private VBox editor(FeatureEditorViewModel model, FeatureForm form) {
        Label heading = new Label(io.adsdesk.ui.common.Formats.feature(model.type()));
        heading.getStyleClass().add(Styles.TITLE_4);
        ScrollPane scroll = new ScrollPane(form.view());
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label whole = new Label();
        whole.setId("feature-error");
        whole.setWrapText(true);
        whole.getStyleClass().add(Styles.DANGER);
        whole.textProperty().bind(model.errorProperty(FeatureEditorViewModel.WHOLE));
        whole.managedProperty().bind(whole.textProperty().isNotEmpty());
        Label message = new Label();
        message.setId("feature-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        ListView<String> changes = new ListView<>(model.conflictChanges());
        changes.setId("feature-conflict-changes");
        changes.setPrefHeight(100);
        Button keepMine = new Button("Keep mine");
        keepMine.setId("feature-keep-mine");
        keepMine.getStyleClass().add(Styles.DANGER);
        keepMine.setOnAction(e -> model.keepMine());
        Button takeYelps = new Button("Take Yelp's");
        takeYelps.setId("feature-take-yelps");
        takeYelps.setOnAction(e -> model.takeYelps());
        Button back = new Button("Back to the form");
        back.setId("feature-keep-editing");
        back.setOnAction(e -> model.keepEditing());
        VBox conflict = new VBox(6, changes, new HBox(8, keepMine, takeYelps, back));
        BooleanBinding inConflict = model.stateProperty().isEqualTo(FeatureEditorViewModel.State.CONFLICT);
        conflict.visibleProperty().bind(inConflict);
        conflict.managedProperty().bind(inConflict);

        Button credentials = new Button("Add Data Ingestion credentials…");
        credentials.setId("feature-add-credentials");
        credentials.visibleProperty().bind(model.needsCredentialsProperty().and(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> addCredentials != null)));
        credentials.managedProperty().bind(credentials.visibleProperty());
        credentials.setOnAction(e -> addCredentials.apply(this).addListener((obs, was, saved) -> {
            if (saved) {
                model.credentialsAdded();
            }
        }));

        Button save = new Button("Save to Yelp");
        save.setId("feature-save");
        save.setDefaultButton(true);
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.stateProperty().isNotEqualTo(FeatureEditorViewModel.State.EDITING));
        save.setOnAction(e -> model.save(form.value()));
        Button cancel = new Button("Cancel");
        cancel.setId("feature-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close());
        return new VBox(10, heading, scroll, whole, message, credentials, conflict, buttons(save, cancel));
    }

    private VBox readOnly(FeatureEditorViewModel model) {
        Label note = new Label("AdsDesk does not know this feature type yet. This is what Yelp sent; AdsDesk keeps it "
                + "as it is and never overwrites it.");
        note.setWrapText(true);
        TextArea json = new TextArea(Json.pretty(model.opened()));
        json.setId("feature-json");
        json.setEditable(false);
        json.getStyleClass().add("monospace");
        VBox.setVgrow(json, Priority.ALWAYS);
        Button close = new Button("Close");
        close.setId("feature-cancel");
        close.setCancelButton(true);
        close.setDefaultButton(true);
        close.setOnAction(e -> close());
        return new VBox(10, note, json, buttons(close));
    }

    private static HBox buttons(Node... buttons) {
        HBox box = new HBox(8, buttons);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }
}
