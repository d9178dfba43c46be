package io.adsdesk.ui.jobs;

import atlantafx.base.theme.Styles;
import io.adsdesk.ui.common.ColumnWidths;
import io.adsdesk.ui.common.Formats;
import io.adsdesk.ui.common.WindowClosing;
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

import java.util.List;
import java.util.function.Function;

/** The jobs panel: recent jobs with their status and problems in plain words. Binds to {@link JobsViewModel}. */
public final class JobsView extends BorderPane {
    /** The least the problems column shows before the window is widened. */
    private static final String FREE_TEXT_SAMPLE = "Yelp rejected the budget";

    public JobsView(JobsViewModel model) {
        this(model, ColumnWidths.inMemory());
    }

    public JobsView(JobsViewModel model, ColumnWidths widths) {
        setId("jobs-view");
        TableView<JobItem> table = new TableView<>(model.jobs());
        table.setId("jobs-table");
        table.setPlaceholder(new Label("No jobs yet"));
        TableColumn<JobItem, String> submitted = column("Submitted", j -> Formats.dateTime(j.submittedAt()));
        ColumnWidths.fit(submitted, "2026-12-31 23:59");
        TableColumn<JobItem, String> action = column("Action", JobItem::kind);
        ColumnWidths.fit(action, "CREATE", "EDIT");
        TableColumn<JobItem, String> program = column("Program", j -> j.programId() == null ? Formats.NONE : j.programId());
        ColumnWidths.fitIds(program);
        TableColumn<JobItem, String> status = column("Status", JobItem::statusText);
        ColumnWidths.fit(status, "PROCESSING", "COMPLETED (reading back)");
        TableColumn<JobItem, String> job = column("Job", JobItem::jobId);
        ColumnWidths.fitIds(job);
        TableColumn<JobItem, String> madeBy = column("Made by", j -> j.madeBy() == null ? Formats.NONE : j.madeBy());
        ColumnWidths.fit(madeBy, "someone on a-desktop-computer");
        TableColumn<JobItem, String> problems = column("Problems", JobItem::problems);
        ColumnWidths.fit(problems, FREE_TEXT_SAMPLE);
        problems.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        table.getColumns().setAll(List.of(submitted, action, program, status, job, madeBy, problems));
        widths.remember(table);
        setCenter(table);

        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        Button refresh = new Button("Refresh");
        refresh.setId("jobs-refresh");
        refresh.setOnAction(e -> model.load());
        HBox bar = new HBox(8, refresh, error);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        setTop(bar);
        setBottom(WindowClosing.closeBar(this, "jobs-close"));
    }

    private static TableColumn<JobItem, String> column(String title, Function<JobItem, String> value) {
        TableColumn<JobItem, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
