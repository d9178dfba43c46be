package io.adsdesk.ui.jobs;

import io.adsdesk.actions.AuditCsv;
import io.adsdesk.actions.ProgramActions;
import io.adsdesk.registry.AuditEntry;
import io.adsdesk.ui.common.TaskCallbacks;
import io.adsdesk.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** The audit log of the open account, newest first, and its CSV export. */
public final class AuditLogViewModel {
    static final int LIMIT = 1000;

    private final TaskExecutor executor;
    private final Supplier<ProgramActions> actions;
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<AuditEntry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    public AuditLogViewModel(TaskExecutor executor, Supplier<ProgramActions> actions) {
        this.executor = executor;
        this.actions = actions;
    }

    public void load() {
        ProgramActions source = actions.get();
        if (source == null) {
            entries.clear();
            status.set("No account with actions is open.");
            return;
        }
        executor.submit(ctx -> source.auditLog(LIMIT), TaskCallbacks.<List<AuditEntry>, Void>of(list -> {
            entries.setAll(list);
            status.set(list.size() + (list.size() == 1 ? " entry" : " entries"));
        }, e -> status.set("Could not read the audit log: " + e.getMessage())));
    }

    /** Writes the entries as shown (newest first) to {@code target} on a worker. */
    public void exportCsv(Path target) {
        List<AuditEntry> snapshot = List.copyOf(entries);
        executor.submit(ctx -> {
            try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                AuditCsv.write(out, snapshot);
            }
            return snapshot.size();
        }, TaskCallbacks.<Integer, Void>of(n -> status.set("Exported " + n + " entries to " + target.getFileName()),
                e -> status.set("Could not write " + target + ": " + e.getMessage())));
    }

    public ObservableList<AuditEntry> entries() {
        return readOnlyEntries;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
