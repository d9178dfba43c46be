package io.adsdesk.ui.jobs;

import atlantafx.base.theme.Styles;
import io.adsdesk.registry.AuditEntry;
import io.adsdesk.ui.common.ColumnWidths;
import io.adsdesk.ui.common.Formats;
import io.adsdesk.ui.common.WindowClosing;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * The audit log, newest first, with "Export CSV…": the table says what changed, and the selected
 * entry shows in full underneath (account, before → after, request, receipt). Binds to {@link AuditLogViewModel}.
 */
public final class AuditLogView extends BorderPane {

    public AuditLogView(AuditLogViewModel model) {
        this(model, ColumnWidths.inMemory());
    }

    public AuditLogView(AuditLogViewModel model, ColumnWidths widths) {
        setId("audit-view");
        TableView<AuditEntry> table = new TableView<>(model.entries());
        table.setId("audit-table");
        table.setPlaceholder(new Label("Nothing done yet"));
        TableColumn<AuditEntry, String> when = column("When", e -> Formats.dateTime(e.at()));
        ColumnWidths.fit(when, "2026-12-31 23:59");
        TableColumn<AuditEntry, String> action = column("Action", AuditEntry::action);
        ColumnWidths.fit(action, "CREATE", "EDIT", "RESUME");
        TableColumn<AuditEntry, String> program = column("Program", e -> orNone(e.programId()));
        ColumnWidths.fitIds(program);
        TableColumn<AuditEntry, String> outcome = column("Outcome", e -> orNone(e.outcome()));
        ColumnWidths.fit(outcome, "PROCESSING", "COMPLETED");
        TableColumn<AuditEntry, String> job = column("Job", e -> orNone(e.jobId()));
        ColumnWidths.fitIds(job);
        TableColumn<AuditEntry, String> madeBy = column("Made by", e -> orNone(e.madeBy()));
        ColumnWidths.fit(madeBy, "someone on a-desktop-computer");
        TableColumn<AuditEntry, String> changes = column("Before → after", AuditDetails::changes);
        ColumnWidths.fit(changes, "budget $1,000.00 → $1,250.00");
        TableColumn<AuditEntry, String> message = column("Message", e -> e.message() == null ? "" : e.message());
        ColumnWidths.fit(message, "Yelp rejected the budget");
        table.getColumns().setAll(java.util.List.of(when, action, program, outcome, job, madeBy, changes, message));
        widths.remember(table);

        TextArea details = new TextArea();
        details.setId("audit-details");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPromptText("Select an entry to see its account, before and after, request and receipt.");
        details.getStyleClass().add("audit-details");
        details.textProperty().bind(Bindings.createStringBinding(() -> {
            AuditEntry e = table.getSelectionModel().getSelectedItem();
            return e == null ? "" : AuditDetails.text(e);
        }, table.getSelectionModel().selectedItemProperty()));
        SplitPane split = new SplitPane(table, details);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        setCenter(split);

        Button export = new Button("Export CSV…");
        export.setId("audit-export");
        export.disableProperty().bind(Bindings.isEmpty(model.entries()));
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
        setBottom(WindowClosing.closeBar(this, "audit-close"));
    }

    private static String orNone(String s) {
        return s == null || s.isBlank() ? Formats.NONE : s;
    }

    private static TableColumn<AuditEntry, String> column(String title, Function<AuditEntry, String> value) {
        TableColumn<AuditEntry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
