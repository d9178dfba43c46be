package io.adsdesk.model.change;

import java.time.Instant;
import java.util.Objects;

/**
 * One change to one field of one program, made locally and posted later.
 *
 * @param id the registry's key; 0 until stored
 * @param account the account it belongs to ("username @ base URL")
 * @param oldValue the value the change was made against (canonical text, see {@link ChangeValues}); null when unknown
 * @param newValue the value to post (canonical text)
 * @param postAt when to post it; null for "when the user posts"
 * @param message the outcome in plain words (the rejection reason, the conflict, "posted late"), or null
 * @param createdBy who queued it (the account's user, or "apply FILE")
 * @param jobId Yelp's job once sent, or null
 * @param auditId the audit log entry once sent, or null
 */
public record PendingChange(
        long id,
        String account,
        String programId,
        ChangeField field,
        String oldValue,
        String newValue,
        Instant postAt,
        ChangeState state,
        String message,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String jobId,
        Long auditId) {

    public PendingChange {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(newValue, "newValue");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new change, not stored yet. */
    public static PendingChange of(String account, String programId, ChangeField field, String oldValue,
                                   String newValue, Instant postAt, Instant now, String createdBy) {
        return new PendingChange(0, account, programId, field, oldValue, newValue, postAt, ChangeState.PENDING, null,
                now, createdBy, now, null, null);
    }

    public boolean scheduled() {
        return postAt != null;
    }

    /** Scheduled and its time has come (or it was never scheduled). */
    public boolean due(Instant now) {
        return postAt == null || !postAt.isAfter(now);
    }

    public PendingChange withId(long newId) {
        return new PendingChange(newId, account, programId, field, oldValue, newValue, postAt, state, message,
                createdAt, createdBy, updatedAt, jobId, auditId);
    }

    public PendingChange withState(ChangeState newState, String newMessage, Instant now) {
        return new PendingChange(id, account, programId, field, oldValue, newValue, postAt, newState, newMessage,
                createdAt, createdBy, now, jobId, auditId);
    }

    public PendingChange withNewValue(String value, Instant now) {
        return new PendingChange(id, account, programId, field, oldValue, value, postAt, state, message, createdAt,
                createdBy, now, jobId, auditId);
    }

    /** "Keep mine": the change now stands against Yelp's current value. */
    public PendingChange withOldValue(String value, Instant now) {
        return new PendingChange(id, account, programId, field, value, newValue, postAt, state, message, createdAt,
                createdBy, now, jobId, auditId);
    }

    public PendingChange withPostAt(Instant at, Instant now) {
        return new PendingChange(id, account, programId, field, oldValue, newValue, at, state, message, createdAt,
                createdBy, now, jobId, auditId);
    }

    public PendingChange withJob(String newJobId, Long newAuditId, Instant now) {
        return new PendingChange(id, account, programId, field, oldValue, newValue, postAt, state, message, createdAt,
                createdBy, now, newJobId, newAuditId);
    }
}
