package io.adsdesk.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Shown when no account is open: connect, or try the demo account. */
final class WelcomePane extends StackPane {

    WelcomePane(Runnable onConnect, Runnable onDemo, javafx.beans.value.ObservableStringValue error) {
        setId("welcome-pane");
        getStyleClass().add("overlay");
        Label title = new Label("Welcome to AdsDesk");
        title.getStyleClass().add(Styles.TITLE_2);
        Label text = new Label("Connect your Yelp partner-API account to see every advertising program you manage, "
                + "or try the demo account: 2,000 programs on a built-in sandbox, no credentials needed.");
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        Button connect = new Button("Connect account…");
        connect.setId("welcome-connect");
        connect.getStyleClass().add(Styles.ACCENT);
        connect.setDefaultButton(true);
        connect.setOnAction(e -> onConnect.run());
        Button demo = new Button("Try the demo account");
        demo.setId("welcome-demo");
        demo.setOnAction(e -> onDemo.run());
        HBox buttons = new HBox(10, connect, demo);
        Label problem = new Label();
        problem.setId("welcome-error");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(error);
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox card = new VBox(14, title, text, buttons, problem);
        card.getStyleClass().add("overlay-card");
        card.setMaxSize(520, USE_PREF_SIZE);
        card.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(card);
    }
}
