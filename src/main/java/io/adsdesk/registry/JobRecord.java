package io.adsdesk.registry;

import java.time.Instant;

/**
 * One tracked write job as stored in {@code jobs}. Kind and status are kept as text (the actions
 * engine owns their meaning). A job is pending until {@code finishedAt} is set, which happens only
 * after its result has been read back into the registry.
 *
 * @param account the account key the job was submitted with; only that account's client polls it
 * @param requestJson the query parameters sent, as JSON
 * @param errorCodes the receipt's error codes, comma-separated, or null
 * @param madeBy who submitted it, as "ana on desk-7" ({@link Makers#current()}); null for jobs stored before it was kept
 */
public record JobRecord(
        String jobId,
        String account,
        String kind,
        String programId,
        String businessId,
        String requestJson,
        Instant submittedAt,
        String status,
        Instant lastPolledAt,
        int polls,
        String receiptJson,
        String errorCodes,
        String message,
        Instant finishedAt,
        Long auditId,
        String madeBy) {

    public boolean pending() {
        return finishedAt == null;
    }

    /** A fresh record, before its first poll. */
    public static JobRecord submitted(String jobId, String account, String kind, String programId, String businessId,
                                      String requestJson, Instant at, String status, Long auditId) {
        return new JobRecord(jobId, account, kind, programId, businessId, requestJson, at, status, null, 0, null, null,
                null, null, auditId, Makers.current());
    }

    public JobRecord polled(Instant at, String newStatus, String receipt, String codes, String newProgramId) {
        return new JobRecord(jobId, account, kind, newProgramId == null ? programId : newProgramId, businessId,
                requestJson, submittedAt, newStatus, at, polls + 1, receipt == null ? receiptJson : receipt,
                codes == null ? errorCodes : codes, message, finishedAt, auditId, madeBy);
    }

    public JobRecord finished(Instant at, String newMessage) {
        return new JobRecord(jobId, account, kind, programId, businessId, requestJson, submittedAt, status,
                lastPolledAt, polls, receiptJson, errorCodes, newMessage, at, auditId, madeBy);
    }

    public JobRecord withMessage(String newMessage) {
        return new JobRecord(jobId, account, kind, programId, businessId, requestJson, submittedAt, status,
                lastPolledAt, polls, receiptJson, errorCodes, newMessage, finishedAt, auditId, madeBy);
    }
}
