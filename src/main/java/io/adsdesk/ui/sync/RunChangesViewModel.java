package io.adsdesk.ui.sync;

import io.adsdesk.export.ChangeExport;
import io.adsdesk.export.ChangeLine;
import io.adsdesk.model.Business;
import io.adsdesk.model.ChangeKind;
import io.adsdesk.model.RunChanges;
import io.adsdesk.model.SyncRun;
import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.ui.common.Formats;
import io.adsdesk.ui.common.TaskCallbacks;
import io.adsdesk.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The changes of the run selected in the sync history: one line per program or changed field, exportable. */
public final class RunChangesViewModel {
    private final TaskExecutor executor;
    private final ObservableList<ChangeLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "Select a run to see its changes");
    private final ReadOnlyBooleanWrapper exportable = new ReadOnlyBooleanWrapper(this, "exportable");
    private ProgramRegistry registry;
    private RunChanges shown;
    private Map<String, String> names = Map.of();
    private long sequence;

    public RunChangesViewModel(TaskExecutor executor) {
        this.executor = executor;
    }

    private record Loaded(RunChanges changes, Map<String, String> names, List<ChangeLine> lines) {
    }

    void setRegistry(ProgramRegistry registry) {
        this.registry = registry;
        select(null);
    }

    /** Shows the changes of this run (null: none selected), read on a worker. */
    public void select(SyncRun run) {
        long current = ++sequence;
        lines.clear();
        shown = null;
        exportable.set(false);
        if (run == null || registry == null) {
            summary.set("Select a run to see its changes");
            return;
        }
        summary.set("Loading the changes of run " + run.id() + "…");
        ProgramRegistry source = registry;
        executor.submit(ctx -> {
            RunChanges changes = source.changesOf(run.id()).orElse(null);
            Map<String, String> byId = new HashMap<>();
            for (Business b : source.findBusinesses()) {
                byId.put(b.yelpBusinessId(), b.displayName());
            }
            return new Loaded(changes, byId, changes == null ? List.of() : ChangeLine.of(changes, byId::get));
        }, TaskCallbacks.<Loaded, Void>of(loaded -> {
            if (current != sequence) {
                return;
            }
            shown = loaded.changes();
            names = loaded.names();
            lines.setAll(loaded.lines());
            summary.set(summaryOf(run, loaded.changes()));
            exportable.set(!loaded.lines().isEmpty());
        }, e -> {
            if (current == sequence) {
                summary.set("Could not read the changes of run " + run.id() + ": " + e.getMessage());
            }
        }));
    }

    static String summaryOf(SyncRun run, RunChanges changes) {
        String title = "Run " + run.id() + ": ";
        if (changes == null) {
            return title + "no longer in the registry";
        }
        if (changes.initial()) {
            return title + "first sync, " + Formats.count(run.added()) + " programs added (not listed one by one)";
        }
        if (!changes.recorded()) {
            return title + "its changes are not kept (changes are kept for the last 50 syncs, at most 90 days)";
        }
        if (changes.changes().isEmpty()) {
            return title + "nothing changed";
        }
        return title + Formats.count(changes.idsOf(ChangeKind.ADDED).size()) + " added, "
                + Formats.count(changes.idsOf(ChangeKind.UPDATED).size()) + " updated, "
                + Formats.count(changes.idsOf(ChangeKind.REMOVED).size()) + " removed";
    }

    /** Writes the shown run's changes as CSV (UTF-8 with a byte-order mark, for spreadsheets) on a worker. */
    public void exportCsv(Path target, Consumer<Integer> onDone, Consumer<Throwable> onError) {
        RunChanges changes = shown;
        Map<String, String> byId = names;
        int count = lines.size();
        if (changes == null) {
            onError.accept(new IllegalStateException("No run is selected"));
            return;
        }
        executor.submit(ctx -> {
            try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                ChangeExport.writeCsv(changes, byId::get, out);
            }
            return count;
        }, TaskCallbacks.<Integer, Void>of(onDone, onError));
    }

    /** The file name an export of the shown run suggests. */
    public String suggestedFileName() {
        return "adsdesk-changes-run-" + (shown == null ? "none" : shown.runId()) + ".csv";
    }

    public ObservableList<ChangeLine> lines() {
        return lines;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportableProperty() {
        return exportable.getReadOnlyProperty();
    }
}
