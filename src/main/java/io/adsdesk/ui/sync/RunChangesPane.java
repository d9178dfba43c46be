package io.adsdesk.ui.sync;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.adsdesk.export.ChangeLine;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;

import java.io.File;
import java.util.Objects;
import java.util.function.Function;

/** Below the history: the selected run's changes (program, business, field, old → new) and their CSV export. */
final class RunChangesPane extends BorderPane {

    RunChangesPane(RunChangesViewModel model) {
        setId("run-changes");
        Label summary = new Label();
        summary.setId("run-changes-summary");
        summary.textProperty().bind(model.summaryProperty());
        Label exported = new Label();
        exported.setId("run-changes-exported");
        exported.getStyleClass().add(Styles.TEXT_MUTED);
        Button export = new Button("Export CSV…");
        export.setId("export-run-changes");
        export.disableProperty().bind(model.exportableProperty().not());
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export the changes of this run");
            chooser.setInitialFileName(model.suggestedFileName());
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                model.exportCsv(file.toPath(), n -> exported.setText("Saved " + n + " lines to " + file),
                        err -> exported.setText("Could not save: " + err.getMessage()));
            }
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, summary, grow, exported, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 14, 8, 14));
        setTop(bar);

        TableView<ChangeLine> table = new TableView<>(model.lines());
        table.setId("run-changes-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE, Styles.DENSE);
        table.setPlaceholder(new Label("No program changes to show"));
        table.getColumns().add(text("Change", 90, l -> l.kind().symbol() + " " + l.kind().label()));
        table.getColumns().add(text("Program ID", 200, ChangeLine::programId));
        table.getColumns().add(text("Business", 220, l -> Objects.requireNonNullElse(
                l.businessName(), Objects.requireNonNullElse(l.businessId(), ""))));
        table.getColumns().add(text("Field", 140, ChangeLine::field));
        table.getColumns().add(text("Old value", 190, ChangeLine::oldValue));
        table.getColumns().add(text("New value", 190, ChangeLine::newValue));
        setCenter(table);
    }

    private static TableColumn<ChangeLine, String> text(String title, double width, Function<ChangeLine, String> f) {
        TableColumn<ChangeLine, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        return c;
    }
}
