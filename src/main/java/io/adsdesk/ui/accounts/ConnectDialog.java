package io.adsdesk.ui.accounts;

import atlantafx.base.theme.Styles;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.function.Consumer;

/**
 * Connect dialog: username, password, base URL under "Advanced", remember password (when an OS
 * credential store exists), and "Try the demo account". Stays open until the account opened.
 */
public final class ConnectDialog extends Dialog<AccountSession> {
    public static final ButtonType CONNECT = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType DEMO = new ButtonType("Try the demo account", ButtonBar.ButtonData.LEFT);

    public ConnectDialog(Window owner, AccountsViewModel model, Consumer<AccountSession> onOpened) {
        initOwner(owner);
        setTitle("Connect to the Yelp partner API");
        setHeaderText(null);

        TextField username = new TextField();
        username.setId("connect-username");
        username.setPromptText("Partner API username");
        username.textProperty().bindBidirectional(model.usernameProperty());
        PasswordField password = new PasswordField();
        password.setId("connect-password");
        password.setPromptText("Partner API password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        TextField baseUrl = new TextField();
        baseUrl.setId("connect-base-url");
        baseUrl.textProperty().bindBidirectional(model.baseUrlProperty());
        baseUrl.setPrefColumnCount(28);

        CheckBox remember = new CheckBox("Remember the password");
        remember.setId("connect-remember");
        remember.selectedProperty().bindBidirectional(model.rememberProperty());
        remember.disableProperty().bind(model.canRememberProperty().not());
        model.checkPasswordStorage();
        Label note = new Label();
        note.setId("connect-storage-note");
        note.textProperty().bind(model.passwordStorageNoteProperty());
        note.setWrapText(true);
        note.setMaxWidth(380);
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Username"), username);
        form.addRow(1, new Label("Password"), password);
        CheckBox insecure = new CheckBox("Allow insecure HTTP");
        insecure.setId("connect-allow-insecure-http");
        insecure.selectedProperty().bindBidirectional(model.allowInsecureHttpProperty());
        Label insecureWarning = new Label("With a plain http:// address the password and all data travel unencrypted."
                + " Only for a test server you trust.");
        insecureWarning.setId("connect-insecure-warning");
        insecureWarning.setWrapText(true);
        insecureWarning.setMaxWidth(380);
        insecureWarning.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        insecureWarning.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_SMALL);
        GridPane advancedGrid = new GridPane();
        advancedGrid.setHgap(10);
        advancedGrid.setVgap(6);
        advancedGrid.addRow(0, new Label("Base URL"), baseUrl);
        advancedGrid.add(insecure, 1, 1);
        advancedGrid.add(insecureWarning, 1, 2);
        TeamRegistrySection teamSection = new TeamRegistrySection(model.team(), () -> formAccount(model));
        TitledPane advanced = new TitledPane("Advanced", new VBox(12, advancedGrid, teamSection));
        advanced.setId("connect-advanced");
        // A saved team registry is part of what this account is: shown, not hidden under a closed pane.
        advanced.setExpanded(model.team().teamProperty().get());
        // The window grows and shrinks with the pane, so nothing under Advanced is cut off: measured once the
        // pane's skin has taken the change (its listener runs after this one).
        Runnable refit = () -> javafx.application.Platform.runLater(() -> {
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                keepOnScreen(getDialogPane().getScene().getWindow());
            }
        });
        advanced.expandedProperty().addListener((o, was, open) -> refit.run());
        // A test's answer can take two lines: the buttons below it stay in the window.
        model.team().checkProperty().addListener((o, was, now) -> refit.run());
        advanced.setAnimated(false);

        Label error = new Label();
        error.setId("connect-error");
        error.setWrapText(true);
        error.setMaxWidth(380);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label problem = new Label();
        problem.setId("connect-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(380);
        problem.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(model.busyProperty());
        Label busyText = new Label("Opening the account…");
        busyText.visibleProperty().bind(model.busyProperty());
        HBox busyRow = new HBox(8, busy, busyText);
        busyRow.managedProperty().bind(model.busyProperty());
        busyRow.visibleProperty().bind(model.busyProperty());

        VBox content = new VBox(10, form, remember, note, advanced, problem, error, busyRow);
        content.setPadding(new Insets(8, 4, 4, 4));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(DEMO, ButtonType.CANCEL, CONNECT);

        Button connect = (Button) getDialogPane().lookupButton(CONNECT);
        connect.setId("connect-button");
        connect.disableProperty().bind(model.canConnectProperty().not());
        connect.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.connect(session -> finish(session, onOpened));
        });
        Button demo = (Button) getDialogPane().lookupButton(DEMO);
        demo.setId("connect-demo");
        demo.disableProperty().bind(model.busyProperty());
        demo.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.tryDemo(session -> finish(session, onOpened));
        });
        setResultConverter(b -> null);
        setOnShown(e -> (model.usernameProperty().get().isBlank() ? username : password).requestFocus());
    }

    /** Fits the window to its content, moved up where it would reach below the screen. */
    private static void keepOnScreen(Window window) {
        window.sizeToScene();
        var screens = javafx.stage.Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(), 1);
        var bounds = (screens.isEmpty() ? javafx.stage.Screen.getPrimary() : screens.getFirst()).getVisualBounds();
        if (window.getY() + window.getHeight() > bounds.getMaxY()) {
            window.setY(Math.max(bounds.getMinY(), bounds.getMaxY() - window.getHeight()));
        }
    }

    /** The account the form names, or null while it names none yet. */
    private static io.adsdesk.model.Account formAccount(AccountsViewModel model) {
        try {
            return new io.adsdesk.model.Account(model.usernameProperty().get().strip(), model.baseUrlProperty().get().strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void finish(AccountSession session, Consumer<AccountSession> onOpened) {
        setResult(session);
        close();
        onOpened.accept(session);
    }
}
