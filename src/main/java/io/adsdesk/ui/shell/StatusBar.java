package io.adsdesk.ui.shell;

import atlantafx.base.theme.Styles;
import io.adsdesk.ui.common.Formats;
import io.adsdesk.ui.programs.ProgramsViewModel;
import io.adsdesk.ui.sync.SyncState;
import io.adsdesk.ui.sync.SyncViewModel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** "N of M programs", their monthly budget and ad cost, when the data was synced, and the background-sync indicator. */
final class StatusBar extends HBox {

    StatusBar(ProgramsViewModel programs, SyncViewModel sync) {
        setId("status-bar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setPadding(new Insets(4, 12, 4, 12));

        Label count = new Label();
        count.setId("count-label");
        count.textProperty().bind(programs.countTextProperty());

        Label totals = new Label();
        totals.setId("totals-label");
        totals.textProperty().bind(programs.totalsTextProperty());
        Separator totalsSeparator = new Separator(Orientation.VERTICAL);
        totalsSeparator.visibleProperty().bind(programs.totalsTextProperty().isNotEmpty());
        totalsSeparator.managedProperty().bind(totalsSeparator.visibleProperty());

        Label synced = new Label();
        synced.setId("synced-label");
        synced.getStyleClass().add(Styles.TEXT_MUTED);
        synced.textProperty().bind(Bindings.createStringBinding(
                () -> programs.lastSyncedAtProperty().get() == null ? "Not synced yet"
                        : "Synced " + Formats.dateTime(programs.lastSyncedAtProperty().get()),
                programs.lastSyncedAtProperty()));

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);

        Label activity = new Label();
        activity.setId("sync-activity");
        activity.getStyleClass().add(Styles.TEXT_MUTED);
        activity.textProperty().bind(Bindings.createStringBinding(
                () -> sync.phaseTextProperty().get() + " · " + sync.detailTextProperty().get(),
                sync.phaseTextProperty(), sync.detailTextProperty()));
        ProgressBar bar = new ProgressBar();
        bar.setId("background-sync-progress");
        bar.getStyleClass().add(Styles.SMALL);
        bar.setPrefWidth(140);
        bar.setMinWidth(Region.USE_PREF_SIZE);
        bar.progressProperty().bind(sync.progressProperty());
        HBox indicator = new HBox(8, activity, bar);
        indicator.setAlignment(Pos.CENTER_RIGHT);
        indicator.visibleProperty().bind(sync.stateProperty().isEqualTo(SyncState.REFRESHING));
        indicator.managedProperty().bind(indicator.visibleProperty());

        // The counts, totals and sync time never shorten; the background-sync text gives way first.
        for (Label l : new Label[] {count, totals, synced}) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        activity.setMinWidth(0);
        HBox.setHgrow(indicator, Priority.SOMETIMES);
        indicator.setMinWidth(0);
        getChildren().addAll(count, totalsSeparator, totals, new Separator(Orientation.VERTICAL), synced, grow, indicator);
    }
}
