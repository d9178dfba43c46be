package io.adsdesk.actions;

import io.adsdesk.model.Program;
import io.adsdesk.model.command.EditProgram;

import java.util.List;

/**
 * The program changed at Yelp since the registry last saw it (someone else edited it). The edit
 * was not sent; pass this to {@link ProgramActions#proceedDespiteConflict} to send it anyway.
 */
public record Conflict(String programId, EditProgram request, List<FieldChange> changes, Program registryCopy,
                       Program live) {
    public Conflict {
        changes = List.copyOf(changes);
    }
}
