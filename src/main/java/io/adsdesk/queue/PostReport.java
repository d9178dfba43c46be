package io.adsdesk.queue;

import io.adsdesk.model.change.ChangeState;
import io.adsdesk.model.change.PendingChange;

import java.util.List;

/**
 * What posting did, one entry per change asked for, in the order asked.
 *
 * @param changes each change as it ended: COMPLETED, REJECTED (message: why), CONFLICT (message:
 *                Yelp's value), or still PENDING (blocked by an error check, not due yet, or not started
 *                because posting was cancelled; message says which)
 * @param late the changes posted after their post-at time, message "Was due at …, posted late."
 * @param cancelled true when posting was cancelled before every change was started
 */
public record PostReport(List<PendingChange> changes, List<PendingChange> late, boolean cancelled) {
    public PostReport {
        changes = List.copyOf(changes);
        late = List.copyOf(late);
    }

    public List<PendingChange> in(ChangeState state) {
        return changes.stream().filter(c -> c.state() == state).toList();
    }

    /** How many were sent to Yelp (completed or rejected). */
    public int posted() {
        return completed() + rejected();
    }

    public int completed() {
        return in(ChangeState.COMPLETED).size();
    }

    public int rejected() {
        return in(ChangeState.REJECTED).size();
    }

    public int conflicts() {
        return in(ChangeState.CONFLICT).size();
    }
}
