package io.adsdesk.sandbox;

import java.time.Instant;

/**
 * One asynchronous write. Immutable: the engine swaps in the processed copy, which carries the
 * receipt and completed_at.
 *
 * @param identifier the business (create) or program (edit, end) the receipt reports on
 * @param forced an outcome forced through the knobs when the job was accepted, or null
 * @param dueAt when the job is processed: created_at plus the job delay at that moment
 */
record Job(String id, JobKind kind, String identifier, ProgramParams params, SandboxKnobs.ForcedOutcome forced,
           Instant createdAt, Instant dueAt, Receipt receipt, Instant completedAt) {

    static Job accepted(String id, JobKind kind, String identifier, ProgramParams params,
                        SandboxKnobs.ForcedOutcome forced, Instant createdAt, long delayMs) {
        return new Job(id, kind, identifier, params, forced, createdAt, createdAt.plusMillis(delayMs), null, null);
    }

    boolean done() {
        return receipt != null;
    }

    boolean due(Instant now) {
        return !now.isBefore(dueAt);
    }

    Job completed(Receipt result, Instant at) {
        return new Job(id, kind, identifier, params, forced, createdAt, dueAt, result, at);
    }
}
