package io.adsdesk.ui.accounts;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.function.Supplier;

/**
 * The connect dialog's "Team registry" section under Advanced: this computer or a team's PostgreSQL
 * server (URL, database user, password), and "Test connection" with its answer in plain words.
 */
final class TeamRegistrySection extends VBox {
    private static final double TEXT_WIDTH = 380;

    TeamRegistrySection(TeamRegistryViewModel model, Supplier<io.adsdesk.model.Account> account) {
        super(6);
        setId("team-registry");
        Label title = new Label("Team registry");
        title.getStyleClass().add(Styles.TEXT_BOLD);

        ToggleGroup where = new ToggleGroup();
        RadioButton local = new RadioButton("This computer (default)");
        local.setId("team-local");
        local.setToggleGroup(where);
        RadioButton team = new RadioButton("Team registry (PostgreSQL)");
        team.setId("team-postgresql");
        team.setToggleGroup(where);
        team.setSelected(model.teamProperty().get());
        local.setSelected(!model.teamProperty().get());
        model.teamProperty().addListener((o, a, on) -> (on ? team : local).setSelected(true));
        team.selectedProperty().addListener((o, a, on) -> model.teamProperty().set(on));

        TextField url = new TextField();
        url.setId("team-url");
        url.setPromptText(TeamRegistryViewModel.PROMPT_URL);
        url.setPrefColumnCount(28);
        url.textProperty().bindBidirectional(model.urlProperty());
        TextField user = new TextField();
        user.setId("team-user");
        user.setPromptText("Database user");
        user.textProperty().bindBidirectional(model.userProperty());
        PasswordField password = new PasswordField();
        password.setId("team-password");
        password.promptTextProperty().bind(Bindings.when(model.passwordKeptProperty())
                .then("Kept in the credential store; type to change").otherwise("Database password"));
        password.textProperty().bindBidirectional(model.passwordProperty());

        GridPane fields = new GridPane();
        fields.setHgap(10);
        fields.setVgap(6);
        fields.addRow(0, new Label("JDBC URL"), url);
        fields.addRow(1, new Label("User"), user);
        fields.addRow(2, new Label("Password"), password);
        fields.disableProperty().bind(model.teamProperty().not());

        Button test = new Button("Test connection");
        test.setId("team-test");
        test.disableProperty().bind(model.teamProperty().not().or(model.testingProperty()));
        test.setOnAction(e -> model.testConnection(account.get()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.testingProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        HBox testRow = new HBox(8, test, busy);

        Label answer = new Label();
        answer.setId("team-test-result");
        answer.setWrapText(true);
        answer.setMaxWidth(TEXT_WIDTH);
        answer.setMinHeight(Region.USE_PREF_SIZE);
        answer.textProperty().bind(Bindings.createStringBinding(() -> {
            TeamCheck c = model.checkProperty().get();
            return c == null ? "" : c.message();
        }, model.checkProperty()));
        model.checkProperty().addListener((o, a, c) -> {
            answer.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            if (c != null) {
                answer.getStyleClass().add(c.ok() ? Styles.SUCCESS : Styles.DANGER);
            }
        });
        answer.visibleProperty().bind(answer.textProperty().isNotEmpty());
        answer.managedProperty().bind(answer.visibleProperty());

        Label note = new Label("One PostgreSQL database can hold the registries of a whole team. The database password goes"
                + " to the credential store, never to a file.");
        note.setWrapText(true);
        note.setMaxWidth(TEXT_WIDTH);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        getChildren().addAll(title, local, team, fields, testRow, answer, note);
    }
}
