package io.adsdesk.ui.sync;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.adsdesk.export.ChangeLine;
import io.adsdesk.model.ChangeKind;
import io.adsdesk.ui.common.ColumnWidths;
import io.adsdesk.ui.common.Formats;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;

import java.io.File;
import java.util.Objects;
import java.util.function.Function;

/**
 * Below the history: the selected run's changes (program, business, field, old → new, money spelled as
 * in the programs table) and their CSV export. Columns start wide enough for a whole ID and typical values.
 */
final class RunChangesPane extends BorderPane {

    /** A value as long as most: a budget change with its date. */
    private static final String TYPICAL_VALUE = "$12,500.00 from 2026-12-31";

    RunChangesPane(RunChangesViewModel model, ColumnWidths widths) {
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
        table.getColumns().add(text("Change", l -> l.kind().symbol() + " " + l.kind().label(),
                ChangeKind.REMOVED.symbol() + " " + ChangeKind.REMOVED.label(),
                ChangeKind.UPDATED.symbol() + " " + ChangeKind.UPDATED.label()));
        TableColumn<ChangeLine, String> id = text("Program ID", ChangeLine::programId);
        ColumnWidths.fitIds(id);
        table.getColumns().add(id);
        table.getColumns().add(withTooltip(text("Business", l -> Objects.requireNonNullElse(
                l.businessName(), Objects.requireNonNullElse(l.businessId(), "")), "Smith & Sons Pest Control")));
        table.getColumns().add(text("Field", ChangeLine::field, "Available features"));
        table.getColumns().add(withTooltip(text("Old value", l -> Formats.changedValue(l.field(), l.oldValue()),
                TYPICAL_VALUE)));
        table.getColumns().add(withTooltip(text("New value", l -> Formats.changedValue(l.field(), l.newValue()),
                TYPICAL_VALUE)));
        widths.remember(table);
        setCenter(table);
    }

    private static TableColumn<ChangeLine, String> text(String title, Function<ChangeLine, String> f, String... samples) {
        TableColumn<ChangeLine, String> c = new TableColumn<>(title);
        ColumnWidths.fit(c, samples);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        return c;
    }

    /** Long values (lists of features, categories) show whole in the cell's tooltip. */
    private static TableColumn<ChangeLine, String> withTooltip(TableColumn<ChangeLine, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        return column;
    }
}
