package io.adsdesk.model.change;

/** Where a pending change stands. */
public enum ChangeState {
    /** Waiting to be posted (now, or at its post-at time). */
    PENDING,
    /** Sent to Yelp; its job is being followed. */
    POSTING,
    /** Yelp applied it; the program was read back. */
    COMPLETED,
    /** Yelp refused it; the message says why. */
    REJECTED,
    /** Yelp's value changed since the change was made; waits for "keep mine" or "take Yelp's". */
    CONFLICT,
    /** Dropped without being sent ("take Yelp's"); kept in the history. */
    CANCELLED;

    /** Still in the queue: pending, posting or in conflict. */
    public boolean open() {
        return this == PENDING || this == POSTING || this == CONFLICT;
    }
}
