package io.adsdesk.ui.features;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * The Features section of the program details: when the copy was read, a refresh, every type the
 * program supports with its summary, Edit and Turn off; a plain-words notice when Yelp refuses
 * feature access, with a way to add the Data Ingestion credentials.
 */
public final class FeaturesSection extends VBox {
    private final FeaturesViewModel model;
    private final VBox rows = new VBox(8);

    public FeaturesSection(FeaturesViewModel model) {
        super(6);
        this.model = model;
        setId("features-section");
        Label heading = new Label("Features");
        heading.getStyleClass().addAll(Styles.TEXT_BOLD, "details-heading");
        Label readAt = new Label();
        readAt.setId("features-read-at");
        readAt.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        readAt.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.readAtProperty().get().isEmpty() ? "" : "Read " + model.readAtProperty().get(), model.readAtProperty()));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(14, 14);
        spinner.visibleProperty().bind(model.stateProperty().isEqualTo(FeaturesState.LOADING)
                .or(model.stateProperty().isEqualTo(FeaturesState.REFRESHING)).or(model.busyProperty()));
        spinner.managedProperty().bind(spinner.visibleProperty());
        Button refresh = new Button("Refresh");
        refresh.setId("features-refresh");
        refresh.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        refresh.setTooltip(new Tooltip("Read this program's features from Yelp again"));
        refresh.disableProperty().bind(model.stateProperty().isEqualTo(FeaturesState.UNAVAILABLE)
                .or(spinner.visibleProperty()));
        refresh.setOnAction(e -> model.refresh());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(8, heading, spinner, grow, refresh);
        header.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("features-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        model.stateProperty().addListener((obs, old, s) -> message.pseudoClassStateChanged(Styles.STATE_DANGER,
                s == FeaturesState.NO_ACCESS || s == FeaturesState.FAILED));
        Button credentials = new Button("Add Data Ingestion credentials…");
        credentials.setId("features-add-credentials");
        credentials.getStyleClass().add(Styles.SMALL);
        credentials.setOnAction(e -> addCredentials());
        credentials.visibleProperty().bind(model.stateProperty().isEqualTo(FeaturesState.NO_ACCESS));
        credentials.managedProperty().bind(credentials.visibleProperty());

        getChildren().addAll(header, readAt, message, credentials, rows);
        model.items().addListener((ListChangeListener<FeatureItem>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        rows.getChildren().clear();
        if (model.items().isEmpty()) {
            Label none = new Label(model.stateProperty().get() == FeaturesState.LOADING ? "Reading…" : "None available");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            rows.getChildren().add(none);
            return;
        }
        for (FeatureItem item : model.items()) {
            rows.getChildren().add(row(item));
        }
    }

    private VBox row(FeatureItem item) {
        String id = item.type().toLowerCase(Locale.ROOT).replace('_', '-');
        Label name = new Label(item.label());
        name.getStyleClass().add(Styles.TEXT_BOLD);
        Label badge = new Label(item.value() == null ? "Not read" : !item.known() ? "Unknown" : item.active() ? "On" : "Off");
        badge.getStyleClass().addAll("status-badge", item.active() ? "status-current" : "status-past");
        Label summary = new Label(item.summary());
        summary.setId("feature-summary-" + id);
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button edit = new Button(item.known() ? "Edit…" : "View JSON…");
        edit.setId("feature-edit-" + id);
        edit.getStyleClass().addAll(Styles.SMALL);
        edit.setDisable(item.value() == null);
        edit.disableProperty().bind(model.busyProperty().or(javafx.beans.binding.Bindings.createBooleanBinding(() -> item.value() == null)));
        edit.setOnAction(e -> edit(item));
        HBox top = new HBox(8, name, badge, grow, edit);
        top.setAlignment(Pos.CENTER_LEFT);
        // a narrow pane wraps the feature's name; the badge and the buttons keep their whole text
        name.setWrapText(true);
        name.setMinWidth(Region.USE_COMPUTED_SIZE);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        edit.setMinWidth(Region.USE_PREF_SIZE);
        if (item.editable()) {
            Button off = new Button("Turn off");
            off.setId("feature-off-" + id);
            off.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            off.disableProperty().bind(model.busyProperty().or(javafx.beans.binding.Bindings.createBooleanBinding(() -> !item.active())));
            off.setOnAction(e -> model.turnOff(item.type()));
            off.setMinWidth(Region.USE_PREF_SIZE);
            top.getChildren().add(off);
        }
        if (FeatureTypes.PORTFOLIO.equals(item.type()) && item.value() != null) {
            Button manage = new Button("Projects…");
            manage.setId("feature-portfolio-projects");
            manage.getStyleClass().add(Styles.SMALL);
            manage.setTooltip(new Tooltip("Create, edit and delete portfolio projects and their photos"));
            manage.disableProperty().bind(model.busyProperty());
            manage.setMinWidth(Region.USE_PREF_SIZE);
            manage.setOnAction(e -> {
                PortfolioDialog dialog = new PortfolioDialog(getScene().getWindow(), model.portfolio());
                dialog.getScene().getStylesheets().setAll(getScene().getStylesheets());
                dialog.show();
            });
            top.getChildren().add(top.getChildren().indexOf(edit), manage);
        }
        VBox box = new VBox(2, top, summary);
        box.setId("feature-row-" + id);
        box.getStyleClass().add("feature-row");
        return box;
    }

    private void edit(FeatureItem item) {
        FeatureEditorDialog dialog = new FeatureEditorDialog(getScene().getWindow(), model.editor(item.type()),
                this::addCredentials);
        dialog.getScene().getStylesheets().setAll(getScene().getStylesheets());
        dialog.show();
    }

    private void addCredentials() {
        addCredentials(getScene().getWindow());
    }

    /** The credentials dialog over {@code owner}; the answer turns true once they are saved. */
    private javafx.beans.value.ObservableBooleanValue addCredentials(javafx.stage.Window owner) {
        CredentialsViewModel credentials = new CredentialsViewModel(model);
        CredentialsDialog dialog = new CredentialsDialog(owner, credentials);
        dialog.getScene().getStylesheets().setAll(getScene().getStylesheets());
        dialog.show();
        return credentials.savedProperty();
    }
}
