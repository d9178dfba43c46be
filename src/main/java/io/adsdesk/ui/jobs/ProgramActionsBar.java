package io.adsdesk.ui.jobs;

import atlantafx.base.theme.Styles;
import io.adsdesk.model.Program;
import io.adsdesk.ui.common.ColumnWidths;
import io.adsdesk.ui.programs.BusinessOption;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The program actions row (New, Edit, Duplicate, End, Pause, Resume, Jobs, Audit log) and the
 * same actions as a context menu for the table. Opens the form, the confirmation and the
 * jobs / audit windows; everything else is the view model's.
 */
public final class ProgramActionsBar extends HBox {
    private final ProgramActionsViewModel model;
    private final ObservableList<BusinessOption> businesses;
    private final ColumnWidths widths;
    private Stage jobsWindow;
    private Stage auditWindow;

    public ProgramActionsBar(ProgramActionsViewModel model, ObservableList<BusinessOption> businesses) {
        this(model, businesses, ColumnWidths.inMemory());
    }

    /** @param widths where the jobs and audit windows keep the column widths the user sets */
    public ProgramActionsBar(ProgramActionsViewModel model, ObservableList<BusinessOption> businesses,
                             ColumnWidths widths) {
        this.model = model;
        this.businesses = businesses;
        this.widths = widths;
        setId("actions-bar");
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 10, 4, 12));
        BooleanBinding noActions = model.availableBinding().not();
        Button jobs = button("Jobs", "action-jobs", "Jobs sent to Yelp and their results", this::showJobs, noActions);
        jobs.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            int n = model.jobs().unfinishedBinding().get();
            return n == 0 ? "Jobs" : "Jobs (" + n + " running)";
        }, model.jobs().unfinishedBinding()));
        getChildren().addAll(
                button("New program…", "action-new", "Create a program", this::newProgram, noActions),
                button("Edit…", "action-edit", "Change dates, budget, bid, pacing or categories", this::edit,
                        model.canChangeBinding().not()),
                button("Duplicate…", "action-duplicate", "Create a new program copying this one", this::duplicate,
                        model.canDuplicateBinding().not()),
                button("End…", "action-end", "End the program today", this::end, model.canChangeBinding().not()),
                button("Pause", "action-pause", "Pause this CPC program", model::pauseSelected, model.canPauseBinding().not()),
                button("Resume", "action-resume", "Resume this paused CPC program", model::resumeSelected,
                        model.canResumeBinding().not()),
                jobs,
                button("Audit log", "action-audit", "Everything done to programs from here", this::showAudit, noActions));
    }

    /** Edit, Duplicate, End, Pause, Resume for the details pane. */
    public HBox selectionButtons() {
        HBox box = new HBox(6,
                button("Edit…", "details-edit", "Change this program", this::edit, model.canChangeBinding().not()),
                button("Duplicate…", "details-duplicate", "Create a copy", this::duplicate, model.canDuplicateBinding().not()),
                button("End…", "details-end", "End the program today", this::end, model.canChangeBinding().not()),
                button("Pause", "details-pause", "Pause this CPC program", model::pauseSelected, model.canPauseBinding().not()),
                button("Resume", "details-resume", "Resume this CPC program", model::resumeSelected,
                        model.canResumeBinding().not()));
        box.setPadding(new Insets(0, 14, 6, 14));
        box.visibleProperty().bind(model.availableBinding());
        box.managedProperty().bind(model.availableBinding());
        return box;
    }

    /** The same actions for the table's rows. */
    public ContextMenu contextMenu() {
        return new ContextMenu(
                item("New program…", this::newProgram, model.availableBinding().not()),
                new SeparatorMenuItem(),
                item("Edit…", this::edit, model.canChangeBinding().not()),
                item("Duplicate…", this::duplicate, model.canDuplicateBinding().not()),
                item("End…", this::end, model.canChangeBinding().not()),
                item("Pause", model::pauseSelected, model.canPauseBinding().not()),
                item("Resume", model::resumeSelected, model.canResumeBinding().not()));
    }

    public void newProgram() {
        openForm(model.newProgramForm());
    }

    public void edit() {
        openForm(model.editForm());
    }

    public void duplicate() {
        openForm(model.duplicateForm());
    }

    private void openForm(ProgramFormViewModel form) {
        ProgramFormDialog dialog = new ProgramFormDialog(window(), form, businesses);
        dialog.getScene().getStylesheets().setAll(getScene().getStylesheets());
        dialog.show();
    }

    /** Asks first, naming the program; ends it on OK. */
    public void end() {
        Program p = model.selectedProgram();
        if (p == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                "End " + p.programType() + " program " + p.programId() + " today? This cannot be undone.",
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(window());
        confirm.setTitle("End program");
        confirm.setHeaderText("End program " + p.programId() + "?");
        confirm.getDialogPane().setId("confirm-end-dialog");
        confirm.getDialogPane().lookupButton(ButtonType.OK).setId("confirm-end");
        confirm.setOnHidden(e -> {
            if (confirm.getResult() == ButtonType.OK) {
                model.endSelected();
            }
        });
        confirm.show();
    }

    public void showJobs() {
        model.jobs().load();
        jobsWindow = showWindow(jobsWindow, "Jobs", new JobsView(model.jobs(), widths));
    }

    public void showAudit() {
        model.audit().load();
        auditWindow = showWindow(auditWindow, "Audit log", new AuditLogView(model.audit(), widths));
    }

    private Stage showWindow(Stage existing, String title, Parent content) {
        Stage stage = existing;
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(window());
            stage.setTitle(title + " — AdsDesk");
            Scene scene = new Scene(content, 1180, 560);
            scene.getStylesheets().setAll(getScene().getStylesheets());
            stage.setScene(scene);
        }
        stage.show();
        stage.toFront();
        return stage;
    }

    private Window window() {
        return getScene().getWindow();
    }

    private static Button button(String text, String id, String tip, Runnable action, BooleanBinding disabled) {
        Button b = new Button(text);
        b.setId(id);
        b.setMnemonicParsing(false);
        b.getStyleClass().add(Styles.SMALL);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.disableProperty().bind(disabled);
        return b;
    }

    private static MenuItem item(String text, Runnable action, BooleanBinding disabled) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false);
        item.setOnAction(e -> action.run());
        item.disableProperty().bind(disabled);
        return item;
    }
}
