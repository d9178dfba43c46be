package io.adsdesk.sync;

import io.adsdesk.model.Program;
import io.adsdesk.registry.ProgramChanges;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The registry diff: new programs, programs that really changed (record equality), and removals. */
final class Diff {
    private Diff() {
    }

    static ProgramChanges of(Map<String, Program> db, Map<String, Program> api, Set<String> removed) {
        List<Program> added = new ArrayList<>();
        List<Program> updated = new ArrayList<>();
        for (Program p : api.values()) {
            Program old = db.get(p.programId());
            if (old == null) {
                added.add(p);
            } else if (!old.equals(p)) {
                updated.add(p);
            }
        }
        return new ProgramChanges(added, updated, removed);
    }
}
