package io.adsdesk.ui.programs;

import io.adsdesk.model.PacificDate;
import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.ui.common.Formats;
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
 * memory. The filtered list's predicate is bound to the current {@link ProgramFilter}.
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
    /** Each business's rows, in load order. */
    private java.util.Map<String, List<ProgramRow>> rowsByBusiness = java.util.Map.of();
    /** The filter {@link #shownRows} reflects. */
    private ProgramFilter shownFilter;
    private final ObjectProperty<Comparator<? super ProgramRow>> comparator = new SimpleObjectProperty<>(this, "comparator");
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
    /** After a reload: the new row of the program that was selected, so the view can select it again. */
    private final ReadOnlyObjectWrapper<ProgramRow> reselect = new ReadOnlyObjectWrapper<>(this, "reselect");

    private final ReadOnlyObjectWrapper<ProgramFilter> filter = new ReadOnlyObjectWrapper<>(this, "filter", ProgramFilter.NONE);
    private final ReadOnlyIntegerWrapper shownCount = new ReadOnlyIntegerWrapper(this, "shownCount");
    private final ReadOnlyIntegerWrapper totalCount = new ReadOnlyIntegerWrapper(this, "totalCount");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
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
        comparator.addListener((obs, old, now) -> reorder());
        shownCount.bind(Bindings.size(shownRows));
        totalCount.bind(Bindings.size(allRows));
        countText.bind(Bindings.createStringBinding(
                () -> Formats.count(shownCount.get()) + " of " + Formats.count(totalCount.get()) + " programs",
                shownCount, totalCount));
        emptyText.bind(Bindings.createStringBinding(this::computeEmptyText, loaded, loading, totalCount, changedOnly));
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
        rowsByBusiness = java.util.Map.of();
        changedRows = List.of();
        lastChanges.set(LastSyncChanges.NONE);
        shownFilter = null;
        shownRows.replaceContent(List.of());
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
        orderedRows = ordered(snapshot.rows());
        changedRows = changedRows();
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
        loading.set(false);
        loaded.set(true);
        reselect.set(selectedId == null ? null : snapshot.rows().stream()
                .filter(r -> r.program().programId().equals(selectedId)).findFirst().orElse(null));
        LOG.info("Table and filters updated with {} rows in {} ms", snapshot.rows().size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Esc: every filter back to "All" and the search box empty. */
    public void resetFilters() {
        business.set(BusinessOption.ALL);
        status.set(StatusFilter.ALL);
        type.set(TypeFilter.ALL);
        searchText.set("");
        changedOnly.set(false);
    }

    /** Writes the current filtered and sorted rows, with the given columns, as CSV on a worker. */
    public void exportCsv(Path target, List<ProgramColumn> columns, Consumer<Integer> onDone, Consumer<Throwable> onError) {
        List<ProgramRow> snapshot = List.copyOf(shownRows);
        List<ProgramColumn> cols = List.copyOf(columns);
        executor.submit(ctx -> {
            try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                ProgramsCsv.write(out, snapshot, cols);
            }
            return snapshot.size();
        }, TaskCallbacks.<Integer, Void>of(onDone, onError));
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

    private List<ProgramRow> changedRows() {
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
        orderedRows = ordered(allRows);
        changedRows = changedRows();
        shownFilter = null;
        showRows(filter.get());
    }

    /** Replaces the shown rows with those the filter lets through, in order; keeps the selection. */
    private void showRows(ProgramFilter f) {
        List<ProgramRow> from = f.narrows(shownFilter) ? shownRows
                : changedOnly.get() ? changedRows
                : f.business().isAll() ? orderedRows
                : ordered(rowsByBusiness.getOrDefault(f.business().businessId(), List.of()));
        List<ProgramRow> matches = new ArrayList<>(from.size());
        for (ProgramRow row : from) {
            if (f.test(row)) {
                matches.add(row);
            }
        }
        ProgramRow selected = selectedRow.get();
        replacingRows.set(true);
        try {
            shownRows.replaceContent(matches);
            shownFilter = f;
            if (selected != null && shownRows.contains(selected)) {
                reselect.set(null);
                reselect.set(selected);
            }
        } finally {
            replacingRows.set(false);
        }
    }

    private String computeEmptyText() {
        if (!loaded.get()) {
            return loading.get() ? "Loading programs…" : "No account connected";
        }
        if (changedOnly.get() && totalCount.get() > 0) {
            return "No program changed in the last sync. Press Esc to clear the filters.";
        }
        return totalCount.get() == 0 ? "No programs yet: sync to download them" : "No programs match these filters. Press Esc to clear them.";
    }

    // ---- properties -----------------------------------------------------------------------

    /** The rows to show: every filter applied, in the order of {@link #comparatorProperty()}. */
    public ObservableList<ProgramRow> rows() {
        return shownRows;
    }

    /** The table's sort order (null: program-ID order); bind it to the table's comparator. */
    public ObjectProperty<Comparator<? super ProgramRow>> comparatorProperty() {
        return comparator;
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
