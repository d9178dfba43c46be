package io.adsdesk.model.command;

import java.util.Objects;

/** Pause a running CPC program. */
public record PauseProgram(String programId) implements ProgramCommand {
    public PauseProgram {
        Objects.requireNonNull(programId, "programId");
    }
}
