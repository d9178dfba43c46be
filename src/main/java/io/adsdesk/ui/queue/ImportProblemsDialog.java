package io.adsdesk.ui.queue;

import atlantafx.base.theme.Styles;
import io.adsdesk.queue.ImportProblem;
import io.adsdesk.queue.ImportResult;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;

/** What an imported spreadsheet got wrong, row by row and column by column; with errors nothing was queued. */
public final class ImportProblemsDialog extends Stage {

    public ImportProblemsDialog(Window owner, String fileName, ImportResult result) {
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setTitle("Import " + fileName + " — AdsDesk");
        Label summary = new Label(summary(result));
        summary.setId("import-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add(result.valid() ? Styles.SUCCESS : Styles.DANGER);
        ListView<String> problems = new ListView<>();
        problems.setId("import-problems");
        problems.getItems().setAll(lines(result));
        VBox.setVgrow(problems, Priority.ALWAYS);
        Button close = new Button("Close");
        close.setId("import-close");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(e -> close());
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(10, summary, problems, buttons);
        root.setPadding(new Insets(14));
        setScene(new Scene(root, 640, 400));
    }

    static String summary(ImportResult r) {
        if (!r.valid()) {
            return r.errors().size() + (r.errors().size() == 1 ? " problem" : " problems")
                    + " in the file: nothing was queued. Correct them and import the file again.";
        }
        return "Queued " + r.changes().size() + (r.changes().size() == 1 ? " change" : " changes")
                + (r.warnings().isEmpty() ? "." : ", with " + r.warnings().size()
                + (r.warnings().size() == 1 ? " warning:" : " warnings:"));
    }

    static List<String> lines(ImportResult r) {
        List<String> lines = new ArrayList<>();
        for (ImportProblem p : r.errors()) {
            lines.add("Error: " + p.line());
        }
        for (ImportProblem p : r.warnings()) {
            lines.add("Warning: " + p.line());
        }
        return lines;
    }
}
