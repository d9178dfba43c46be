package io.adsdesk.registry;

import io.adsdesk.model.Program;
import io.adsdesk.model.RunChanges;
import io.adsdesk.model.SyncRun;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A {@link SyncWriter} that collects the changes and applies them in one {@link ProgramRegistry#applySync} call. */
final class BufferedSyncWriter implements SyncWriter {
    private final ProgramRegistry registry;
    private final List<Program> added = new ArrayList<>();
    private final List<Program> updated = new ArrayList<>();
    private final Set<String> removed = new LinkedHashSet<>();
    private RunChanges log;

    BufferedSyncWriter(ProgramRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void insert(Collection<Program> programs) {
        added.addAll(programs);
    }

    @Override
    public void replace(Collection<Program> programs) {
        updated.addAll(programs);
    }

    @Override
    public void remove(Collection<String> programIds) {
        removed.addAll(programIds);
    }

    @Override
    public void record(RunChanges changes) {
        log = changes;
    }

    @Override
    public SyncRun commit(SyncRun run) {
        return registry.applySync(new ProgramChanges(added, updated, removed), run, log);
    }

    @Override
    public void close() {
        // nothing was written before commit
    }
}
