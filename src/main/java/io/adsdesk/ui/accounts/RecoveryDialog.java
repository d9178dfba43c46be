package io.adsdesk.ui.accounts;

import atlantafx.base.theme.Styles;
import io.adsdesk.registry.RegistryBackups.Backup;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Shown when an account's registry is damaged: what happened, and Restore (a backup, newest first),
 * Rebuild from Yelp, or Quit. Stays open while the chosen way runs; closes when it is done.
 */
public final class RecoveryDialog extends Dialog<ButtonType> {
    public static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType REBUILD = new ButtonType("Rebuild from Yelp", ButtonBar.ButtonData.OTHER);
    public static final ButtonType QUIT = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    public RecoveryDialog(Window owner, RecoveryViewModel model) {
        initOwner(owner);
        setTitle("The local registry is damaged");
        setHeaderText("AdsDesk will not use this account's local registry as it is.");

        Label problem = new Label();
        problem.setId("recovery-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(460);
        problem.textProperty().bind(model.problemProperty());

        ComboBox<Backup> backups = new ComboBox<>(model.backups());
        backups.setId("recovery-backups");
        backups.valueProperty().bindBidirectional(model.chosenProperty());
        backups.setConverter(new StringConverter<>() {
            @Override
            public String toString(Backup b) {
                return b == null ? "" : "Backup from " + TIME.format(b.takenAt());
            }

            @Override
            public Backup fromString(String s) {
                return null;
            }
        });
        backups.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.backups()));
        backups.managedProperty().bind(backups.visibleProperty());
        Label none = new Label("There is no backup to restore: rebuild from Yelp. Sync history, jobs and the audit log"
                + " come back only from a backup.");
        none.setWrapText(true);
        none.setMaxWidth(460);
        none.visibleProperty().bind(backups.visibleProperty().not());
        none.managedProperty().bind(none.visibleProperty());
        Label note = new Label("Restore puts the chosen backup in place (changes since it are fetched by the next sync)."
                + " Rebuild starts from no programs and syncs them again, keeping history, jobs and audit log from the"
                + " newest backup. The damaged file is kept beside them either way.");
        note.setWrapText(true);
        note.setMaxWidth(460);
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Label error = new Label();
        error.setId("recovery-error");
        error.setWrapText(true);
        error.setMaxWidth(460);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());

        getDialogPane().setContent(new VBox(10, problem, backups, none, note, error));
        getDialogPane().getButtonTypes().setAll(RESTORE, REBUILD, QUIT);
        Button restore = (Button) getDialogPane().lookupButton(RESTORE);
        restore.setId("recovery-restore");
        restore.disableProperty().bind(model.canRestoreProperty().not());
        Button rebuild = (Button) getDialogPane().lookupButton(REBUILD);
        rebuild.setId("recovery-rebuild");
        rebuild.disableProperty().bind(model.busyProperty());
        ((Button) getDialogPane().lookupButton(QUIT)).setId("recovery-quit");
        restore.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.restore();
        });
        rebuild.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.rebuild();
        });
        model.doneProperty().addListener((obs, was, isDone) -> {
            if (isDone) {
                setResult(RESTORE);
                close();
            }
        });
        model.loadBackups();
    }
}
