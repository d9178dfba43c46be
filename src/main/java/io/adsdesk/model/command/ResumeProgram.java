package io.adsdesk.model.command;

import java.util.Objects;

/** Resume a paused CPC program. */
public record ResumeProgram(String programId) implements ProgramCommand {
    public ResumeProgram {
        Objects.requireNonNull(programId, "programId");
    }
}
