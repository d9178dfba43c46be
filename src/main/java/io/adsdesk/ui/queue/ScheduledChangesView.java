package io.adsdesk.ui.queue;

import atlantafx.base.theme.Styles;
import io.adsdesk.model.change.ChangeState;
import io.adsdesk.queue.CheckedChange;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The Scheduled tab of the Pending changes pane: each scheduled change with its time and a countdown
 * that moves every second, and under the list Cancel (Delete), Unschedule and Reschedule to the date and
 * time typed beside it (Enter in the time field). Selecting a change fills in its current time.
 */
public final class ScheduledChangesView extends VBox {
    private final ScheduledChangesViewModel model;
    private final TableView<CheckedChange> table = new TableView<>();
    private final DatePicker date = new DatePicker();
    private final Timeline ticker;
    /** The changes to select again once the list shows the queue after a command. */
    private Set<Long> reselect = Set.of();

    public ScheduledChangesView(ScheduledChangesViewModel model, Function<String, String> businessOf) {
        this.model = model;
        setId("scheduled-view");
        setSpacing(6);
        setPadding(new Insets(6, 0, 0, 0));

        table.setId("scheduled-table");
        table.setItems(model.scheduled());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No scheduled changes. Give a change a \"Post at\" time in the bulk change dialog."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<CheckedChange, String> countdown = new TableColumn<>("Countdown");
        countdown.setId("scheduled-countdown");
        countdown.setPrefWidth(115);
        countdown.setMinWidth(100);
        countdown.setCellValueFactory(f -> f.getValue() == null ? new ReadOnlyStringWrapper("")
                : countdownOf(f.getValue()));
        table.getColumns().setAll(List.of(
                column("Program", 200, c -> c.change().programId()),
                column("Business", 120, c -> businessOf.apply(c.change().programId())),
                column("Field", 70, c -> c.change().field().label()),
                column("Old → new", 175, c -> c.oldText() + " → " + c.newText()),
                column("scheduled-post-at", "Post at", 150, model::postAt),
                countdown,
                PendingChangesPanel.withTooltips(column("Check", 220, ScheduledChangesView::check))));
        table.getItems().addListener((ListChangeListener<CheckedChange>) c -> selectAgain());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, c) -> model.edit(c));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                cancelSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.F2) {
                date.requestFocus();
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        var selected = table.getSelectionModel().getSelectedItems();
        BooleanBinding noneMovable = Bindings.createBooleanBinding(
                () -> selected.stream().noneMatch(ScheduledChangesViewModel::movable), selected);
        Button cancel = button("scheduled-cancel", "Cancel change", e -> cancelSelected());
        cancel.setTooltip(new javafx.scene.control.Tooltip("The change is removed from the queue (Delete; Ctrl+Z brings it back)"));
        cancel.disableProperty().bind(noneMovable);
        Button unschedule = button("scheduled-unschedule", "Unschedule", e -> {
            reselect = Set.of();
            model.unschedule(movableIds());
        });
        unschedule.setTooltip(new javafx.scene.control.Tooltip("The change posts with the rest of the pending changes"));
        unschedule.disableProperty().bind(noneMovable);

        date.setId("scheduled-date");
        date.setPromptText("day");
        date.setPrefWidth(140);
        date.valueProperty().bindBidirectional(model.dateProperty());
        TextField time = new TextField();
        time.setId("scheduled-time");
        time.setPromptText("00:00");
        time.setPrefColumnCount(5);
        time.textProperty().bindBidirectional(model.timeProperty());
        time.setOnAction(e -> reschedule());
        Button reschedule = button("scheduled-reschedule", "Reschedule", e -> reschedule());
        reschedule.disableProperty().bind(noneMovable);
        Label error = new Label();
        error.setId("scheduled-error");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        Label caption = new Label("New time (" + model.zone().getId() + "):");
        caption.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(6, cancel, unschedule, new Label("  "), caption, date, time, reschedule, error);
        bar.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(table, bar);

        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                ticker.stop();
            } else {
                model.tick();
                ticker.play();
            }
        });
    }

    /** The list, for keyboard focus. */
    public TableView<CheckedChange> table() {
        return table;
    }

    private ObservableValue<String> countdownOf(CheckedChange c) {
        return Bindings.createStringBinding(() -> c.change().state() == ChangeState.POSTING ? "posting…" : model.countdown(c),
                model.nowProperty());
    }

    private void reschedule() {
        List<Long> ids = movableIds();
        reselect = Set.copyOf(ids); // before: the list may be shown anew before reschedule returns
        if (!model.reschedule(ids)) {
            reselect = Set.of();
        }
    }

    private void cancelSelected() {
        List<Long> ids = movableIds();
        if (!ids.isEmpty()) {
            reselect = Set.of();
            model.cancel(ids);
        }
    }

    private List<Long> movableIds() {
        return ScheduledChangesViewModel.ids(table.getSelectionModel().getSelectedItems().stream()
                .filter(ScheduledChangesViewModel::movable).toList());
    }

    /** After a reschedule the list is shown anew: the moved changes stay selected. */
    private void selectAgain() {
        if (reselect.isEmpty()) {
            return;
        }
        Set<Long> wanted = reselect;
        reselect = Set.of();
        table.getSelectionModel().clearSelection();
        for (int i = 0; i < table.getItems().size(); i++) {
            if (wanted.contains(table.getItems().get(i).change().id())) {
                table.getSelectionModel().select(i);
            }
        }
    }

    private static String check(CheckedChange c) {
        if (c.change().state() == ChangeState.CONFLICT && c.change().message() != null) {
            return c.change().message();
        }
        if (c.checks().isEmpty()) {
            return "OK";
        }
        return (c.blocked() ? "Error: " : "Warning: ") + c.summary();
    }

    private static TableColumn<CheckedChange, String> column(String name, double width, Function<CheckedChange, String> text) {
        return column(null, name, width, text);
    }

    private static TableColumn<CheckedChange, String> column(String id, String name, double width,
                                                             Function<CheckedChange, String> text) {
        TableColumn<CheckedChange, String> col = new TableColumn<>(name);
        col.setId(id);
        col.setMinWidth(Math.min(width, 65)); // room for the header's name
        col.setPrefWidth(width);
        col.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue() == null ? "" : text.apply(f.getValue())));
        return col;
    }

    private static Button button(String id, String text, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMnemonicParsing(false);
        b.setOnAction(action);
        return b;
    }
}
