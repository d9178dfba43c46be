package io.adsdesk.registry;

import java.time.Instant;

/**
 * One line of the audit log: who did what to which program, the values before and after (JSON),
 * the request sent, and the job and receipt that came of it.
 *
 * @param outcome PROCESSING while its job runs, then COMPLETED, REJECTED, PARTIAL or FAILED
 * @param madeBy who did it, as "ana on desk-7" ({@link Makers#current()}); null for entries stored before it was kept
 */
public record AuditEntry(
        long id,
        Instant at,
        String account,
        String action,
        String programId,
        String businessId,
        String beforeJson,
        String requestJson,
        String afterJson,
        String jobId,
        String outcome,
        String receiptJson,
        String message,
        String madeBy) {

    /** A new entry (id 0 until stored). */
    public static AuditEntry of(Instant at, String account, String action, String programId, String businessId,
                                String beforeJson, String requestJson, String jobId, String outcome, String message) {
        return new AuditEntry(0, at, account, action, programId, businessId, beforeJson, requestJson, null, jobId,
                outcome, null, message, Makers.current());
    }
}
