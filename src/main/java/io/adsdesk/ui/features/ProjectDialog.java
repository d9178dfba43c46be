package io.adsdesk.ui.features;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.Map;

/** One portfolio project: "Project details" and "Photos" tabs. */
public final class ProjectDialog extends Stage {
    private final ProjectEditorViewModel model;
    private final GridPane details = grid();
    private int row;

    public ProjectDialog(Window owner, ProjectEditorViewModel model) {
        this.model = model;
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setTitle("Project " + model.projectId() + " — AdsDesk");
        TabPane tabs = new TabPane(new Tab("Project details", detailsTab()), new Tab("Photos", photosTab()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        Label message = new Label();
        message.setId("project-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Button close = new Button("Close");
        close.setId("project-close");
        close.setCancelButton(true);
        close.setOnAction(e -> close());
        HBox bottom = new HBox(8, message, close);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(10, tabs, bottom);
        root.setPadding(new Insets(12));
        root.setId("project-editor");
        setScene(new Scene(root, 620, 600));
        model.load();
    }

    private Node detailsTab() {
        TextField name = new TextField();
        name.textProperty().bindBidirectional(model.nameProperty());
        add("Name", "name", name);
        TextArea description = new TextArea();
        description.setPrefRowCount(3);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(model.descriptionProperty());
        add("Description", "description", description);
        add("Call to action", "call_to_action", choice(ProjectEditorViewModel.CALLS_TO_ACTION, model.callToActionProperty()));
        TextArea offerings = new TextArea();
        offerings.setPrefRowCount(4);
        offerings.setPromptText("One per line, at most 4");
        offerings.textProperty().bindBidirectional(model.offeringsTextProperty());
        add("Service offerings", "service_offerings", offerings);
        add("Cost", "cost", choice(ProjectEditorViewModel.COSTS, model.costProperty()));
        add("Duration", "duration", choice(ProjectEditorViewModel.DURATIONS, model.durationProperty()));
        TextField year = new TextField();
        year.setPromptText("e.g. 2025");
        year.textProperty().bindBidirectional(model.yearTextProperty());
        add("Completed in (year)", "completion_year", year);
        TextField month = new TextField();
        month.setPromptText("1 to 12");
        month.textProperty().bindBidirectional(model.monthTextProperty());
        add("Month", "completion_month", month);
        CheckBox published = new CheckBox("Show this project on the ad");
        published.selectedProperty().bindBidirectional(model.publishedProperty());
        add("Published", "published", published);
        Button save = new Button("Save project");
        save.setId("project-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save());
        Label whole = errorLabel("project");
        VBox box = new VBox(10, details, whole, save);
        box.setPadding(new Insets(10));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node photosTab() {
        ListView<Map<String, Object>> list = new ListView<>(model.photos());
        list.setId("project-photos");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Map<String, Object> p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setText(null);
                    return;
                }
                String source = Json.text(p, "photo_url").isEmpty() ? "business photo " + Json.text(p, "biz_photo_id") : Json.text(p, "photo_url");
                setText((Json.bool(p, "is_before_photo") ? "Before · " : "After · ") + Json.text(p, "caption") + "  ·  " + source);
            }
        });
        list.setPrefHeight(160);
        Button delete = new Button("Delete photo…");
        delete.setId("photo-delete");
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull().or(model.busyProperty()));
        delete.setOnAction(e -> deletePhoto(list.getSelectionModel().getSelectedItem()));

        GridPane add = grid();
        int r = 0;
        TextField url = new TextField();
        url.setId("photo-url");
        url.setPromptText("https://… (or a business photo ID below)");
        url.textProperty().bindBidirectional(model.photoUrlProperty());
        TextField biz = new TextField();
        biz.setId("photo-biz-id");
        biz.textProperty().bindBidirectional(model.bizPhotoIdProperty());
        TextField caption = new TextField();
        caption.setId("photo-caption");
        caption.textProperty().bindBidirectional(model.captionProperty());
        CheckBox before = new CheckBox("A \"before\" photo");
        before.setId("photo-before");
        before.selectedProperty().bindBidirectional(model.beforeProperty());
        for (Object[] f : List.of(new Object[] {"Photo URL", "photo_url", url}, new Object[] {"Business photo ID", "biz_photo_id", biz},
                new Object[] {"Caption", "caption", caption}, new Object[] {"", "is_before_photo", before})) {
            Label l = new Label((String) f[0]);
            GridPane.setValignment(l, VPos.TOP);
            add.addRow(r++, l, new VBox(2, (Node) f[2], errorLabel((String) f[1])));
        }
        Button addPhoto = new Button("Add photo");
        addPhoto.setId("photo-add");
        addPhoto.disableProperty().bind(model.busyProperty());
        addPhoto.setOnAction(e -> model.addPhoto());
        VBox box = new VBox(8, list, delete, new Label("Add a photo"), add, errorLabel("photo"), addPhoto);
        box.setPadding(new Insets(10));
        return box;
    }

    private void deletePhoto(Map<String, Object> photo) {
        if (photo == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Delete the photo \"" + Json.text(photo, "caption") + "\"?",
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(this);
        confirm.getDialogPane().lookupButton(ButtonType.OK).setId("confirm-delete-photo");
        confirm.setOnHidden(e -> {
            if (confirm.getResult() == ButtonType.OK) {
                model.deletePhoto(Json.text(photo, "photo_id"));
            }
        });
        confirm.show();
    }

    private void add(String label, String field, javafx.scene.control.Control control) {
        control.setId("project-" + field.replace('_', '-'));
        control.setMaxWidth(Double.MAX_VALUE);
        Label l = new Label(label);
        GridPane.setValignment(l, VPos.TOP);
        l.setPadding(new Insets(4, 0, 0, 0));
        model.errorProperty(field).addListener((obs, old, text) -> control.pseudoClassStateChanged(Styles.STATE_DANGER, !text.isEmpty()));
        details.addRow(row++, l, new VBox(2, control, errorLabel(field)));
    }

    private Label errorLabel(String field) {
        Label error = new Label();
        error.setId("project-error-" + field.replace('_', '-'));
        error.setWrapText(true);
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.textProperty().bind(model.errorProperty(field));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    private static ComboBox<String> choice(List<String> values, javafx.beans.property.ObjectProperty<String> property) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setConverter(FeatureForms.labels(ProjectDialog::choiceText));
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    /** "100_500" → "$100–500", "1_3_MONTHS" → "1–3 months", "BOOK_APPOINTMENT" → "Book appointment". */
    static String choiceText(String value) {
        if (ProjectEditorViewModel.COSTS.contains(value)) {
            return switch (value) {
                case "UNDER_100" -> "Under $100";
                case "5000_PLUS" -> "$5,000 or more";
                default -> "$" + value.replace("_", "–").replace("1000", "1,000").replace("5000", "5,000");
            };
        }
        String words = io.adsdesk.ui.common.Formats.feature(value);
        return words.replaceFirst("^(\\d+) (\\d+)", "$1–$2").replace(" plus ", "+ ");
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(6);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints inputs = new javafx.scene.layout.ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().setAll(labels, inputs);
        return g;
    }
}
