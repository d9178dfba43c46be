package io.adsdesk.ui.reports;

import atlantafx.base.theme.Styles;
import io.adsdesk.ui.common.Formats;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The report Yelp is building, at the foot of the Reports view: what was asked and when, how long
 * Yelp usually takes, the live state with the time waited so far, and a way to stop waiting.
 */
final class BuildPane extends VBox {
    private final Label requested = new Label();
    private final Label usually = new Label();
    private final Label state = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Timeline clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
    private BuildStatus shown;

    BuildPane(ReportsViewModel model) {
        setId("report-build");
        getStyleClass().add("report-build");
        setPadding(new Insets(8, 12, 8, 12));
        setSpacing(4);
        requested.setId("build-requested");
        requested.getStyleClass().add(Styles.TEXT_BOLD);
        usually.setId("build-usually");
        usually.getStyleClass().add(Styles.TEXT_MUTED);
        state.setId("build-state");
        bar.setId("build-progress");
        bar.setPrefWidth(220);
        Button cancel = new Button("Stop waiting");
        cancel.setId("build-cancel");
        cancel.setOnAction(e -> model.cancelFetch());
        HBox live = new HBox(10, bar, state);
        live.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(state, Priority.ALWAYS);
        HBox top = new HBox(10, requested, usually);
        top.setAlignment(Pos.BASELINE_LEFT);
        javafx.scene.layout.Region grow = new javafx.scene.layout.Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox row = new HBox(10, new VBox(4, top, live), grow, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(row);
        clock.setCycleCount(Animation.INDEFINITE);
        visibleProperty().bind(model.buildProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        model.buildProperty().addListener((obs, old, status) -> show(status));
    }

    private void show(BuildStatus status) {
        shown = status;
        if (status == null) {
            clock.stop();
            return;
        }
        requested.setText("Requested " + status.requested() + " at " + Formats.dateTime(status.requestedAt(), ZoneId.systemDefault()));
        usually.setText(status.usually() == null ? "" : "Yelp usually takes about " + roughly(status.usually()));
        bar.setProgress(status.progress());
        tick();
        if (clock.getStatus() != Animation.Status.RUNNING) {
            clock.play();
        }
    }

    /** "30 minutes", "1 minute", "45 s": how long Yelp usually takes, without false precision. */
    static String roughly(java.time.Duration d) {
        long minutes = Math.round(d.toSeconds() / 60.0);
        return d.toSeconds() < 60 ? Formats.duration(d) : minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    private void tick() {
        BuildStatus s = shown;
        if (s == null) {
            return;
        }
        java.time.Duration waited = java.time.Duration.between(s.requestedAt(), Instant.now());
        state.setText(s.state() + " · waiting " + Formats.duration(waited.isNegative() ? java.time.Duration.ZERO : waited));
    }
}
