package io.adsdesk.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;

/** "Keyboard shortcuts" (F1 or Help menu): every key the main window answers to, in one list. */
final class ShortcutsHelp {
    /** Key, then what it does; the window's accelerators and the programs screen's keys. */
    static final List<String[]> SHORTCUTS = List.of(
            new String[] {"F1", "Show these keyboard shortcuts"},
            new String[] {"F5  or  Ctrl+R", "Sync now"},
            new String[] {"Ctrl+F", "Go to the search box"},
            new String[] {"Ctrl+E", "Export the shown rows to CSV"},
            new String[] {"Ctrl+Shift+R", "Open the Reports window (again: hide it)"},
            new String[] {"F5 (in Reports)", "Get the range's missing figures from Yelp"},
            new String[] {"Ctrl+Z / Ctrl+Y", "Undo / redo the last edit of the pending changes"},
            new String[] {"Ctrl+J", "Show or hide the pending changes"},
            new String[] {"Ctrl+Shift+J", "Show the scheduled changes: Delete cancels one, F2 goes to its new time"},
            new String[] {"Ctrl+Shift+I", "Import changes from a CSV spreadsheet"},
            new String[] {"Ctrl+B", "Queue a new budget for the selected programs"},
            new String[] {"Ctrl+Shift+B  /  Ctrl+Alt+B", "Queue a budget change by % / by an amount"},
            new String[] {"Ctrl+Shift+M", "Queue a new max bid for the selected programs"},
            new String[] {"Ctrl+Shift+D  /  Ctrl+Shift+O", "Queue a new end date / make open-ended"},
            new String[] {"Ctrl+Shift+P  /  Ctrl+Shift+U  /  Ctrl+Shift+E", "Queue pause / resume / end of the selected programs"},
            new String[] {"Tab  or  Down (in the search box)", "Go to the table, first row selected"},
            new String[] {"Up / Down", "Select the previous / next row"},
            new String[] {"Shift+Up / Shift+Down  or  Shift+click", "Extend the selection"},
            new String[] {"Ctrl+click", "Add a row to the selection, or take it out"},
            new String[] {"Ctrl+A (in the table)", "Select every shown row"},
            new String[] {"Ctrl+C (in the table)", "Copy the selected rows, tab-separated with a header row"},
            new String[] {"Enter  or  double-click", "Open the selected program's details"},
            new String[] {"Esc", "Close the details; otherwise clear the search"},
            new String[] {"Click a column header", "Sort by it; click again for descending"},
            new String[] {"Shift+click a column header", "Add it as a further sort key"},
            new String[] {"Right-click a row", "Program actions: edit, pause, resume, end"});

    private ShortcutsHelp() {
    }

    static void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setId("shortcuts-list");
        grid.setHgap(24);
        grid.setVgap(6);
        for (int i = 0; i < SHORTCUTS.size(); i++) {
            Label key = new Label(SHORTCUTS.get(i)[0]);
            key.getStyleClass().add(Styles.TEXT_BOLD);
            grid.addRow(i, key, new Label(SHORTCUTS.get(i)[1]));
        }
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add(Styles.TITLE_4);
        Button close = new Button("Close");
        close.setId("close-shortcuts");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        HBox buttons = new HBox(close);
        buttons.setStyle("-fx-alignment: center-right;");
        VBox root = new VBox(14, title, grid, buttons);
        root.setPadding(new Insets(20));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Keyboard shortcuts — AdsDesk");
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F1) {
                stage.close();
            }
        });
        close.setOnAction(e -> stage.close());
        stage.setScene(scene);
        stage.setResizable(false);
        stage.show();
    }
}
