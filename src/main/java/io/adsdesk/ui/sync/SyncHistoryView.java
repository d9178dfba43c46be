package io.adsdesk.ui.sync;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.adsdesk.model.SyncRun;
import io.adsdesk.ui.common.ColumnWidths;
import io.adsdesk.ui.common.Formats;
import io.adsdesk.ui.common.WindowClosing;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;

/** Sync history: each run with time, duration, counts, outcome and error; registry totals on top. */
public final class SyncHistoryView extends BorderPane {
    /** The outcome badge's own padding, as text of about its width. */
    private static final String BADGE_ROOM = "    ";
    private static final double MAX_WIDTH = 1400;

    public SyncHistoryView(SyncHistoryViewModel model) {
        this(model, ColumnWidths.inMemory());
    }

    public SyncHistoryView(SyncHistoryViewModel model, ColumnWidths widths) {
        setId("sync-history");
        Label heading = new Label("Sync history");
        heading.getStyleClass().add(Styles.TITLE_3);
        Label totals = new Label();
        totals.setId("registry-totals");
        totals.getStyleClass().add(Styles.TEXT_MUTED);
        totals.textProperty().bind(model.totalsProperty());
        VBox top = new VBox(4, heading, totals);
        top.setPadding(new Insets(14, 14, 10, 14));
        setTop(top);

        TableView<SyncRun> table = new TableView<>(model.runs());
        table.setId("history-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE, Styles.DENSE);
        table.setPlaceholder(new Label("No sync has run yet"));
        table.getColumns().add(text("Started", r -> Formats.dateTime(r.startedAt()), "2026-12-31 23:59"));
        table.getColumns().add(text("Duration", r -> r.finishedAt() == null ? Formats.NONE
                : Formats.duration(Duration.between(r.startedAt(), r.finishedAt())), "59 min 59 s"));
        table.getColumns().add(outcome());
        table.getColumns().add(number("API", r -> r.totalApi()));
        table.getColumns().add(number("Before", r -> r.totalDbBefore()));
        table.getColumns().add(number("After", r -> r.totalDbAfter()));
        table.getColumns().add(number("Added", r -> r.added()));
        table.getColumns().add(number("Updated", r -> r.updated()));
        table.getColumns().add(number("Removed", r -> r.removed()));
        table.getColumns().add(number("Requests", r -> r.requests()));
        TableColumn<SyncRun, String> message = text("Message", r -> r.message() == null ? "" : r.message(),
                "Could not reach Yelp");
        message.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        table.getColumns().add(message);
        widths.remember(table);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, run) -> model.changes().select(run));
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(table, new RunChangesPane(model.changes(), widths));
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        setCenter(split);
        setBottom(WindowClosing.closeBar(this, "history-close"));
        // wide enough that the runs do not scroll sideways, within a 1440-pixel screen
        setPrefSize(Math.min(MAX_WIDTH, Math.max(1180, ColumnWidths.neededWidth(table))), 680);
    }

    private static TableColumn<SyncRun, String> text(String title, Function<SyncRun, String> f, String... samples) {
        TableColumn<SyncRun, String> c = new TableColumn<>(title);
        ColumnWidths.fit(c, samples);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        return c;
    }

    private static TableColumn<SyncRun, Integer> number(String title, Function<SyncRun, Integer> f) {
        TableColumn<SyncRun, Integer> c = new TableColumn<>(title);
        ColumnWidths.fit(c, "100,000");
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Formats.count(item));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        return c;
    }

    private static TableColumn<SyncRun, SyncRun> outcome() {
        TableColumn<SyncRun, SyncRun> c = new TableColumn<>("Outcome");
        ColumnWidths.fit(c, "UP TO DATE" + BADGE_ROOM);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            private final Label badge = new Label();

            @Override
            protected void updateItem(SyncRun run, boolean empty) {
                super.updateItem(run, empty);
                if (empty || run == null) {
                    setGraphic(null);
                    return;
                }
                badge.setText(run.outcome().name().replace('_', ' '));
                badge.getStyleClass().setAll("label", "status-badge", "outcome-" + run.outcome().name().toLowerCase(Locale.ROOT));
                setGraphic(badge);
            }
        });
        return c;
    }
}
