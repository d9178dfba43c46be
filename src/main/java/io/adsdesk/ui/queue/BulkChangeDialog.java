package io.adsdesk.ui.queue;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * One change for every selected program (set or change the budget, max bid, end date, pause,
 * resume, end), optionally posted at a later date and time: "Queue" adds it to the pending
 * changes, where it waits until posted. Nothing reaches Yelp from here.
 */
public final class BulkChangeDialog extends Stage {
    private final BulkChangeForm form;

    public BulkChangeDialog(Window owner, PendingChangesViewModel pending, List<String> programIds,
                            BulkChangeForm.Kind kind, Clock clock, ZoneId zone) {
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setTitle("Change " + programIds.size() + (programIds.size() == 1 ? " program" : " programs") + " — AdsDesk");
        form = new BulkChangeForm(clock, zone);
        form.kindProperty().set(kind);

        ChoiceBox<BulkChangeForm.Kind> kinds = new ChoiceBox<>();
        kinds.setId("change-kind");
        kinds.getItems().setAll(BulkChangeForm.Kind.values());
        kinds.setConverter(new StringConverter<>() {
            @Override
            public String toString(BulkChangeForm.Kind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public BulkChangeForm.Kind fromString(String s) {
                return null;
            }
        });
        kinds.valueProperty().bindBidirectional(form.kindProperty());

        TextField value = new TextField();
        value.setId("change-value");
        value.setPrefColumnCount(10);
        value.textProperty().bindBidirectional(form.valueProperty());
        value.promptTextProperty().bind(Bindings.createStringBinding(() ->
                form.kindProperty().get().input() == BulkChangeForm.Input.PERCENT ? "10 or -5" : "$ 125.00",
                form.kindProperty()));
        DatePicker endDate = new DatePicker();
        endDate.setId("change-date");
        endDate.valueProperty().bindBidirectional(form.dateProperty());
        BooleanBinding needsNumber = Bindings.createBooleanBinding(() -> switch (form.kindProperty().get().input()) {
            case MONEY, SIGNED_MONEY, PERCENT -> true;
            default -> false;
        }, form.kindProperty());
        BooleanBinding needsDate = Bindings.createBooleanBinding(
                () -> form.kindProperty().get().input() == BulkChangeForm.Input.DATE, form.kindProperty());
        show(value, needsNumber);
        show(endDate, needsDate);
        Label valueCaption = new Label("Value");
        show(valueCaption, needsNumber.or(needsDate));
        Label valueError = problem("change-value-error", Bindings.createStringBinding(form::valueProblem,
                form.kindProperty(), form.valueProperty(), form.dateProperty()));
        // A blank field is not shouted at before the user has typed: the Queue button stays off meanwhile.
        valueError.visibleProperty().bind(value.textProperty().isNotEmpty().or(form.dateProperty().isNotNull()));

        DatePicker postDate = new DatePicker();
        postDate.setId("post-date");
        postDate.setPromptText("now");
        postDate.valueProperty().bindBidirectional(form.postDateProperty());
        TextField postTime = new TextField();
        postTime.setId("post-time");
        postTime.setPromptText("00:00");
        postTime.setPrefColumnCount(5);
        postTime.textProperty().bindBidirectional(form.postTimeProperty());
        Label postError = problem("post-at-error", Bindings.createStringBinding(form::postAtProblem,
                form.postDateProperty(), form.postTimeProperty()));
        Label zoneNote = new Label("Leave empty to post when you post the pending changes. Times are in "
                + zone.getId() + ".");
        zoneNote.getStyleClass().add(Styles.TEXT_MUTED);
        zoneNote.setWrapText(true);

        Label changeCaption = new Label("Change");
        Label postCaption = new Label("Post at");
        for (Label caption : List.of(changeCaption, valueCaption, postCaption)) {
            caption.setMinWidth(Region.USE_PREF_SIZE);
        }
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(10);
        grid.addRow(0, changeCaption, kinds);
        grid.addRow(1, valueCaption, new HBox(value, endDate), valueError);
        grid.addRow(2, postCaption, new HBox(6, postDate, postTime), postError);

        Button queue = new Button("Queue");
        queue.setId("change-queue");
        queue.setDefaultButton(true);
        queue.getStyleClass().add(Styles.ACCENT);
        queue.disableProperty().bind(Bindings.createBooleanBinding(() -> !form.valid(), form.kindProperty(),
                form.valueProperty(), form.dateProperty(), form.postDateProperty(), form.postTimeProperty()));
        queue.setOnAction(e -> {
            if (form.valid()) {
                pending.queue(form.edit(), programIds, form.postAt());
                close();
            }
        });
        Button cancel = new Button("Cancel");
        cancel.setId("change-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close());
        HBox buttons = new HBox(8, queue, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        Label note = new Label("The change is queued, not sent: post it from the pending changes.");
        note.getStyleClass().add(Styles.TEXT_MUTED);
        note.setWrapText(true);

        javafx.scene.layout.VBox root = new javafx.scene.layout.VBox(14, grid, zoneNote, note, buttons);
        root.setPadding(new Insets(16));
        root.setId("bulk-change");
        setScene(new Scene(root));
        // A message beside a field may take a second line: the window grows to show it whole.
        valueError.textProperty().addListener((obs, old, text) -> sizeToScene());
        postError.textProperty().addListener((obs, old, text) -> sizeToScene());
        setOnShown(e -> (needsNumber.get() ? value : kinds).requestFocus());
    }

    /** The form behind the fields. */
    public BulkChangeForm form() {
        return form;
    }

    private static void show(javafx.scene.Node node, BooleanBinding when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    private static Label problem(String id, StringBinding text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(Styles.DANGER);
        l.setWrapText(true);
        l.setPrefWidth(240);
        l.setMinWidth(240);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.textProperty().bind(text);
        return l;
    }
}
