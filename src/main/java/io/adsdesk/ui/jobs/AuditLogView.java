package io.adsdesk.ui.jobs;

import atlantafx.base.theme.Styles;
import io.adsdesk.registry.AuditEntry;
import io.adsdesk.ui.common.Formats;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.time.LocalDate;
import java.util.function.Function;

/** The audit log, newest first, with "Export CSV…". Binds to {@link AuditLogViewModel}. */
public final class AuditLogView extends BorderPane {

    public AuditLogView(AuditLogViewModel model) {
        setId("audit-view");
        TableView<AuditEntry> table = new TableView<>(model.entries());
        table.setId("audit-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Nothing done yet"));
        table.getColumns().setAll(
                column("When", 150, e -> Formats.dateTime(e.at())),
                column("Action", 90, AuditEntry::action),
                column("Program", 170, e -> orNone(e.programId())),
                column("Outcome", 100, e -> orNone(e.outcome())),
                column("Job", 150, e -> orNone(e.jobId())),
                column("Message", 300, e -> orNone(e.message())));
        setCenter(table);

        Button export = new Button("Export CSV…");
        export.setId("audit-export");
        export.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.entries()));
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export the audit log to CSV");
            chooser.setInitialFileName("audit-" + LocalDate.now() + ".csv");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                model.exportCsv(file.toPath());
            }
        });
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> model.load());
        Label status = new Label();
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(model.statusProperty());
        HBox bar = new HBox(8, refresh, export, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        setTop(bar);
    }

    private static String orNone(String s) {
        return s == null || s.isBlank() ? Formats.NONE : s;
    }

    private static TableColumn<AuditEntry, String> column(String title, double width, Function<AuditEntry, String> value) {
        TableColumn<AuditEntry, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
