package io.adsdesk.actions;

import io.adsdesk.model.Program;

import java.util.List;

/** What came of asking for an action. A view model switches on it. */
public sealed interface ActionResult {

    /** Local validation failed; nothing was sent. */
    record Invalid(List<FieldError> errors) implements ActionResult {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }

    /** The program changed at Yelp since the registry saw it; the edit waits for confirmation. */
    record ConflictFound(Conflict conflict) implements ActionResult {
    }

    /** Yelp accepted the write as a job, stored and ready to follow with {@link JobTracker#await}. */
    record Submitted(TrackedJob job) implements ActionResult {
    }

    /**
     * Pause/resume accepted (202); {@code confirmed} when a re-read shows the new state. The
     * program is the re-read copy, also written to the registry.
     */
    record Applied(Program program, boolean confirmed) implements ActionResult {
    }

    /** Yelp refused, or could not be reached. */
    record Failed(ActionFailure failure) implements ActionResult {
    }
}
