package io.adsdesk.ui.jobs;

import atlantafx.base.theme.Styles;
import io.adsdesk.model.FeePeriod;
import io.adsdesk.model.ProgramType;
import io.adsdesk.model.command.PacingMethod;
import io.adsdesk.ui.common.Formats;
import io.adsdesk.ui.programs.BusinessOption;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.StringConverter;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The program form in its own window: one row per field with its error right under it; CPC-only
 * rows show only for CPC. Binds to {@link ProgramFormViewModel}; closes itself once the job is sent.
 */
public final class ProgramFormDialog extends Stage {
    private final ProgramFormViewModel model;
    private final GridPane grid = new GridPane();
    private final ScrollPane scroll = new ScrollPane();
    private Button submit;
    private final Map<FormField, Node> controls = new EnumMap<>(FormField.class);
    private int row;

    public ProgramFormDialog(Window owner, ProgramFormViewModel model, ObservableList<BusinessOption> businesses) {
        this.model = model;
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setTitle(model.title() + " — AdsDesk");
        boolean edit = model.mode() == ProgramFormViewModel.Mode.EDIT;
        BooleanBinding cpc = Bindings.createBooleanBinding(() -> model.cpcProperty().get(), model.cpcProperty());

        ComboBox<String> business = new ComboBox<>();
        businesses.stream().filter(b -> !b.isAll()).map(BusinessOption::businessId).forEach(business.getItems()::add);
        business.setConverter(strings(id -> id == null ? "" : businesses.stream().filter(b -> id.equals(b.businessId()))
                .findFirst().map(b -> b.name() + "  ·  " + id).orElse(id)));
        business.valueProperty().bindBidirectional(model.businessIdProperty());
        business.setDisable(edit);
        business.setMaxWidth(Double.MAX_VALUE);
        add(FormField.BUSINESS, business, null);

        ComboBox<ProgramType> type = new ComboBox<>();
        type.getItems().setAll(ProgramType.values());
        type.setConverter(strings(t -> t == null ? "" : t.name() + " · " + t.label()));
        type.valueProperty().bindBidirectional(model.typeProperty());
        type.setDisable(edit);
        add(FormField.TYPE, type, null);

        add(FormField.BUDGET, text(model.budgetTextProperty(), "e.g. 250.00"), cpc);
        CheckBox autobid = new CheckBox("Let Yelp bid automatically");
        autobid.selectedProperty().bindBidirectional(model.autobidProperty());
        autobid.setDisable(edit);
        add(FormField.AUTOBID, autobid, cpc);
        TextField maxBid = text(model.maxBidTextProperty(), "e.g. 5.00");
        maxBid.disableProperty().bind(model.autobidProperty());
        add(FormField.MAX_BID, maxBid, cpc);
        ComboBox<PacingMethod> pacing = new ComboBox<>();
        pacing.getItems().setAll(PacingMethod.values());
        pacing.setPromptText(edit ? "Unchanged" : "Yelp's default");
        pacing.valueProperty().bindBidirectional(model.pacingProperty());
        add(FormField.PACING, pacing, cpc);
        ComboBox<FeePeriod> fee = new ComboBox<>();
        fee.getItems().setAll(FeePeriod.values());
        fee.setConverter(strings(f -> f == null ? "" : f.label()));
        fee.setPromptText("Yelp's default");
        fee.valueProperty().bindBidirectional(model.feePeriodProperty());
        fee.setDisable(edit);
        add(FormField.FEE_PERIOD, fee, cpc);
        add(FormField.CATEGORIES, text(model.categoriesTextProperty(), "aliases, e.g. hvac, plumbing"), cpc);
        add(FormField.START, date(model.startProperty()), null);
        add(FormField.END, date(model.endProperty()), null);
        if (edit) {
            add(FormField.FUTURE_BUDGET_DATE, date(model.futureBudgetDateProperty()), cpc);
        }

        // as tall as the form, so the buttons sit right under it; it grows when errors or a conflict appear
        setScene(new Scene(layout(), 560, -1));
        addEventHandler(WindowEvent.WINDOW_SHOWN, e -> fitToContent());
        model.stateProperty().addListener((obs, old, state) -> {
            if (state == ProgramFormViewModel.State.SUBMITTED) {
                close();
            } else {
                fitToContent();
            }
        });
    }

    private VBox layout() {
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, inputs);
        grid.setHgap(12);
        grid.setVgap(2);
        Label programError = error(FormField.PROGRAM);
        Label message = new Label();
        message.setId("form-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        ListView<String> changes = new ListView<>();
        changes.setId("conflict-changes");
        changes.setPrefHeight(120);
        model.conflictChanges().addListener((javafx.collections.ListChangeListener<io.adsdesk.actions.FieldChange>) c ->
                changes.getItems().setAll(model.conflictChanges().stream()
                        .map(ch -> ch.field() + ": was " + ch.registryValue() + ", now " + ch.liveValue() + " at Yelp").toList()));
        Button sendAnyway = new Button("Send anyway");
        sendAnyway.setId("send-anyway");
        sendAnyway.getStyleClass().add(Styles.DANGER);
        sendAnyway.setOnAction(e -> model.sendAnyway());
        Button back = new Button("Back to the form");
        back.setOnAction(e -> model.keepEditing());
        VBox conflict = new VBox(6, changes, new HBox(8, sendAnyway, back));
        BooleanBinding inConflict = model.stateProperty().isEqualTo(ProgramFormViewModel.State.CONFLICT);
        conflict.visibleProperty().bind(inConflict);
        conflict.managedProperty().bind(inConflict);

        submit = new Button(model.mode() == ProgramFormViewModel.Mode.EDIT ? "Send changes" : "Create program");
        submit.setId("form-submit");
        submit.setDefaultButton(true);
        submit.getStyleClass().add(Styles.ACCENT);
        submit.disableProperty().bind(model.stateProperty().isNotEqualTo(ProgramFormViewModel.State.EDITING));
        submit.setOnAction(e -> {
            model.submit();
            fitToContent();
            focusFirstError();
        });
        Button cancel = new Button("Cancel");
        cancel.setId("form-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close());
        HBox buttons = new HBox(8, submit, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        scroll.setContent(grid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox root = new VBox(10, scroll, programError, message, conflict, buttons);
        root.setId("program-form");
        root.setPadding(new Insets(14));
        return root;
    }

    /**
     * One row: the label level with its control (baseline to baseline, however tall the error under
     * the control grows), and the control outlined in red while its field has an error.
     */
    private void add(FormField field, Node control, BooleanBinding showIf) {
        control.setId("form-" + field.idSuffix());
        Label name = new Label(field.label());
        name.setId("label-" + field.idSuffix());
        name.setMinWidth(Region.USE_PREF_SIZE);
        name.setLabelFor(control);
        Label error = error(field);
        VBox cell = new VBox(2, control, error);
        GridPane.setValignment(name, VPos.BASELINE);
        GridPane.setValignment(cell, VPos.BASELINE);
        model.errorProperty(field).addListener((obs, old, text) ->
                control.pseudoClassStateChanged(Styles.STATE_DANGER, !text.isEmpty()));
        controls.put(field, control);
        grid.addRow(row++, name, cell);
        if (showIf != null) {
            for (Node n : new Node[] {name, cell}) {
                n.visibleProperty().bind(showIf);
                n.managedProperty().bind(showIf);
            }
        }
    }

    /**
     * Makes the window tall enough for every field, its error and the buttons (within the screen),
     * so no error hides below the fold; it never shrinks under the user.
     */
    private void fitToContent() {
        Scene scene = getScene();
        if (scene == null || !isShowing()) {
            return;
        }
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        Bounds viewport = scroll.getViewportBounds();
        double lacking = Math.max(scene.getRoot().prefHeight(scene.getWidth()) - scene.getHeight(),
                grid.prefHeight(viewport.getWidth()) - viewport.getHeight());
        if (lacking > 0) {
            double room = Screen.getPrimary().getVisualBounds().getHeight();
            setHeight(Math.min(room, getHeight() + Math.ceil(lacking)));
        }
    }

    /** Moves the focus to the first field to correct, so the user sees where to start. */
    private void focusFirstError() {
        model.fieldsInError().stream().map(controls::get).filter(c -> c != null && c.isVisible() && !c.isDisabled())
                .findFirst().ifPresent(Node::requestFocus);
    }

    private Label error(FormField field) {
        Label error = new Label();
        error.setId("error-" + field.idSuffix());
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty(field));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    private static TextField text(javafx.beans.property.StringProperty property, String prompt) {
        TextField field = new TextField();
        field.setMaxWidth(Double.MAX_VALUE);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    /**
     * A date field; Enter in it sends the form as Enter does in the other fields (the date picker
     * itself would only take the date), once the date typed is taken.
     */
    private DatePicker date(javafx.beans.property.ObjectProperty<java.time.LocalDate> property) {
        DatePicker picker = new DatePicker();
        picker.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !picker.isShowing() && submit != null && !submit.isDisabled()) {
                try {
                    picker.commitValue();
                } catch (RuntimeException notADate) {
                    // the picker keeps its value; the check below names the field
                }
                e.consume();
                submit.fire();
            }
        });
        picker.setConverter(Formats.dateConverter());
        picker.setPromptText("yyyy-mm-dd");
        picker.valueProperty().bindBidirectional(property);
        return picker;
    }

    private static <T> StringConverter<T> strings(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
