package io.adsdesk.sync;

import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Times the phases of one sync and builds its run record and report. */
final class SyncClock {
    private final Clock clock;
    private final Instant startedAt;
    private final long start = System.nanoTime();
    private long fetched = -1;
    private long written = -1;
    private long named = -1;

    SyncClock(Clock clock) {
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    void fetched() {
        fetched = System.nanoTime();
    }

    void written() {
        written = System.nanoTime();
    }

    void namesDone() {
        named = System.nanoTime();
    }

    SyncRun run(SyncOutcome outcome, int totalApi, int before, int after, StreamingApply.Counts c, int requests,
                String message) {
        return new SyncRun(0, startedAt, clock.instant(), outcome, totalApi, before, after,
                c == null ? 0 : c.added(), c == null ? 0 : c.updated(), c == null ? 0 : c.removed(), requests, message);
    }

    SyncReport report(SyncOutcome outcome, int totalApi, int before, int after, StreamingApply.Counts c, int pages,
                      int requests, String message, Duration databaseTime, java.util.List<String> marked, long runId) {
        return new SyncReport(outcome, totalApi, before, after, c.added(), c.updated(), c.removed(), pages, requests, null,
                message, between(start, fetched), between(fetched, written), between(written, named),
                between(start, System.nanoTime()), databaseTime, marked, runId);
    }

    SyncReport failed(SyncFailure failure, String message, int before, int requests) {
        return new SyncReport(SyncOutcome.FAILED, 0, before, before, 0, 0, 0, 0, requests, failure, message,
                Duration.ZERO, Duration.ZERO, Duration.ZERO, between(start, System.nanoTime()));
    }

    SyncReport cancelled(int before, int requests) {
        return new SyncReport(SyncOutcome.CANCELLED, 0, before, before, 0, 0, 0, 0, requests, null,
                "Cancelled; nothing was changed", Duration.ZERO, Duration.ZERO, Duration.ZERO, between(start, System.nanoTime()));
    }

    private static Duration between(long from, long to) {
        return from < 0 || to < 0 ? Duration.ZERO : Duration.ofNanos(to - from);
    }
}
