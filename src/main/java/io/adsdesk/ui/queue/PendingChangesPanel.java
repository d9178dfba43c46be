package io.adsdesk.ui.queue;

import atlantafx.base.theme.Styles;
import io.adsdesk.model.change.ChangeState;
import io.adsdesk.model.change.ChangeValues;
import io.adsdesk.model.change.PendingChange;
import io.adsdesk.queue.CheckSeverity;
import io.adsdesk.queue.CheckedChange;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * The docked "Pending changes" pane: every open change with its check and state, revert, undo and
 * redo, posting with progress and Cancel, conflicts resolved one way or the other, and the history
 * of posted changes with Yelp's reasons.
 */
public final class PendingChangesPanel extends VBox {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final TableView<CheckedChange> table = new TableView<>();
    private final TabPane tabs = new TabPane();
    private final Tab scheduledTab = new Tab();
    private final ScheduledChangesView scheduledView;
    private Runnable onImport = () -> { };

    /** @param businessOf a program ID's business name, for the Business column ("" when unknown) */
    public PendingChangesPanel(PendingChangesViewModel pending, PostingViewModel posting,
                               Function<String, String> businessOf, ZoneId zone) {
        this(pending, posting, new ScheduledChangesViewModel(pending, java.time.Clock.systemUTC(), zone), businessOf);
    }

    /**
     * @param scheduled the Scheduled tab's model (its clock moves the countdowns, its zone shows the times)
     * @param businessOf a program ID's business name, for the Business column ("" when unknown)
     */
    public PendingChangesPanel(PendingChangesViewModel pending, PostingViewModel posting,
                               ScheduledChangesViewModel scheduled, Function<String, String> businessOf) {
        ZoneId zone = scheduled.zone();
        setId("pending-panel");
        setSpacing(6);
        setPadding(new Insets(6, 8, 6, 8));
        Label title = new Label();
        title.setId("pending-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.createStringBinding(
                () -> "Pending changes (" + pending.changes().size() + ")", pending.changes()));

        table.setId("pending-table");
        table.setItems(pending.changes());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No pending changes. Select programs in the table and use the row menu."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // The check's message is last: it takes the width left, and its tooltip shows a long one whole.
        table.getColumns().setAll(List.of(
                column("Program", 200, c -> c.change().programId()),
                column("Business", 140, c -> businessOf.apply(c.change().programId())),
                column("Field", 70, c -> c.change().field().label()),
                column("Old → new", 185, c -> c.oldText() + " → " + c.newText()),
                column("State", 80, c -> state(c.change())),
                column("Post at", 140, c -> c.change().postAt() == null ? "" : AT.format(c.change().postAt().atZone(zone))),
                withTooltips(column("Check", 200, PendingChangesPanel::check))));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CheckedChange c, boolean empty) {
                super.updateItem(c, empty);
                pseudoClassStateChanged(Styles.STATE_DANGER, !empty && c != null
                        && (c.blocked() || c.change().state() == ChangeState.CONFLICT));
                pseudoClassStateChanged(Styles.STATE_WARNING, !empty && c != null && !c.blocked() && c.hasWarnings());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        scheduledView = new ScheduledChangesView(scheduled, businessOf);
        Tab allTab = new Tab();
        allTab.setId("pending-all-tab");
        allTab.setClosable(false);
        allTab.setContent(table);
        allTab.textProperty().bind(Bindings.createStringBinding(
                () -> "All (" + pending.changes().size() + ")", pending.changes()));
        scheduledTab.setId("pending-scheduled-tab");
        scheduledTab.setClosable(false);
        scheduledTab.setContent(scheduledView);
        scheduledTab.textProperty().bind(Bindings.createStringBinding(
                () -> "Scheduled (" + scheduled.scheduled().size() + ")", scheduled.scheduled()));
        tabs.setId("pending-tabs");
        tabs.getTabs().setAll(allTab, scheduledTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) ->
                (tab == scheduledTab ? scheduledView.table() : table).requestFocus());

        var selected = table.getSelectionModel().getSelectedItems();
        // The buttons that act on the list's selection act on the All tab only.
        var offList = tabs.getSelectionModel().selectedItemProperty().isNotEqualTo(allTab);
        var noSelection = Bindings.isEmpty(selected).or(offList);
        var busy = posting.postingProperty();
        Button undo = button("pending-undo", "Undo", e -> pending.undo());
        undo.disableProperty().bind(pending.undoLabelProperty().isNull().or(busy));
        undo.tooltipProperty().bind(Bindings.createObjectBinding(() -> pending.undoLabelProperty().get() == null ? null
                : new javafx.scene.control.Tooltip(pending.undoLabelProperty().get() + " (Ctrl+Z)"), pending.undoLabelProperty()));
        Button redo = button("pending-redo", "Redo", e -> pending.redo());
        redo.disableProperty().bind(pending.redoLabelProperty().isNull().or(busy));
        Button revert = button("pending-revert", "Revert selected", e -> pending.revert(ids(selected)));
        revert.disableProperty().bind(noSelection.or(busy));
        Button revertAll = button("pending-revert-all", "Revert all", e -> pending.revertAll());
        revertAll.disableProperty().bind(Bindings.isEmpty(pending.changes()).or(busy));
        Button keepMine = button("pending-keep-mine", "Keep mine", e -> posting.keepMine(conflicts(selected)));
        Button takeYelps = button("pending-take-yelps", "Take Yelp's", e -> posting.takeYelps(conflicts(selected)));
        var noConflictSelected = Bindings.createBooleanBinding(() -> conflicts(selected).isEmpty(), selected).or(offList);
        keepMine.disableProperty().bind(noConflictSelected.or(busy));
        takeYelps.disableProperty().bind(noConflictSelected.or(busy));
        Button postSelected = button("pending-post-selected", "Post selected", e -> posting.post(ids(selected)));
        postSelected.disableProperty().bind(noSelection.or(busy));
        Button postAll = button("pending-post-all", "Post all", e -> posting.postAll());
        postAll.getStyleClass().add(Styles.ACCENT);
        postAll.disableProperty().bind(Bindings.isEmpty(pending.changes()).or(busy));
        Button cancel = button("pending-cancel", "Cancel", e -> posting.cancel());
        cancel.disableProperty().bind(busy.not());
        ProgressBar progress = new ProgressBar();
        progress.setId("pending-progress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(posting.progressProperty());
        progress.visibleProperty().bind(busy);
        Label message = new Label();
        message.setId("pending-message");
        message.textProperty().bind(Bindings.createStringBinding(() -> pending.errorProperty().get() != null
                ? pending.errorProperty().get() : posting.messageProperty().get(),
                pending.errorProperty(), posting.messageProperty()));
        Button importCsv = button("pending-import", "Import CSV…", e -> onImport.run());
        importCsv.disableProperty().bind(busy);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(6, title, gap, importCsv, undo, redo, revert, revertAll, keepMine, takeYelps, postSelected, postAll,
                cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox status = new HBox(8, progress, message);
        status.setAlignment(Pos.CENTER_LEFT);

        ListView<PendingChange> history = new ListView<>(posting.history());
        history.setId("pending-history");
        history.setPlaceholder(new Label("Posted changes show here."));
        history.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(PendingChange c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : historyLine(c));
                pseudoClassStateChanged(Styles.STATE_DANGER, !empty && c != null && c.state() == ChangeState.REJECTED);
                pseudoClassStateChanged(Styles.STATE_SUCCESS, !empty && c != null && c.state() == ChangeState.COMPLETED);
            }
        });
        SplitPane split = new SplitPane(tabs, new VBox(2, new Label("History"), history));
        VBox.setVgrow(history, Priority.ALWAYS);
        split.setDividerPositions(0.76);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(bar, split, status);
    }

    /** What "Import CSV…" does: the window's file chooser (Ctrl+Shift+I). */
    public void setOnImport(Runnable onImport) {
        this.onImport = onImport;
    }

    /** Shows the Scheduled tab, its list focused and a change selected, ready for Delete or F2. */
    public void showScheduled() {
        tabs.getSelectionModel().select(scheduledTab);
        TableView<CheckedChange> list = scheduledView.table();
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
        if (list.getScene() != null) {
            list.requestFocus();
            return;
        }
        // A pane shown just now gets its tab's content at the next layout: focus the list then.
        list.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> obs,
                                javafx.scene.Scene old, javafx.scene.Scene scene) {
                if (scene != null) {
                    obs.removeListener(this);
                    list.requestFocus();
                }
            }
        });
    }

    /** The list of changes, for keyboard focus. */
    public TableView<CheckedChange> table() {
        return table;
    }

    static String historyLine(PendingChange c) {
        String line = c.state() + "  " + c.programId() + "  " + c.field().label() + "  "
                + ChangeValues.display(c.field(), c.oldValue()) + " → " + ChangeValues.display(c.field(), c.newValue());
        return c.message() == null || c.message().isBlank() ? line : line + "  —  " + c.message();
    }

    private static String check(CheckedChange c) {
        if (c.change().state() == ChangeState.CONFLICT && c.change().message() != null) {
            return c.change().message();
        }
        if (c.checks().isEmpty()) {
            return "OK";
        }
        return (c.checks().getFirst().severity() == CheckSeverity.ERROR ? "Error: " : "Warning: ") + c.summary();
    }

    private static String state(PendingChange c) {
        String s = c.state().name().charAt(0) + c.state().name().substring(1).toLowerCase(java.util.Locale.ROOT);
        return c.scheduled() && c.state() == ChangeState.PENDING ? "Scheduled" : s;
    }

    private static List<Long> ids(List<CheckedChange> rows) {
        return rows.stream().map(c -> c.change().id()).toList();
    }

    private static List<Long> conflicts(List<CheckedChange> rows) {
        return rows.stream().filter(c -> c.change().state() == ChangeState.CONFLICT).map(c -> c.change().id()).toList();
    }

    private static TableColumn<CheckedChange, String> column(String name, double width, Function<CheckedChange, String> text) {
        TableColumn<CheckedChange, String> col = new TableColumn<>(name);
        col.setPrefWidth(width);
        col.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue() == null ? "" : text.apply(f.getValue())));
        return col;
    }

    /** Cells that show their whole text in a tooltip, for text that may not fit the column. */
    static TableColumn<CheckedChange, String> withTooltips(TableColumn<CheckedChange, String> col) {
        col.setCellFactory(c -> new TableCell<>() {
            private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                tip.setText(text);
                setTooltip(empty || text == null || text.isEmpty() ? null : tip);
            }
        });
        return col;
    }

    private static Button button(String id, String text, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMnemonicParsing(false);
        b.setOnAction(action);
        return b;
    }
}
