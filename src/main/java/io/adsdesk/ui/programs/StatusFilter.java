package io.adsdesk.ui.programs;

import io.adsdesk.model.ProgramStatus;

/** The status filter's choices: ALL or one derived {@link ProgramStatus}. */
public enum StatusFilter {
    ALL(null), CURRENT(ProgramStatus.CURRENT), PAST(ProgramStatus.PAST), FUTURE(ProgramStatus.FUTURE), PAUSED(ProgramStatus.PAUSED);

    private final ProgramStatus status;

    StatusFilter(ProgramStatus status) {
        this.status = status;
    }

    /** null for ALL. */
    public ProgramStatus status() {
        return status;
    }

    public String label() {
        return this == ALL ? "All statuses" : name();
    }
}
