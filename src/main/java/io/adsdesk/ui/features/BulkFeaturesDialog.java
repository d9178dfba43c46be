package io.adsdesk.ui.features;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The same feature change on the selected programs: the change, then progress and each program's result. */
public final class BulkFeaturesDialog extends Stage {

    /**
     * "Features of selected programs…" for the table's menu: the dialog over the programs selected
     * when it is chosen; disabled while the account has no feature service.
     */
    public static javafx.scene.control.MenuItem menuItem(FeaturesViewModel features,
                                                         java.util.function.Supplier<java.util.List<String>> selectedIds,
                                                         java.util.function.Supplier<Scene> scene) {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem("Features of selected programs…");
        item.setId("bulk-features-item");
        item.setMnemonicParsing(false);
        item.disableProperty().bind(features.availableProperty().not());
        item.setOnAction(e -> open(features, selectedIds.get(), scene.get()));
        return item;
    }

    /** Opens the dialog over these programs, styled like {@code scene}. */
    public static BulkFeaturesDialog open(FeaturesViewModel features, java.util.List<String> programIds, Scene scene) {
        if (programIds.isEmpty() || features.gateway() == null) {
            return null;
        }
        BulkFeaturesDialog dialog = new BulkFeaturesDialog(scene.getWindow(), features.bulk(programIds));
        dialog.getScene().getStylesheets().setAll(scene.getStylesheets());
        dialog.show();
        return dialog;
    }

    public BulkFeaturesDialog(Window owner, BulkFeaturesViewModel model) {
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setTitle("Features of " + model.programIds().size() + " programs — AdsDesk");
        ChoiceBox<BulkFeaturesViewModel.Kind> kind = new ChoiceBox<>();
        kind.setId("bulk-kind");
        kind.getItems().setAll(BulkFeaturesViewModel.Kind.values());
        kind.setConverter(FeatureForms.labels(BulkFeaturesViewModel.Kind::label));
        kind.valueProperty().bindBidirectional(model.kindProperty());

        TextArea keywords = new TextArea();
        keywords.setId("bulk-keywords");
        keywords.setPromptText("Keywords to block, separated by commas or new lines");
        keywords.setPrefRowCount(3);
        keywords.setWrapText(true);
        keywords.textProperty().bindBidirectional(model.keywordsTextProperty());
        BooleanBinding isKeywords = model.kindProperty().isEqualTo(BulkFeaturesViewModel.Kind.BLOCK_KEYWORDS);
        keywords.visibleProperty().bind(isKeywords);
        keywords.managedProperty().bind(isKeywords);

        ChoiceBox<String> goal = new ChoiceBox<>();
        goal.setId("bulk-goal");
        goal.getItems().setAll(FeatureTypes.GOALS);
        goal.setConverter(FeatureForms.labels(FeatureTypes::goalLabel));
        goal.valueProperty().bindBidirectional(model.goalProperty());
        BooleanBinding isGoal = model.kindProperty().isEqualTo(BulkFeaturesViewModel.Kind.AD_GOAL);
        goal.visibleProperty().bind(isGoal);
        goal.managedProperty().bind(isGoal);

        Label error = new Label();
        error.setId("bulk-error");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());

        ProgressBar progress = new ProgressBar();
        progress.setId("bulk-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        Label message = new Label();
        message.setId("bulk-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        ListView<FeatureGateway.BulkOutcome> results = new ListView<>(model.results());
        results.setId("bulk-results");
        results.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(FeatureGateway.BulkOutcome o, boolean empty) {
                super.updateItem(o, empty);
                setText(empty || o == null ? null : o.programId() + (o.ok() ? ": changed"
                        : !o.sent() ? ": not sent (stopped)" : ": failed, " + o.error()));
                pseudoClassStateChanged(Styles.STATE_DANGER, o != null && !empty && !o.ok() && o.sent());
            }
        });
        VBox.setVgrow(results, Priority.ALWAYS);

        Button apply = new Button("Apply to all");
        apply.setId("bulk-apply");
        apply.setDefaultButton(true);
        apply.getStyleClass().add(Styles.ACCENT);
        apply.disableProperty().bind(model.stateProperty().isNotEqualTo(BulkFeaturesViewModel.State.EDITING));
        apply.setOnAction(e -> model.apply());
        Button stop = new Button("Stop");
        stop.setId("bulk-stop");
        stop.disableProperty().bind(model.stateProperty().isNotEqualTo(BulkFeaturesViewModel.State.RUNNING));
        stop.setOnAction(e -> model.cancel());
        Button close = new Button("Close");
        close.setId("bulk-close");
        close.setCancelButton(true);
        close.setOnAction(e -> close());
        HBox buttons = new HBox(8, apply, stop, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(10, new Label("Change"), kind, keywords, goal, error, progress, message, results, buttons);
        root.setPadding(new Insets(14));
        root.setId("bulk-features");
        setScene(new Scene(root, 520, 520));
    }
}
