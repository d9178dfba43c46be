package io.adsdesk.model;

import java.time.Instant;

/** One entry of the sync history. {@code id} is 0 until stored. */
public record SyncRun(
        long id,
        Instant startedAt,
        Instant finishedAt,
        SyncOutcome outcome,
        int totalApi,
        int totalDbBefore,
        int totalDbAfter,
        int added,
        int updated,
        int removed,
        int requests,
        String message) {
}
