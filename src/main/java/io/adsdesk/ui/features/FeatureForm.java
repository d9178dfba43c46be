package io.adsdesk.ui.features;

import atlantafx.base.theme.Styles;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One feature type's form: rows of label, control and the error beside it (under the control, in
 * red, the control outlined), and how to turn the controls back into the feature's object.
 */
final class FeatureForm {
    private final FeatureEditorViewModel model;
    private final GridPane grid = new GridPane();
    private final VBox root = new VBox(8);
    private final Set<String> fields = new LinkedHashSet<>();
    private Supplier<Map<String, Object>> value = Map::of;
    private int row;

    FeatureForm(FeatureEditorViewModel model) {
        this.model = model;
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, inputs);
        grid.setHgap(12);
        grid.setVgap(6);
        root.getChildren().add(grid);
        root.setId("feature-form");
    }

    /** A labelled row for the wire field {@code field}; the control gets the id "feature-" + field. */
    FeatureForm row(String label, String field, Node control) {
        control.setId("feature-" + field.replace('_', '-'));
        Label name = new Label(label);
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label error = new Label();
        error.setId("feature-error-" + field.replace('_', '-'));
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty(field));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        model.errorProperty(field).addListener((obs, old, text) ->
                control.pseudoClassStateChanged(Styles.STATE_DANGER, !text.isEmpty()));
        VBox cell = new VBox(2, control, error);
        GridPane.setValignment(name, VPos.TOP);
        name.setPadding(new javafx.geometry.Insets(4, 0, 0, 0));
        grid.addRow(row++, name, cell);
        fields.add(field);
        model.setShownFields(fields);
        return this;
    }

    /** A line of explanation above the rows. */
    FeatureForm note(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        root.getChildren().add(root.getChildren().size() - 1, l);
        return this;
    }

    /** Anything below the rows (lists of businesses, projects). */
    FeatureForm below(Node node) {
        root.getChildren().add(node);
        return this;
    }

    FeatureForm value(Supplier<Map<String, Object>> value) {
        this.value = value;
        return this;
    }

    Map<String, Object> value() {
        return value.get();
    }

    Node view() {
        return root;
    }
}
