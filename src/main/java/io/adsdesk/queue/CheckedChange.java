package io.adsdesk.queue;

import io.adsdesk.model.change.ChangeValues;
import io.adsdesk.model.change.PendingChange;

import java.util.List;

/**
 * A pending change with what checking it found. Errors block posting it (only it); warnings do not.
 *
 * @param checks errors first, then warnings; empty when the change is fine
 */
public record CheckedChange(PendingChange change, List<ChangeCheck> checks) {
    public CheckedChange {
        checks = List.copyOf(checks);
    }

    /** True when an error blocks posting. */
    public boolean blocked() {
        return checks.stream().anyMatch(c -> c.severity() == CheckSeverity.ERROR);
    }

    public boolean hasWarnings() {
        return checks.stream().anyMatch(c -> c.severity() == CheckSeverity.WARNING);
    }

    /** The first check's message (the worst), or "" when there is none. */
    public String summary() {
        return checks.isEmpty() ? "" : checks.getFirst().message();
    }

    public String oldText() {
        return ChangeValues.display(change.field(), change.oldValue());
    }

    public String newText() {
        return ChangeValues.display(change.field(), change.newValue());
    }
}
