package io.adsdesk.ui.programs;

import io.adsdesk.export.ExportRow;
import io.adsdesk.export.ProgramExport;
import io.adsdesk.model.PacificDate;
import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.ui.common.Formats;
import io.adsdesk.ui.common.SavedView;
import io.adsdesk.ui.common.TaskCallbacks;
import io.adsdesk.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The programs screen: all rows loaded from the registry once per sync, filtered and sorted in
 * memory. A binding over business, status, type and search text yields the current
 * {@link ProgramFilter}; each new filter recomputes {@link #shownRows} in one change.
 */
public final class ProgramsViewModel {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ProgramsViewModel.class);
    private final TaskExecutor executor;
    private final Supplier<LocalDate> today;

    private final ObservableList<ProgramRow> allRows = FXCollections.observableArrayList();
    /**
     * The table's items: the filtered rows in the table's order, replaced in one change whenever
     * the filter or the order changes. Not a FilteredList over a SortedList: measured with
     * ScreenBench on 100,000 rows, the table spent most of each keystroke digesting the fine-grained
     * changes those lists fire. Nor one "replaced" change ({@code setAll}): after it the table
     * rebuilds every visible cell, while {@link RowList}'s change lets it refresh them in place
     * (business change 22 to 13 ms, keystroke 40 to 34 ms, medians of 5 runs each). Typing into the
     * search box narrows the filter, so only the rows already shown are tested again.
     */
    private final RowList<ProgramRow> shownRows = new RowList<>();
    /** Every row in the table's order. */
    private List<ProgramRow> orderedRows = List.of();
    /**
     * The loaded rows by position, for sorting by per-column ranks (a click is a counting sort, not
     * 2 million comparisons) and searching by a character index (the first letter typed does not
     * test every row); null before a load.
     */
    private RowIndex rowIndex;
    /** The positions in {@link #rowIndex} of {@link #orderedRows}, in the same order. */
    private int[] order;
    /** The comparator {@link #sortBy(List)} made: while it is the current one, the order comes from ranks. */
    private Comparator<ProgramRow> rankedComparator;
    /** True while the search index is being built on a worker. */
    private boolean indexingSearch;
    /** Each business's rows, in load order. */
    private java.util.Map<String, List<ProgramRow>> rowsByBusiness = java.util.Map.of();
    /** The filter {@link #shownRows} reflects. */
    private ProgramFilter shownFilter;
    private final ObjectProperty<Comparator<? super ProgramRow>> comparator = new SimpleObjectProperty<>(this, "comparator");
    private final ReadOnlyObjectWrapper<List<ColumnSort>> sortKeys = new ReadOnlyObjectWrapper<>(this, "sortKeys", List.of());
    private final ReadOnlyBooleanWrapper replacingRows = new ReadOnlyBooleanWrapper(this, "replacingRows");
    private final ObservableList<BusinessOption> businessOptions = FXCollections.observableArrayList(BusinessOption.ALL);

    private final ObjectProperty<BusinessOption> business = new SimpleObjectProperty<>(this, "business", BusinessOption.ALL);
    private final ObjectProperty<StatusFilter> status = new SimpleObjectProperty<>(this, "status", StatusFilter.ALL);
    private final ObjectProperty<TypeFilter> type = new SimpleObjectProperty<>(this, "type", TypeFilter.ALL);
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    /** "Changed in last sync": only the programs the last sync added, updated or removed. */
    private final BooleanProperty changedOnly = new SimpleBooleanProperty(this, "changedOnly");
    private final ReadOnlyObjectWrapper<LastSyncChanges> lastChanges =
            new ReadOnlyObjectWrapper<>(this, "lastChanges", LastSyncChanges.NONE);
    /** The rows the last sync changed, removed ones included, in the table's order. */
    private List<ProgramRow> changedRows = List.of();
    private final ObjectProperty<ProgramRow> selectedRow = new SimpleObjectProperty<>(this, "selectedRow");
    /** The pending changes the table marks: program ID → column → mark. */
    private final ReadOnlyObjectWrapper<java.util.Map<String, java.util.Map<ProgramColumn, PendingMark>>> pendingMarks =
            new ReadOnlyObjectWrapper<>(this, "pendingMarks", PendingMark.NONE);
    /** "Pending changes": only the programs with a pending change. */
    private final BooleanProperty pendingOnly = new SimpleBooleanProperty(this, "pendingOnly");
    /** Every selected row (the table selects many: Shift/Ctrl-click, Shift+arrows, Ctrl+A). */
    private final ProgramSelection selection = new ProgramSelection();
    /** Where the rows of a selection of more than one are after the last replacement (null: no such selection). */
    private int[] selectedIndicesAfterReplacing;
    /** The load whose rows {@link #shownRows} holds (set with them); null before the first. */
    private RowIndex shownIndex;
    /** After a reload: the new row of the program that was selected, so the view can select it again. */
    private final ReadOnlyObjectWrapper<ProgramRow> reselect = new ReadOnlyObjectWrapper<>(this, "reselect");

    private final ReadOnlyObjectWrapper<ProgramFilter> filter = new ReadOnlyObjectWrapper<>(this, "filter", ProgramFilter.NONE);
    private final ReadOnlyIntegerWrapper shownCount = new ReadOnlyIntegerWrapper(this, "shownCount");
    private final ReadOnlyIntegerWrapper totalCount = new ReadOnlyIntegerWrapper(this, "totalCount");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final javafx.beans.property.ReadOnlyLongWrapper shownBudgetCents = new javafx.beans.property.ReadOnlyLongWrapper(this, "shownBudgetCents");
    private final javafx.beans.property.ReadOnlyLongWrapper shownAdCostCents = new javafx.beans.property.ReadOnlyLongWrapper(this, "shownAdCostCents");
    private final ReadOnlyStringWrapper totalsText = new ReadOnlyStringWrapper(this, "totalsText", "");
    /** True while an account is being opened, before its registry is set: "Opening…" rather than "No account". */
    private final javafx.beans.property.BooleanProperty opening = new javafx.beans.property.SimpleBooleanProperty(this, "opening");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText", "");
    private final ReadOnlyObjectWrapper<Instant> lastSyncedAt = new ReadOnlyObjectWrapper<>(this, "lastSyncedAt");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper(this, "loadError");

    private ProgramRegistry registry;
    private long loadSequence;

    public ProgramsViewModel(TaskExecutor executor) {
        this(executor, PacificDate::today);
    }

    public ProgramsViewModel(TaskExecutor executor, Supplier<LocalDate> today) {
        this.executor = executor;
        this.today = today;
        filter.bind(Bindings.createObjectBinding(
                () -> ProgramFilter.of(business.get(), status.get(), type.get(), searchText.get()),
                business, status, type, searchText));
        filter.addListener((obs, old, now) -> showRows(now));
        changedOnly.addListener((obs, old, now) -> {
            shownFilter = null;
            showRows(filter.get());
        });
        pendingOnly.addListener((obs, old, now) -> {
            shownFilter = null;
            showRows(filter.get());
        });
        // Every new order reorders, even one "equal" to the last: a table's comparator compares equal
        // after only a column's direction changed, and a change listener then never heard of it.
        comparator.addListener((javafx.beans.Observable o) -> reorder());
        shownCount.bind(Bindings.size(shownRows));
        totalCount.bind(Bindings.size(allRows));
        countText.bind(Bindings.createStringBinding(
                () -> Formats.count(shownCount.get()) + " of " + Formats.count(totalCount.get()) + " programs",
                shownCount, totalCount));
        emptyText.bind(Bindings.createStringBinding(this::computeEmptyText, loaded, loading, totalCount, opening, changedOnly));
        totalsText.bind(Bindings.createStringBinding(
                () -> selection.countProperty().get() > 0 ? selection.summary()
                        : shownCount.get() == 0 ? "" : "Monthly budget " + Formats.dollars(shownBudgetCents.get())
                        + " · Ad cost " + Formats.dollars(shownAdCostCents.get()),
                shownCount, shownBudgetCents, shownAdCostCents, selection.countProperty(), selection.budgetCentsProperty()));
    }

    // ---- commands -------------------------------------------------------------------------

    /** Switches to another account's registry (null: none) and loads it. */
    public void setRegistry(ProgramRegistry registry) {
        setRegistry(registry, ok -> { });
    }

    /** Like {@link #setRegistry(ProgramRegistry)}; {@code whenLoaded} gets whether the load worked. */
    public void setRegistry(ProgramRegistry registry, Consumer<Boolean> whenLoaded) {
        this.registry = registry;
        resetFilters();
        allRows.clear();
        orderedRows = List.of();
        rowIndex = null;
        order = null;
        rowsByBusiness = java.util.Map.of();
        changedRows = List.of();
        lastChanges.set(LastSyncChanges.NONE);
        shownFilter = null;
        shownRows.replaceContent(List.of());
        shownIndex = null;
        businessOptions.setAll(BusinessOption.ALL);
        lastSyncedAt.set(null);
        loaded.set(false);
        reload(whenLoaded);
    }

    /** Reloads every row from the registry on a worker; filters survive, stale ones fall back to "All". */
    public void reload() {
        reload(ok -> { });
    }

    public void reload(Consumer<Boolean> whenDone) {
        ProgramRegistry source = registry;
        long sequence = ++loadSequence;
        if (source == null) {
            loading.set(false);
            whenDone.accept(false);
            return;
        }
        loading.set(true);
        LocalDate day = today.get();
        executor.submit(
                ctx -> {
                    long t0 = System.nanoTime();
                    var contents = source.loadContents();
                    long t1 = System.nanoTime();
                    ProgramsSnapshot snapshot = ProgramsSnapshot.of(contents, day, source.lastSyncedAt().orElse(null));
                    LOG.info("Loaded {} programs in {} ms, rows ready in {} ms", contents.programs().size(),
                            (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
                    return new Loaded(snapshot, loadChanges(source, contents.businesses(), day));
                },
                TaskCallbacks.<Loaded, Void>of(
                        loadedRows -> {
                            if (sequence == loadSequence) {
                                apply(loadedRows.snapshot(), loadedRows.changes());
                                whenDone.accept(true);
                            }
                        },
                        error -> {
                            if (sequence == loadSequence) {
                                loading.set(false);
                                loadError.set("Could not read the local registry: " + error.getMessage());
                                whenDone.accept(false);
                            }
                        }));
    }

    private record Loaded(ProgramsSnapshot snapshot, LastSyncChanges changes) {
    }

    /** The last sync's changes, on the worker; a log that cannot be read only costs the marks. */
    private static LastSyncChanges loadChanges(ProgramRegistry source, List<io.adsdesk.model.Business> businesses,
                                               LocalDate day) {
        try {
            return LastSyncChanges.of(source.lastChanges().orElse(null), businesses, day);
        } catch (RuntimeException e) {
            LOG.warn("Could not read what the last sync changed: {}", e.getMessage());
            return LastSyncChanges.NONE;
        }
    }

    void apply(ProgramsSnapshot snapshot, LastSyncChanges changes) {
        lastChanges.set(changes);
        apply(snapshot);
    }

    void apply(ProgramsSnapshot snapshot) {
        long started = System.nanoTime();
        ProgramFilter before = filter.get();
        String selectedId = selectedRow.get() == null ? null : selectedRow.get().program().programId();
        allRows.setAll(snapshot.rows());
        rowIndex = new RowIndex(snapshot.rows());
        orderAll();
        changedRows = null;
        rowsByBusiness = snapshot.rowsByBusiness();
        shownFilter = null;
        businessOptions.setAll(BusinessOption.ALL);
        businessOptions.addAll(snapshot.businesses());
        ProgramFilter after = before.fallBackToAll(snapshot.rows());
        business.set(after.business().isAll() ? BusinessOption.ALL
                : snapshot.businesses().stream().filter(after.business()::sameBusiness).findFirst().orElse(BusinessOption.ALL));
        status.set(after.status());
        type.set(after.type());
        if (shownFilter == null) {
            showRows(filter.get());
        }
        lastSyncedAt.set(snapshot.lastSyncedAt());
        loadError.set(null);
        loaded.set(true); // before "loading" ends, so the empty table never reads "No account connected" between
        loading.set(false);
        reselect.set(selectedId == null ? null : snapshot.rows().stream()
                .filter(r -> r.program().programId().equals(selectedId)).findFirst().orElse(null));
        LOG.info("Table and filters updated with {} rows in {} ms", snapshot.rows().size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Sorts by these keys, first key first (empty: program-ID order); descending is as fast as ascending. */
    public void sortBy(List<ColumnSort> keys) {
        sortKeys.set(List.copyOf(keys));
        rankedComparator = ColumnSort.comparator(keys);
        comparator.set(rankedComparator);
    }

    /** The current filters and sort as a named view; the view adds its hidden columns. */
    public SavedView currentView(String name, List<String> hiddenColumns) {
        ProgramFilter f = filter.get();
        return new SavedView(name,
                f.business().isAll() ? null : f.business().businessId(),
                f.status().statuses().stream().sorted().map(Enum::name).toList(),
                f.type().types().stream().sorted().map(Enum::name).toList(),
                searchText.get(),
                sortKeys.get().stream().map(ColumnSort::code).toList(),
                hiddenColumns);
    }

    /**
     * Sets the filters of a saved view (an unknown business, status or type is skipped); returns its
     * sort keys for the table to apply, which then calls {@link #sortBy(List)}.
     */
    public List<ColumnSort> applyView(SavedView view) {
        business.set(view.businessId() == null ? BusinessOption.ALL : businessOptions.stream()
                .filter(o -> !o.isAll() && view.businessId().equals(o.businessId())).findFirst().orElse(BusinessOption.ALL));
        status.set(StatusFilter.of(enums(io.adsdesk.model.ProgramStatus.class, view.statuses())));
        type.set(TypeFilter.of(enums(io.adsdesk.model.ProgramType.class, view.types())));
        searchText.set(view.search());
        return view.sort().stream().map(ColumnSort::parse).filter(java.util.Objects::nonNull).toList();
    }

    private static <E extends Enum<E>> List<E> enums(Class<E> type, List<String> names) {
        List<E> out = new ArrayList<>();
        for (String n : names) {
            try {
                out.add(Enum.valueOf(type, n));
            } catch (IllegalArgumentException e) {
                // a value this version does not know: skipped
            }
        }
        return out;
    }

    /** Esc: the search box empty; the other filters stay. */
    public void clearSearch() {
        searchText.set("");
    }

    /** "Clear filters": every filter back to "All" and the search box empty. */
    public void resetFilters() {
        business.set(BusinessOption.ALL);
        status.set(StatusFilter.ALL);
        type.set(TypeFilter.ALL);
        searchText.set("");
        changedOnly.set(false);
        pendingOnly.set(false);
    }

    /** The pending changes to mark in the table (after each change to the queue). */
    public void setPendingMarks(java.util.Map<String, java.util.Map<ProgramColumn, PendingMark>> marks) {
        pendingMarks.set(marks == null ? PendingMark.NONE : marks);
        if (pendingOnly.get()) {
            shownFilter = null;
            showRows(filter.get());
        }
    }

    /**
     * Writes the current filtered and sorted rows as CSV on a worker: the same columns and cells as
     * {@code adsdesk export --format csv} ({@link ProgramExport#writeCsv}), whichever columns the table shows.
     */
    public void exportCsv(Path target, Consumer<Integer> onDone, Consumer<Throwable> onError) {
        List<ExportRow> snapshot = shownRows.stream()
                .map(r -> new ExportRow(r.program(), r.status().name(), r.businessIds(), r.businessNames()))
                .toList();
        executor.submit(ctx -> {
            try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                ProgramExport.writeCsv(snapshot, out);
            }
            return snapshot.size();
        }, TaskCallbacks.<Integer, Void>of(onDone, onError));
    }

    /**
     * Puts the selected rows, as tab-separated text with a header of these columns, into
     * {@code onText} (built on a worker: a selection may hold 100,000 rows). Nothing when none is selected.
     */
    public void copySelection(List<ProgramColumn> columns, Consumer<String> onText, Consumer<Throwable> onError) {
        List<ProgramRow> rows = selection.rows();
        if (rows.isEmpty() || columns.isEmpty()) {
            return;
        }
        List<ProgramColumn> cols = List.copyOf(columns);
        executor.submit(ctx -> TabSeparatedRows.of(cols, rows), TaskCallbacks.<String, Void>of(onText, onError));
    }

    private List<ProgramRow> ordered(List<ProgramRow> rows) {
        Comparator<? super ProgramRow> order = comparator.get();
        if (order == null) {
            return rows;
        }
        List<ProgramRow> copy = new ArrayList<>(rows);
        copy.sort(order);
        return copy;
    }

    /** Every loaded row into {@link #orderedRows} and {@link #order}, in the table's order. */
    private void orderAll() {
        Comparator<? super ProgramRow> c = comparator.get();
        order = c == null ? rowIndex.loadOrder()
                : c == rankedComparator ? rowIndex.order(sortKeys.get())
                : rowIndex.order(c);
        orderedRows = rowIndex.rowsAt(order);
    }

    /** The rows the last sync changed, in the table's order; computed when first needed after a change. */
    private List<ProgramRow> changedRows() {
        if (changedRows == null) {
            changedRows = computeChangedRows();
        }
        return changedRows;
    }

    private List<ProgramRow> computeChangedRows() {
        LastSyncChanges changes = lastChanges.get();
        if (changes.count() == 0) {
            return List.of();
        }
        List<ProgramRow> rows = new ArrayList<>(changes.count());
        for (ProgramRow row : orderedRows) {
            if (changes.isChanged(row.programId())) {
                rows.add(row);
            }
        }
        rows.addAll(changes.removedRows());
        return ordered(rows);
    }

    private void reorder() {
        if (rowIndex != null) {
            orderAll();
        } else {
            orderedRows = ordered(allRows);
        }
        changedRows = null;
        shownFilter = null;
        showRows(filter.get());
    }

    /**
     * Starts building the search index on a worker (once per load), e.g. when the search box gets
     * the focus; a search before it is in place tests every row.
     */
    public void prepareSearch() {
        RowIndex index = rowIndex;
        if (index == null || index.searchable() || indexingSearch) {
            return;
        }
        indexingSearch = true;
        executor.submit(ctx -> index.buildSearch(), TaskCallbacks.<RowIndex.SearchIndex, Void>of(
                built -> {
                    indexingSearch = false;
                    index.useSearch(built);
                },
                error -> {
                    indexingSearch = false;
                    LOG.warn("Could not index the rows for search: {}", error.getMessage());
                }));
    }

    /** Replaces the shown rows with those the filter lets through, in order; keeps the selection. */
    private void showRows(ProgramFilter f) {
        java.util.Map<String, java.util.Map<ProgramColumn, PendingMark>> marks = pendingOnly.get() ? pendingMarks.get() : null;
        // Every loaded row is a candidate: the positions and the search index answer, unless the rows
        // already shown are few and the filter only narrows them (typing on in the search box): then
        // only those are tested again.
        boolean indexed = rowIndex != null && !changedOnly.get() && f.business().isAll()
                && !(f.narrows(shownFilter) && shownRows.size() < rowIndex.size() / (rowIndex.searchable() ? 64 : 4));
        List<ProgramRow> from = indexed ? orderedRows
                : f.narrows(shownFilter) ? shownRows
                : changedOnly.get() ? changedRows()
                : f.business().isAll() ? orderedRows
                : ordered(rowsByBusiness.getOrDefault(f.business().businessId(), List.of()));
        List<ProgramRow> matches = new ArrayList<>(from.size());
        ProgramRow selected = selectedRow.get();
        String selectedId = selected == null ? null : selected.programId();
        ProgramRow selectedNow = null;
        boolean many = selection.countProperty().get() > 1;
        int[] kept = many ? new int[selection.countProperty().get()] : null;
        int keptCount = 0;
        // Every loaded program selected (Ctrl+A with nothing filtered out): each row shown stays selected,
        // with no lookup of the selected IDs.
        boolean everySelected = many && everyLoadedRowSelected();
        long budget = 0;
        long adCost = 0;
        if (indexed && f.isEmpty() && marks == null && !many) {
            // Nothing filters: every row, in order, with the totals of the load.
            matches = orderedRows;
            budget = rowIndex.totalBudgetCents();
            adCost = rowIndex.totalAdCostCents();
            int at = rowIndex.position(selectedId);
            selectedNow = at < 0 ? null : rowIndex.row(at);
            from = List.of();
        } else if (indexed) {
            String text = f.text();
            if (!text.isEmpty()) {
                prepareSearch();
            }
            java.util.BitSet candidates = text.isEmpty() || !rowIndex.searchable() ? null : rowIndex.candidates(text);
            boolean verify = !text.isEmpty() && (candidates == null || !rowIndex.exact(text));
            boolean anyStatus = f.status().isAll();
            boolean anyType = f.type().isAll();
            for (int p : order) {
                if (candidates != null && !candidates.get(p)) {
                    continue;
                }
                ProgramRow row = rowIndex.row(p);
                if ((marks != null && !marks.containsKey(row.programId())) || (verify && !row.searchKey().contains(text))
                        || (!anyStatus && !f.matchesStatus(row)) || (!anyType && !f.matchesType(row))) {
                    continue;
                }
                if (many && keptCount < kept.length && (everySelected || selection.contains(row.programId()))) {
                    kept[keptCount++] = matches.size();
                }
                matches.add(row);
                budget += rowIndex.budgetCents(p);
                adCost += rowIndex.adCostCents(p);
                if (selectedId != null && selectedNow == null && selectedId.equals(row.programId())) {
                    selectedNow = row;
                }
            }
            from = List.of();
        }
        for (ProgramRow row : from) {
            if ((marks == null || marks.containsKey(row.programId())) && f.test(row)) {
                if (many && keptCount < kept.length && (everySelected || selection.contains(row.programId()))) {
                    kept[keptCount++] = matches.size();
                }
                matches.add(row);
                Long b = row.program().budgetCents();
                Long c = row.program().adCostCents();
                budget += b == null ? 0 : b;
                adCost += c == null ? 0 : c;
                if (selectedId != null && selectedNow == null && selectedId.equals(row.programId())) {
                    selectedNow = row;
                }
            }
        }
        selectedIndicesAfterReplacing = many ? java.util.Arrays.copyOf(kept, keptCount) : null;
        replacingRows.set(true);
        try {
            shownRows.replaceContent(matches);
            shownIndex = rowIndex;
            shownFilter = f;
            shownBudgetCents.set(budget);
            shownAdCostCents.set(adCost);
            if (selectedNow != null) {
                // The same program, possibly a newer row of it after a reload: it stays selected.
                reselect.set(null);
                reselect.set(selectedNow);
            }
        } finally {
            replacingRows.set(false);
        }
    }

    /**
     * True when the shown rows, computed since the current load, are every loaded row and the
     * selection is exactly them (one pass comparing references).
     */
    private boolean everyLoadedRowSelected() {
        if (rowIndex == null || shownIndex != rowIndex || shownRows.size() != rowIndex.size()) {
            return false;
        }
        List<ProgramRow> selected = selection.rows();
        if (selected.size() != shownRows.size()) {
            return false;
        }
        for (int i = 0; i < selected.size(); i++) {
            if (selected.get(i) != shownRows.get(i)) {
                return false;
            }
        }
        return true;
    }

    private String computeEmptyText() {
        if (!loaded.get()) {
            return loading.get() || opening.get() ? "Loading programs…" : "No account connected";
        }
        if (changedOnly.get() && totalCount.get() > 0) {
            return "No program changed in the last sync. \"Clear filters\" shows every program.";
        }
        return totalCount.get() == 0 ? "No programs yet: sync to download them"
                : "No programs match. Esc clears the search; \"Clear filters\" shows every program.";
    }

    // ---- properties -----------------------------------------------------------------------

    /** The rows to show: every filter applied, in the order of {@link #comparatorProperty()}. */
    public ObservableList<ProgramRow> rows() {
        return shownRows;
    }

    /**
     * The loaded row of this program, shown or filtered out; empty when the last load has none. A
     * lookup, not a scan: other views ask it per cell.
     */
    public java.util.Optional<ProgramRow> loadedRow(String programId) {
        RowIndex index = rowIndex;
        int at = index == null ? -1 : index.position(programId);
        return at < 0 ? java.util.Optional.empty() : java.util.Optional.of(index.row(at));
    }

    /** The table's sort order (null: program-ID order); bind it to the table's comparator. */
    public ObjectProperty<Comparator<? super ProgramRow>> comparatorProperty() {
        return comparator;
    }

    /** The keys of the last {@link #sortBy(List)}. */
    public ReadOnlyObjectProperty<List<ColumnSort>> sortKeysProperty() {
        return sortKeys.getReadOnlyProperty();
    }

    /**
     * True while the shown rows are being replaced: a table clears its selection then, and the
     * selected row is given back through {@link #reselectProperty()} right after if still shown.
     */
    public ReadOnlyBooleanProperty replacingRowsProperty() {
        return replacingRows.getReadOnlyProperty();
    }

    public ObservableList<BusinessOption> businessOptions() {
        return businessOptions;
    }

    public ObjectProperty<BusinessOption> businessProperty() {
        return business;
    }

    public ObjectProperty<StatusFilter> statusProperty() {
        return status;
    }

    public ObjectProperty<TypeFilter> typeProperty() {
        return type;
    }

    public BooleanProperty pendingOnlyProperty() {
        return pendingOnly;
    }

    public ReadOnlyObjectProperty<java.util.Map<String, java.util.Map<ProgramColumn, PendingMark>>> pendingMarksProperty() {
        return pendingMarks.getReadOnlyProperty();
    }

    public BooleanProperty changedOnlyProperty() {
        return changedOnly;
    }

    /** What the last sync changed, for the table's marks; replaced with each load. */
    public ReadOnlyObjectProperty<LastSyncChanges> lastChangesProperty() {
        return lastChanges.getReadOnlyProperty();
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ReadOnlyObjectProperty<ProgramRow> reselectProperty() {
        return reselect.getReadOnlyProperty();
    }

    public ObjectProperty<ProgramRow> selectedRowProperty() {
        return selectedRow;
    }

    /** Every selected row, their count and total budget; the view keeps it up to date. */
    public ProgramSelection selection() {
        return selection;
    }

    /**
     * While {@link #replacingRowsProperty()} is true with more than one row selected: the positions,
     * in the new rows, of the selected programs still shown (in order); null otherwise.
     */
    int[] selectedIndicesAfterReplacing() {
        return selectedIndicesAfterReplacing;
    }

    public ReadOnlyObjectProperty<ProgramFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty shownCountProperty() {
        return shownCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalCountProperty() {
        return totalCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** Sums over the shown rows for the status bar: "Monthly budget $1,234.00 · Ad cost $56.00". */
    public ReadOnlyStringProperty totalsTextProperty() {
        return totalsText.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyLongProperty shownBudgetCentsProperty() {
        return shownBudgetCents.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyLongProperty shownAdCostCentsProperty() {
        return shownAdCostCents.getReadOnlyProperty();
    }

    /** Set while an account opens, so the empty table says it is loading, not that none is connected. */
    public javafx.beans.property.BooleanProperty openingProperty() {
        return opening;
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> lastSyncedAtProperty() {
        return lastSyncedAt.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }
}
