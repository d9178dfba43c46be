package io.adsdesk.model.command;

import java.util.Objects;

/** End a program today. */
public record EndProgram(String programId) implements ProgramCommand {
    public EndProgram {
        Objects.requireNonNull(programId, "programId");
    }
}
