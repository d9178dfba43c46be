package io.adsdesk.ui.sync;

import io.adsdesk.model.SyncRun;
import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.ui.common.Formats;
import io.adsdesk.ui.common.TaskCallbacks;
import io.adsdesk.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.util.List;

/** The registry admin: recent sync runs and registry totals, loaded on a worker. */
public final class SyncHistoryViewModel {
    public static final int HISTORY_LIMIT = 200;

    private final TaskExecutor executor;
    private final ObservableList<SyncRun> runs = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper(this, "totals", "");
    private final RunChangesViewModel changes;

    public SyncHistoryViewModel(TaskExecutor executor) {
        this.executor = executor;
        this.changes = new RunChangesViewModel(executor);
    }

    record Loaded(List<SyncRun> runs, int programs, int businesses, Instant lastSynced) {
    }

    public void load(ProgramRegistry registry) {
        changes.setRegistry(registry);
        if (registry == null) {
            runs.clear();
            totals.set("No account connected");
            return;
        }
        totals.set("Loading…");
        executor.submit(ctx -> new Loaded(registry.syncHistory(HISTORY_LIMIT), registry.countPrograms(),
                        registry.findBusinesses().size(), registry.lastSyncedAt().orElse(null)),
                TaskCallbacks.<Loaded, Void>of(loaded -> {
                    runs.setAll(loaded.runs());
                    totals.set(totalsText(loaded));
                }, e -> totals.set("Could not read the registry: " + e.getMessage())));
    }

    static String totalsText(Loaded l) {
        return Formats.count(l.programs()) + " programs · " + Formats.count(l.businesses()) + " businesses · "
                + Formats.count(l.runs().size(), "run", "runs") + " logged · last synced " + Formats.dateTime(l.lastSynced());
    }

    /** The changes of the run selected in the history. */
    public RunChangesViewModel changes() {
        return changes;
    }

    public ObservableList<SyncRun> runs() {
        return runs;
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }
}
