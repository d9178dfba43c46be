package io.adsdesk.ui.jobs;

import atlantafx.base.theme.Styles;
import io.adsdesk.ui.common.Formats;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import java.util.function.Function;

/** The jobs panel: recent jobs with their status and problems in plain words. Binds to {@link JobsViewModel}. */
public final class JobsView extends BorderPane {

    public JobsView(JobsViewModel model) {
        setId("jobs-view");
        TableView<JobItem> table = new TableView<>(model.jobs());
        table.setId("jobs-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No jobs yet"));
        table.getColumns().setAll(
                column("Submitted", 150, j -> Formats.dateTime(j.submittedAt())),
                column("Action", 70, JobItem::kind),
                column("Program", 170, j -> j.programId() == null ? Formats.NONE : j.programId()),
                column("Status", 130, JobItem::statusText),
                column("Job", 150, JobItem::jobId),
                column("Problems", 300, JobItem::problems));
        setCenter(table);

        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        Button refresh = new Button("Refresh");
        refresh.setId("jobs-refresh");
        refresh.setOnAction(e -> model.load());
        HBox bar = new HBox(8, refresh, error);
        bar.setPadding(new Insets(8));
        setTop(bar);
    }

    private static TableColumn<JobItem, String> column(String title, double width, Function<JobItem, String> value) {
        TableColumn<JobItem, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
