package io.adsdesk.queue;

import io.adsdesk.model.change.PendingChange;

/**
 * Told as posting moves on: {@code done} of {@code total} changes have reached their end (completed,
 * rejected, conflict, or left pending by a cancel). Called on the poster's threads: a view hands it
 * over to its own thread (a Task's updateProgress does).
 */
@FunctionalInterface
public interface PostProgress {
    PostProgress NONE = (done, total, change) -> {
    };

    /** @param change the change that just reached its end */
    void progressed(int done, int total, PendingChange change);
}
