package io.adsdesk.sync;

import io.adsdesk.model.SyncOutcome;

import java.time.Duration;

/**
 * The result of one sync.
 *
 * @param failure null unless status is FAILED
 * @param requests HTTP requests sent, retries included
 * @param marked the programs the API listed with values that could not be read or cannot be real, by
 *               ID: kept in the registry and marked, never dropped; empty when all read cleanly
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
        java.util.List<String> marked,
        long runId) {

    /** How many IDs a one-line message names before "and N more". */
    private static final int NAMED = 5;

    public SyncReport {
        marked = marked == null ? java.util.List.of() : java.util.List.copyOf(marked);
    }

    /** A report that marked no program, without the logged run's id. */
    public SyncReport(SyncOutcome status, int totalApi, int totalDbBefore, int totalDbAfter, int added, int updated,
                      int removed, int pages, int requests, SyncFailure failure, String message, Duration fetchTime,
                      Duration writeTime, Duration namesTime, Duration totalTime, Duration databaseTime) {
        this(status, totalApi, totalDbBefore, totalDbAfter, added, updated, removed, pages, requests, failure, message,
                fetchTime, writeTime, namesTime, totalTime, databaseTime, java.util.List.of(), 0);
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

    /** "Added 2,000, updated 12, removed 1", "Up to date" (each followed by {@link #markedNote()} if any), or the failure's message. */
    public String summary() {
        String note = marked.isEmpty() ? "" : ". " + markedNote();
        return switch (status) {
            case SYNCED -> String.format(java.util.Locale.US, "Added %,d, updated %,d, removed %,d", added, updated, removed) + note;
            case UP_TO_DATE -> "Up to date" + note;
            case CANCELLED -> "Sync cancelled; nothing was changed";
            case FAILED -> message;
        };
    }

    /** "2 programs came with values that could not be read or cannot be real; kept and marked: ID1, ID2"; empty when none. */
    public String markedNote() {
        return markedNote(marked);
    }

    /** The one-line note naming marked programs (at most five, then "and N more"). */
    public static String markedNote(java.util.List<String> ids) {
        if (ids.isEmpty()) {
            return "";
        }
        String named = String.join(", ", ids.stream().limit(NAMED).map(SyncReport::shortId).toList());
        String more = ids.size() > NAMED ? " and " + (ids.size() - NAMED) + " more" : "";
        return (ids.size() == 1 ? "1 program" : ids.size() + " programs")
                + " came with values that could not be read or cannot be real; kept and marked (see details): " + named + more;
    }

    private static String shortId(String id) {
        String line = id.replaceAll("\\p{Cntrl}", " ");
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }
}
