package io.adsdesk.sync;

import io.adsdesk.model.SyncOutcome;

import java.time.Duration;

/**
 * The result of one sync.
 *
 * @param failure null unless status is FAILED
 * @param requests HTTP requests sent, retries included
 * @param runId the logged run's id, whose changes the registry keeps; 0 when not known
 */
public record SyncReport(
        SyncOutcome status,
        int totalApi,
        int totalDbBefore,
        int totalDbAfter,
        int added,
        int updated,
        int removed,
        int pages,
        int requests,
        SyncFailure failure,
        String message,
        Duration fetchTime,
        Duration writeTime,
        Duration namesTime,
        Duration totalTime,
        Duration databaseTime,
        long runId) {

    /** A report without the logged run's id. */
    public SyncReport(SyncOutcome status, int totalApi, int totalDbBefore, int totalDbAfter, int added, int updated,
                      int removed, int pages, int requests, SyncFailure failure, String message, Duration fetchTime,
                      Duration writeTime, Duration namesTime, Duration totalTime, Duration databaseTime) {
        this(status, totalApi, totalDbBefore, totalDbAfter, added, updated, removed, pages, requests, failure, message,
                fetchTime, writeTime, namesTime, totalTime, databaseTime, 0);
    }

    /** A report without the database thread's busy time. */
    public SyncReport(SyncOutcome status, int totalApi, int totalDbBefore, int totalDbAfter, int added, int updated,
                      int removed, int pages, int requests, SyncFailure failure, String message, Duration fetchTime,
                      Duration writeTime, Duration namesTime, Duration totalTime) {
        this(status, totalApi, totalDbBefore, totalDbAfter, added, updated, removed, pages, requests, failure, message,
                fetchTime, writeTime, namesTime, totalTime, Duration.ZERO);
    }

    public int rowsWritten() {
        return added + updated + removed;
    }

    /** "Added 3, updated 12, removed 1", "Up to date", or the failure's message. */
    public String summary() {
        return switch (status) {
            case SYNCED -> "Added %d, updated %d, removed %d".formatted(added, updated, removed);
            case UP_TO_DATE -> "Up to date";
            case CANCELLED -> "Sync cancelled; nothing was changed";
            case FAILED -> message;
        };
    }
}
