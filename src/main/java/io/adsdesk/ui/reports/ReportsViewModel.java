package io.adsdesk.ui.reports;

import io.adsdesk.model.PacificDate;
import io.adsdesk.ui.common.Formats;
import io.adsdesk.ui.common.TaskCallbacks;
import io.adsdesk.ui.common.TaskExecutor;
import io.adsdesk.ui.common.TaskHandle;
import io.adsdesk.ui.programs.BusinessOption;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Reports view: a date range (preset or custom), a scope (account, business, selected programs),
 * the figures of both from the account's cache held in memory, budget pacing this month, and the
 * report Yelp is building. The cache is read once per account and after each fetch on a worker;
 * changing the range or the scope slices it again on the FX thread, which is fast.
 */
public final class ReportsViewModel {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReportsViewModel.class);
    private final TaskExecutor loadExecutor;
    private final TaskExecutor fetchExecutor;
    private final Supplier<LocalDate> today;

    private final ObjectProperty<RangePreset> preset = new SimpleObjectProperty<>(this, "preset", RangePreset.LAST_30_DAYS);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ReadOnlyObjectWrapper<DayRange> range = new ReadOnlyObjectWrapper<>(this, "range");
    private final ReadOnlyStringWrapper rangeError = new ReadOnlyStringWrapper(this, "rangeError");

    private final ObjectProperty<ReportScope.Kind> scopeKind = new SimpleObjectProperty<>(this, "scopeKind", ReportScope.Kind.ACCOUNT);
    private final ObjectProperty<BusinessOption> business = new SimpleObjectProperty<>(this, "business", BusinessOption.ALL);
    private final ObjectProperty<List<String>> selectedPrograms = new SimpleObjectProperty<>(this, "selectedPrograms", List.of());
    private final ReadOnlyObjectWrapper<ReportScope> scope = new ReadOnlyObjectWrapper<>(this, "scope", ReportScope.ACCOUNT);

    private final ReadOnlyObjectWrapper<ReportState> state = new ReadOnlyObjectWrapper<>(this, "state", ReportState.NO_ACCOUNT);
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    private final ReadOnlyObjectWrapper<ReportFigures> figures = new ReadOnlyObjectWrapper<>(this, "figures");
    private final ReadOnlyStringWrapper totalsText = new ReadOnlyStringWrapper(this, "totalsText", "");
    private final ReadOnlyStringWrapper cacheText = new ReadOnlyStringWrapper(this, "cacheText", "");
    private final ObservableList<PacingRow> pacing = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper pacingTitle = new ReadOnlyStringWrapper(this, "pacingTitle", "");
    private final ObjectProperty<ReportTab> tab = new SimpleObjectProperty<>(this, "tab", ReportTab.OVER_TIME);

    private final ReadOnlyObjectWrapper<BuildStatus> build = new ReadOnlyObjectWrapper<>(this, "build");
    private final ReadOnlyBooleanWrapper building = new ReadOnlyBooleanWrapper(this, "building");
    private final ReadOnlyBooleanWrapper canFetch = new ReadOnlyBooleanWrapper(this, "canFetch");
    private final ReadOnlyBooleanWrapper hasKey = new ReadOnlyBooleanWrapper(this, "hasKey");
    private final ReadOnlyBooleanWrapper keyEditable = new ReadOnlyBooleanWrapper(this, "keyEditable");
    private final ReadOnlyBooleanWrapper savingKey = new ReadOnlyBooleanWrapper(this, "savingKey");
    private final ReadOnlyStringWrapper keyError = new ReadOnlyStringWrapper(this, "keyError");

    private ReportSource source;
    private ReportSource.CachedReport cache;
    private long loadSequence;
    private TaskHandle fetch = TaskHandle.DONE;
    private boolean settingDates;

    /**
     * @param loadExecutor reads the cache
     * @param fetchExecutor asks Yelp and waits for reports (often half an hour): not the load threads
     */
    public ReportsViewModel(TaskExecutor loadExecutor, TaskExecutor fetchExecutor) {
        this(loadExecutor, fetchExecutor, PacificDate::today);
    }

    public ReportsViewModel(TaskExecutor loadExecutor, TaskExecutor fetchExecutor, Supplier<LocalDate> today) {
        this.loadExecutor = loadExecutor;
        this.fetchExecutor = fetchExecutor;
        this.today = today;
        usePreset(preset.get());
        preset.addListener((obs, old, p) -> usePreset(p));
        from.addListener((obs, old, d) -> datesEdited());
        to.addListener((obs, old, d) -> datesEdited());
        scope.bind(Bindings.createObjectBinding(this::currentScope, scopeKind, business, selectedPrograms));
        range.addListener((obs, old, r) -> redraw());
        scope.addListener((obs, old, s) -> redraw());
        canFetch.bind(Bindings.createBooleanBinding(() -> source != null && hasKey.get() && !building.get()
                && range.get() != null && rangeError.get() == null, state, hasKey, building, range, rangeError));
    }

    // ---- commands -------------------------------------------------------------------------

    /** The open account's reports (null: no account); reads its cache. */
    public void setSource(ReportSource newSource) {
        fetch.cancel();
        fetch = TaskHandle.DONE;
        building.set(false);
        build.set(null);
        notice.set(null);
        source = newSource;
        hasKey.set(newSource != null && newSource.hasKey());
        keyEditable.set(newSource != null && newSource.keyEditable());
        savingKey.set(false);
        keyError.set(null);
        cache = null;
        cacheText.set("");
        figures.set(null);
        pacing.clear();
        reload();
    }

    /** Reads the cache again on a worker; the charts keep their figures until it is read. */
    public void reload() {
        ReportSource from = source;
        long sequence = ++loadSequence;
        if (from == null) {
            setState(ReportState.NO_ACCOUNT);
            return;
        }
        if (cache == null) {
            setState(ReportState.LOADING);
        }
        loadExecutor.submit(ctx -> from.readCache(), TaskCallbacks.<ReportSource.CachedReport, Void>of(
                read -> {
                    if (sequence == loadSequence) {
                        cache = read;
                        hasKey.set(from.hasKey());
                        cacheText.set(cacheNote(read));
                        LocalDate day = today.get();
                        pacing.setAll(read.pacing(day));
                        pacingTitle.set(pacingTitle(day, pacing));
                        setState(read.lastCachedDay().isPresent() ? ReportState.READY
                                : from.hasKey() ? ReportState.EMPTY : ReportState.NO_KEY);
                        redraw();
                        watchPending(from);
                    }
                },
                error -> {
                    if (sequence == loadSequence) {
                        LOG.warn("Could not read the report cache: {}", error.toString());
                        emptyText.set("Could not read the cached figures: " + error.getMessage());
                        setState(ReportState.FAILED);
                    }
                }));
    }

    /**
     * Asks Yelp for the range's days the cache lacks, for the current scope's businesses; the charts
     * stay usable meanwhile and are redrawn when the reports arrive.
     */
    public void fetchFromYelp() {
        if (!canFetch.get()) {
            return;
        }
        ReportSource from = source;
        DayRange r = range.get();
        ReportScope s = scope.get();
        building.set(true);
        notice.set(null);
        build.set(new BuildStatus(describe(r, s), java.time.Instant.now(), null, "Sending the request", 0, 0));
        fetch = fetchExecutor.submit(ctx -> {
            from.fetchMissing(r, s, ctx::progress, ctx::isCancelled);
            return null;
        }, new TaskCallbacks<Void, BuildStatus>(
                status -> {
                    if (source == from) {
                        build.set(status);
                    }
                },
                done -> {
                    if (source == from) {
                        building.set(false);
                        build.set(null);
                        reload();
                    }
                },
                error -> {
                    if (source == from) {
                        building.set(false);
                        build.set(null);
                        notice.set(fetchFailure(error));
                    }
                }));
    }

    /** Shows the reports an earlier run asked for while Yelp builds them, and reads the cache when they are in. */
    private void watchPending(ReportSource from) {
        if (building.get()) {
            return;
        }
        building.set(true);
        fetch = fetchExecutor.submit(ctx -> from.awaitPending(ctx::progress, ctx::isCancelled),
                new TaskCallbacks<Boolean, BuildStatus>(
                        status -> {
                            if (source == from) {
                                build.set(status);
                            }
                        },
                        waited -> {
                            if (source == from) {
                                building.set(false);
                                build.set(null);
                                if (waited) {
                                    reload();
                                }
                            }
                        },
                        error -> {
                            if (source == from) {
                                building.set(false);
                                build.set(null);
                            }
                        }));
    }

    /**
     * Keeps the reporting key typed in (surrounding blanks dropped) on a worker and makes the open
     * account's reports use it at once, then reads the cache again; {@code onSaved} runs when it is kept.
     * A key that cannot be kept leaves a one-line {@link #keyErrorProperty() error}.
     */
    public void saveKey(String typed, Runnable onSaved) {
        String key = typed == null ? "" : typed.strip();
        if (key.isEmpty()) {
            keyError.set("Enter the reporting key.");
            return;
        }
        storeKey(key.toCharArray(), onSaved);
    }

    /** Forgets the open account's reporting key: only cached figures are shown from then on. */
    public void forgetKey(Runnable onForgotten) {
        storeKey(new char[0], onForgotten);
    }

    private void storeKey(char[] key, Runnable onDone) {
        ReportSource from = source;
        if (from == null || !from.keyEditable() || savingKey.get()) {
            java.util.Arrays.fill(key, '\0');
            return;
        }
        savingKey.set(true);
        keyError.set(null);
        loadExecutor.submit(ctx -> {
            from.saveKey(key);
            return null;
        }, TaskCallbacks.<Void, Void>of(
                done -> {
                    if (source != from) {
                        return;
                    }
                    savingKey.set(false);
                    hasKey.set(from.hasKey());
                    notice.set(null);
                    reload();
                    onDone.run();
                },
                error -> {
                    if (source != from) {
                        return;
                    }
                    savingKey.set(false);
                    LOG.warn("Could not keep the reporting key: {}", error.getClass().getName());
                    String reason = error.getMessage() == null || error.getMessage().isBlank()
                            ? "the credential store did not answer" : error.getMessage();
                    keyError.set("Could not keep the reporting key: " + reason);
                }));
    }

    /** Stops waiting for the report here; a request Yelp already has is picked up again later. */
    public void cancelFetch() {
        fetch.cancel();
    }

    /** Writes the figures of the shown tab (pacing: its rows in {@code pacingOrder}) as CSV on a worker. */
    public void exportCsv(Path target, List<PacingRow> pacingOrder, Consumer<Integer> onDone, Consumer<Throwable> onError) {
        FigureTable table = shownTable(pacingOrder);
        loadExecutor.submit(ctx -> {
            Path tmp = target.resolveSibling(target.getFileName() + ".part");
            try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                table.writeCsv(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            return table.rows().size();
        }, TaskCallbacks.<Integer, Void>of(onDone, onError));
    }

    /** A file write for {@link #exportPicture}. */
    @FunctionalInterface
    public interface FileWrite {
        void write() throws java.io.IOException;
    }

    /** Writes a picture the view took on the FX thread, on a worker. */
    public void exportPicture(FileWrite write, Runnable onDone, Consumer<Throwable> onError) {
        loadExecutor.submit(ctx -> {
            write.write();
            return null;
        }, TaskCallbacks.<Void, Void>of(v -> onDone.run(), onError));
    }

    /** The figures of the shown tab, as exported. */
    public FigureTable shownTable(List<PacingRow> pacingOrder) {
        ReportFigures f = figures.get();
        ReportTab t = tab.get();
        if (t == ReportTab.PACING) {
            return PacingRow.figures(pacingOrder);
        }
        if (f == null) {
            return FigureTable.EMPTY;
        }
        return switch (t) {
            case OVER_TIME -> f.overTime();
            case RATES -> f.rates();
            case BY_TYPE -> f.byType();
            case TOP -> f.top();
            case PACING -> throw new IllegalStateException();
        };
    }

    /** A file name for the shown tab's export: "spend-by-program-type-2026-11-01-to-2026-11-30". */
    public String exportName() {
        DayRange r = range.get();
        String name = tab.get() == ReportTab.PACING ? "budget-pacing-" + today.get()
                : shownTable(List.of()).name() + (r == null ? "" : "-" + r.from() + "-to-" + r.to());
        return name;
    }

    // ---- internals ------------------------------------------------------------------------

    private void usePreset(RangePreset p) {
        DayRange r = p.range(today.get());
        if (r == null) {
            return; // custom: the dates stay as they are, for the user to change
        }
        settingDates = true;
        try {
            from.set(r.from());
            to.set(r.to());
        } finally {
            settingDates = false;
        }
        datesEdited();
    }

    private void datesEdited() {
        LocalDate f = from.get();
        LocalDate t = to.get();
        if (!settingDates && preset.get() != RangePreset.CUSTOM) {
            DayRange wanted = preset.get().range(today.get());
            if (wanted != null && !(wanted.from().equals(f) && wanted.to().equals(t))) {
                preset.set(RangePreset.CUSTOM);
            }
        }
        if (settingDates) {
            return;
        }
        if (f == null || t == null) {
            rangeError.set("Pick a start and an end date.");
        } else if (t.isBefore(f)) {
            rangeError.set("The end date " + Formats.date(t) + " is before the start date " + Formats.date(f)
                    + ": pick an end on or after the start.");
        } else {
            rangeError.set(null);
            range.set(new DayRange(f, t));
        }
    }

    private ReportScope currentScope() {
        return switch (scopeKind.get()) {
            case ACCOUNT -> ReportScope.ACCOUNT;
            case BUSINESS -> business.get() == null || business.get().isAll() ? ReportScope.ACCOUNT
                    : ReportScope.business(business.get().businessId());
            case PROGRAMS -> ReportScope.programs(selectedPrograms.get() == null ? List.of() : selectedPrograms.get());
        };
    }

    private void redraw() {
        if (cache == null || range.get() == null || state.get() != ReportState.READY) {
            return;
        }
        long t0 = System.nanoTime();
        ReportFigures f = cache.figures(range.get(), scope.get());
        figures.set(f);
        totalsText.set(ReportCharts.totals(f) + scopeNote());
        LOG.debug("Report figures for {} in {} ms", range.get(), (System.nanoTime() - t0) / 1_000_000);
    }

    private String scopeNote() {
        ReportScope s = scope.get();
        if (s.kind() == ReportScope.Kind.PROGRAMS && s.programIds().isEmpty()) {
            return " · no program is selected in the programs table";
        }
        return "";
    }

    private void setState(ReportState s) {
        state.set(s);
        emptyText.set(switch (s) {
            case NO_ACCOUNT -> "No account is open. Open an account or the demo to see its reports.";
            case NO_KEY -> "This account has no key for Yelp's reporting API, and no figures are cached. "
                    + "Reports need the Fusion API key Yelp enabled for reporting"
                    + (keyEditable.get() ? ": enter it with \"Reporting key…\"." : ".");
            case LOADING -> "Reading the cached figures…";
            case EMPTY -> "No figures are cached for this account yet. \"Get figures from Yelp\" asks Yelp for the "
                    + "chosen range; Yelp usually takes about 30 minutes to build a report.";
            case FAILED -> emptyText.get();
            case READY -> "";
        });
    }

    /** "CPC programs in March 2026, as of March 15: 2 of 40 flagged". */
    static String pacingTitle(LocalDate day, List<PacingRow> rows) {
        long flagged = rows.stream().filter(r -> r.pace() == PacingRow.Pace.RUNS_OUT_EARLY || r.pace() == PacingRow.Pace.UNDER_SPEND).count();
        String month = day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.US);
        return "CPC programs in " + month + " " + day.getYear() + ", as of " + month + " " + day.getDayOfMonth()
                + ": " + Formats.count(flagged) + " of " + Formats.count(rows.size()) + " flagged. Projected: the month's spend at the"
                + " pace so far.";
    }

    /** "Figures up to 2026-03-14, received 2026-03-14 18:00": how fresh the cache is, offline included. */
    private static String cacheNote(ReportSource.CachedReport c) {
        return c.lastCachedDay().map(d -> "Figures up to " + Formats.date(d)
                + c.receivedAt().map(at -> ", received " + Formats.dateTime(at)).orElse("")).orElse("");
    }

    /** One line: what went wrong, and what is still shown. */
    private String fetchFailure(Throwable error) {
        String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        String cached = cache == null ? "" : cache.lastCachedDay()
                .map(d -> " Showing the figures cached up to " + Formats.date(d)
                        + cache.receivedAt().map(at -> " (received " + Formats.dateTime(at) + ")").orElse("") + ".")
                .orElse("");
        return "Could not get the figures from Yelp: " + reason + cached;
    }

    static String describe(DayRange r, ReportScope s) {
        String who = switch (s.kind()) {
            case ACCOUNT -> "every business";
            case BUSINESS -> "business " + s.businessId();
            case PROGRAMS -> Formats.count(s.programIds().size(), "selected program", "selected programs");
        };
        return Formats.date(r.from()) + " to " + Formats.date(r.to()) + ", " + who;
    }

    // ---- properties -----------------------------------------------------------------------

    public ObjectProperty<RangePreset> presetProperty() {
        return preset;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The last valid range; the charts show it. */
    public ReadOnlyObjectProperty<DayRange> rangeProperty() {
        return range.getReadOnlyProperty();
    }

    /** Why the dates picked are refused (end before start); null when they are fine. */
    public ReadOnlyStringProperty rangeErrorProperty() {
        return rangeError.getReadOnlyProperty();
    }

    public ObjectProperty<ReportScope.Kind> scopeKindProperty() {
        return scopeKind;
    }

    public ObjectProperty<BusinessOption> businessProperty() {
        return business;
    }

    /** The programs selected in the programs table, for the "Selected programs" scope. */
    public ObjectProperty<List<String>> selectedProgramsProperty() {
        return selectedPrograms;
    }

    public ReadOnlyObjectProperty<ReportScope> scopeProperty() {
        return scope.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReportState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What the view says instead of charts (no account, no key, nothing cached…); empty when ready. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    /** A message over the charts (a fetch that failed, and what is shown instead); null when none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReportFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalsTextProperty() {
        return totalsText.getReadOnlyProperty();
    }

    /** How fresh the cached figures are; empty when nothing is cached. */
    public ReadOnlyStringProperty cacheTextProperty() {
        return cacheText.getReadOnlyProperty();
    }

    /** What the pacing table shows: which month, as of which day, how many flagged. */
    public ReadOnlyStringProperty pacingTitleProperty() {
        return pacingTitle.getReadOnlyProperty();
    }

    /** This month's pacing of the account's CPC programs. */
    public ObservableList<PacingRow> pacingRows() {
        return pacing;
    }

    public ObjectProperty<ReportTab> tabProperty() {
        return tab;
    }

    /** The report Yelp is building; null when none. */
    public ReadOnlyObjectProperty<BuildStatus> buildProperty() {
        return build.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty buildingProperty() {
        return building.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canFetchProperty() {
        return canFetch.getReadOnlyProperty();
    }

    /** Whether the open account has a reporting key (Yelp can be asked for figures). */
    public ReadOnlyBooleanProperty hasKeyProperty() {
        return hasKey.getReadOnlyProperty();
    }

    /** Whether a reporting key can be entered for the open account (not for the demo: it has its own). */
    public ReadOnlyBooleanProperty keyEditableProperty() {
        return keyEditable.getReadOnlyProperty();
    }

    /** True while an entered key is being kept. */
    public ReadOnlyBooleanProperty savingKeyProperty() {
        return savingKey.getReadOnlyProperty();
    }

    /** Why the key entered could not be kept, in one line; null when fine. */
    public ReadOnlyStringProperty keyErrorProperty() {
        return keyError.getReadOnlyProperty();
    }

    /** Clears a key error shown before (a new dialog). */
    public void clearKeyError() {
        keyError.set(null);
    }

    List<PacingRow> pacingSnapshot() {
        return new ArrayList<>(pacing);
    }
}
