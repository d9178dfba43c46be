package io.adsdesk.ui.programs;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The programs screen: a filter bar over the table, a details pane on the right.
 * Builds itself and binds to {@link ProgramsViewModel}; nothing else.
 */
public final class ProgramsView extends BorderPane {
    /** The key ComboBoxListViewSkin reads for how many rows to measure (all of them when absent). */
    private static final String ROWS_TO_MEASURE_KEY = "comboBoxRowsToMeasureWidth";
    private static final int ROWS_TO_MEASURE = 30;
    private final ProgramsViewModel model;
    private final ProgramTable table = new ProgramTable();
    private final SearchableComboBox<BusinessOption> businessBox = new SearchableComboBox<>();
    private final MenuButton statusBox;
    private final MenuButton typeBox;
    private final SavedViewsMenu viewsMenu;
    private final CustomTextField searchField = new CustomTextField();
    private final javafx.scene.control.ToggleButton changedFilter = new javafx.scene.control.ToggleButton("Changed in last sync");
    private final javafx.scene.control.ToggleButton pendingFilter = new javafx.scene.control.ToggleButton(PendingMark.SYMBOL + " Pending");
    private final ProgramDetailsView details = new ProgramDetailsView();
    private final SplitPane split = new SplitPane();
    private static final javafx.scene.input.KeyCombination COPY =
            new javafx.scene.input.KeyCodeCombination(KeyCode.C, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
    /** The selected row when the view model started replacing the rows. */
    private ProgramRow rowBeforeReplacing;
    /** True while a selection is being restored: one report to the view model at the end. */
    private boolean restoring;
    private java.util.function.IntConsumer onCopied = n -> { };

    public ProgramsView(ProgramsViewModel model) {
        this.model = model;
        this.statusBox = ChoiceMenus.statusMenu(model.statusProperty());
        this.typeBox = ChoiceMenus.typeMenu(model.typeProperty());
        this.viewsMenu = new SavedViewsMenu(name -> model.currentView(name, List.copyOf(hiddenColumnIds())), this::applyView);
        setId("programs-view");
        createView();
        bind();
    }

    private void createView() {
        businessBox.setId("business-filter");
        // The business box gives up width first; the search hint and every button keep their whole text.
        businessBox.setPrefWidth(320);
        businessBox.setMinWidth(150);
        businessBox.setTooltip(new Tooltip("Filter by business; type to search by name or ID"));
        businessBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(BusinessOption o) {
                return o == null ? "" : o.isAll() ? o.name() : o.label() + "  ·  " + o.businessId();
            }

            @Override
            public BusinessOption fromString(String s) {
                return null;
            }
        });

        changedFilter.setId("changed-filter");
        changedFilter.setTooltip(new Tooltip("Only the programs the last sync added (+), updated (~) or removed (−); "
                + "removed ones stay listed until the next sync"));

        pendingFilter.setId("pending-filter");
        pendingFilter.setTooltip(new Tooltip("Pending changes: only the programs with a change not yet posted; a marked cell ("
                + PendingMark.SYMBOL + ") shows the new value, its tooltip the current one"));

        searchField.setId("search-field");
        searchField.setPromptText("Search every column  (Ctrl+F)");
        searchField.setTooltip(new Tooltip("Finds text in every column as shown, money and dates included; Esc clears it"));
        searchField.setPrefWidth(280);
        searchField.setMinWidth(Region.USE_PREF_SIZE);
        Label magnifier = new Label("⌕");
        magnifier.getStyleClass().add("search-glyph");
        searchField.setLeft(magnifier);
        Button clearSearch = new Button("✕");
        clearSearch.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "clear-search");
        clearSearch.setFocusTraversable(false);
        clearSearch.visibleProperty().bind(searchField.textProperty().isNotEmpty());
        clearSearch.setOnAction(e -> searchField.clear());
        searchField.setRight(clearSearch);

        Button reset = new Button("Clear filters");
        reset.setId("clear-filters");
        reset.getStyleClass().add(Styles.FLAT);
        reset.setTooltip(new Tooltip("Every business, status and type, no search and all changes: show all programs"));
        reset.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.filterProperty().get().isEmpty() && !model.changedOnlyProperty().get()
                        && !model.pendingOnlyProperty().get(),
                model.filterProperty(), model.changedOnlyProperty(), model.pendingOnlyProperty()));
        reset.setOnAction(e -> model.resetFilters());

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox filters = new HBox(8, businessBox, statusBox, typeBox, searchField, changedFilter, pendingFilter, grow, viewsMenu, reset);
        filters.setId("filter-bar");
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new Insets(8, 10, 8, 10));
        filters.getStyleClass().add("filter-bar");
        for (javafx.scene.Node control : List.of(statusBox, typeBox, changedFilter, pendingFilter, viewsMenu, reset)) {
            ((Region) control).setMinWidth(Region.USE_PREF_SIZE);
        }
        setTop(filters);

        Label empty = new Label();
        empty.setId("empty-text");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.textProperty().bind(model.emptyTextProperty());
        table.setPlaceholder(empty);

        details.setOnClose(() -> showDetails(false));
        split.getItems().add(table);
        split.setId("programs-split");
        setCenter(split);
    }

    private void bind() {
        businessBox.setItems(model.businessOptions());
        // Opening a drop-down measures every option for its width unless told how many to measure:
        // with 2,000 businesses that was most of the time to open it (ScreenBench).
        businessBox.skinProperty().addListener((obs, old, skin) -> {
            for (javafx.scene.Node box : businessBox.lookupAll(".combo-box-base")) {
                box.getProperties().put(ROWS_TO_MEASURE_KEY, ROWS_TO_MEASURE);
            }
        });
        businessBox.valueProperty().bindBidirectional(model.businessProperty());
        searchField.textProperty().bindBidirectional(model.searchTextProperty());
        searchField.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                model.prepareSearch();
            }
        });
        changedFilter.selectedProperty().bindBidirectional(model.changedOnlyProperty());
        model.lastChangesProperty().addListener((obs, old, changes) -> table.showChanges(changes));
        pendingFilter.selectedProperty().bindBidirectional(model.pendingOnlyProperty());
        model.pendingMarksProperty().addListener((obs, old, marks) -> table.showPending(marks));
        table.showPending(model.pendingMarksProperty().get());
        table.showChanges(model.lastChangesProperty().get());

        table.setItems(model.rows());
        // The view model keeps its rows in the table's order: the table only tells it the sort keys,
        // on every header click (direction changes and Shift-clicks included).
        table.setSortPolicy(t -> {
            model.sortBy(table.sortKeys());
            return true;
        });
        model.selectedRowProperty().bind(table.getSelectionModel().selectedItemProperty());
        model.reselectProperty().addListener((obs, old, row) -> {
            if (row != null) {
                table.getSelectionModel().select(row);
            }
        });
        model.selectedRowProperty().addListener((obs, old, row) -> {
            if (!model.replacingRowsProperty().get()) {
                showSelected(row); // while rows are replaced, the selected row comes back at once if still shown
            }
        });
        // The selection follows programs, not positions: while the rows are replaced it is cleared,
        // then the programs still shown are selected again (one change each, even for 100,000 rows).
        model.replacingRowsProperty().addListener((obs, was, replacing) -> {
            var selection = table.getSelectionModel();
            if (replacing) {
                rowBeforeReplacing = selection.getSelectedItem();
                int[] after = model.selectedIndicesAfterReplacing();
                if (after != null && table.keepSelectionWhileReplacing(after)) {
                    return; // a sort with every row selected: the same positions stay selected
                }
                if (!selection.isEmpty()) {
                    selection.clearSelection();
                }
                return;
            }
            ProgramRow before = rowBeforeReplacing;
            rowBeforeReplacing = null;
            int[] many = model.selectedIndicesAfterReplacing();
            if (many != null) {
                restoreSelection(many, before);
                return;
            }
            ProgramRow now = selection.getSelectedItem();
            if (before != null) {
                if (now == null || !now.programId().equals(before.programId())) {
                    selection.clearSelection(); // the selected row was filtered out
                    showSelected(null);
                } else if (now != before) {
                    details.show(now); // the same program, reloaded (after an edit or a sync): new values, pane stays
                }
            }
            pushSelection();
        });
        table.getSelectionModel().getSelectedIndices().addListener((javafx.beans.InvalidationListener) o -> {
            if (!model.replacingRowsProperty().get() && !restoring) {
                pushSelection();
            }
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e)) {
                copySelection();
                e.consume();
            }
        });

        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                showDetails(true);
            }
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && model.selectedRowProperty().get() != null) {
                showDetails(true);
                e.consume();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !businessBox.isShowing() && !statusBox.isShowing() && !typeBox.isShowing()) {
                if (split.getItems().contains(details)) {
                    showDetails(false);
                } else {
                    model.clearSearch();
                }
                e.consume();
            }
        });
        // From the search box, Tab or Down goes to the table with a row selected: Enter then opens it.
        searchField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.TAB && !e.isShiftDown() || e.getCode() == KeyCode.DOWN) && !table.getItems().isEmpty()) {
                focusTable();
                e.consume();
            }
        });
    }

    /** Selects these rows again after a replacement; {@code lead}'s program stays the focused one. */
    private void restoreSelection(int[] indices, ProgramRow lead) {
        var selection = table.getSelectionModel();
        restoring = true;
        try {
            int leadIndex = -1;
            for (int i : indices) {
                if (lead != null && table.getItems().get(i).programId().equals(lead.programId())) {
                    leadIndex = i;
                    break;
                }
            }
            table.selectOnly(indices, leadIndex);
        } finally {
            restoring = false;
        }
        pushSelection();
        ProgramRow now = selection.getSelectedItem();
        if (now == null) {
            showSelected(null);
        } else if (now != lead) {
            details.show(now);
        }
    }

    /** Tells the view model which rows are selected, in the table's order. */
    private void pushSelection() {
        int[] indices = table.selectedRows();
        List<ProgramRow> items = table.getItems();
        List<ProgramRow> rows = new java.util.ArrayList<>(indices.length);
        for (int i : indices) {
            if (i < items.size()) {
                rows.add(items.get(i));
            }
        }
        model.selection().set(rows);
    }

    /** Ctrl+C: the selected rows as tab-separated text with a header row, the shown columns in their order. */
    public void copySelection() {
        model.copySelection(table.visibleColumns(), text -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(text);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            onCopied.accept(model.selection().countProperty().get());
        }, error -> onCopied.accept(-1));
    }

    /** Told how many rows Ctrl+C copied (-1: the copy failed), to say so. */
    public void setOnCopied(java.util.function.IntConsumer onCopied) {
        this.onCopied = onCopied;
    }

    private void showSelected(ProgramRow row) {
        details.show(row);
        if (row == null) {
            showDetails(false);
        }
    }

    /** Shows or hides the details pane of the selected program. */
    public void showDetails(boolean show) {
        boolean shown = split.getItems().contains(details);
        if (show && !shown && model.selectedRowProperty().get() != null) {
            split.getItems().add(details);
            split.setDividerPositions(0.70);
        } else if (!show && shown) {
            split.getItems().remove(details);
            table.requestFocus();
        }
    }

    /** Row actions: the table's context menu, and buttons at the top of the details pane. */
    public void setProgramActions(javafx.scene.control.ContextMenu rowMenu, javafx.scene.Node detailsButtons) {
        table.setContextMenu(rowMenu);
        details.setActions(detailsButtons);
    }

    /** Shows the Features section, read through {@code features}, in the details pane. */
    public void setFeatures(io.adsdesk.ui.features.FeaturesViewModel features) {
        details.setFeatures(features);
    }

    /** The rows selected in the table: actions on many programs, the Reports view's "Selected programs" scope. */
    public javafx.collections.ObservableList<ProgramRow> selectedRows() {
        return table.getSelectionModel().getSelectedItems();
    }

    /** Ctrl+F. */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    public void focusTable() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
        }
        int selected = table.getSelectionModel().getSelectedIndex();
        if (selected >= 0) {
            table.getFocusModel().focus(selected);
            table.scrollTo(selected);
        }
    }

    /**
     * Selects a program in the table and scrolls to it; when the filters hide it, they are cleared
     * first. Returns false when the registry has no such program.
     */
    public boolean reveal(String programId) {
        ProgramRow row = rowOf(programId);
        if (row == null) {
            model.resetFilters();
            row = rowOf(programId);
        }
        if (row == null) {
            return false;
        }
        table.getSelectionModel().clearSelection();
        table.getSelectionModel().select(row);
        int index = table.getSelectionModel().getSelectedIndex();
        table.getFocusModel().focus(index);
        table.scrollTo(index);
        table.requestFocus();
        return true;
    }

    private ProgramRow rowOf(String programId) {
        for (ProgramRow r : model.rows()) {
            if (r.programId().equals(programId)) {
                return r;
            }
        }
        return null;
    }

    /** Hides the named columns and reports every later show/hide, so the choice can be remembered. */
    public void restoreHiddenColumns(Set<String> hidden, Consumer<Set<String>> onChange) {
        for (TableColumn<ProgramRow, ?> col : table.getColumns()) {
            col.setVisible(!hidden.contains(col.getId()));
            col.visibleProperty().addListener((obs, was, now) -> onChange.accept(hiddenColumnIds()));
        }
    }

    /**
     * Gives columns the widths the user set before and reports later changes (a drag reports once,
     * when it ends), so they can be remembered per column.
     */
    public void restoreColumnWidths(java.util.Map<String, Double> widths, Consumer<java.util.Map<String, Double>> onChange) {
        table.restoreWidths(widths, onChange);
    }

    /** Where the named views are kept, whose they are (null: no account open) and how to save them. */
    public void useSavedViews(java.util.Map<String, List<io.adsdesk.ui.common.SavedView>> store,
                              java.util.function.Supplier<String> account, Runnable save) {
        viewsMenu.use(store, account, save);
    }

    /** Saves the current filters, sort and visible columns as a named view of the open account. */
    public void saveView(String name) {
        viewsMenu.saveAs(name);
    }

    /** Switches to a saved view: its filters, its sort and its visible columns. */
    public void applyView(io.adsdesk.ui.common.SavedView view) {
        List<ColumnSort> sort = model.applyView(view);
        for (TableColumn<ProgramRow, ?> col : table.getColumns()) {
            col.setVisible(!view.hiddenColumns().contains(col.getId()));
        }
        table.sortBy(sort);
    }

    /** The named views of the open account, in the order saved. */
    public List<io.adsdesk.ui.common.SavedView> savedViews() {
        return viewsMenu.views();
    }

    private Set<String> hiddenColumnIds() {
        return table.getColumns().stream().filter(c -> !c.isVisible()).map(TableColumn::getId)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static <T> StringConverter<T> labels(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
