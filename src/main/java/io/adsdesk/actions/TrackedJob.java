package io.adsdesk.actions;

import io.adsdesk.registry.JobRecord;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A job as a view shows it.
 *
 * @param programId the program changed, or for a create the new program once known
 * @param finished true once the result was read back into the registry (or the job was given up)
 * @param problems the receipt's errors in plain words
 * @param message what went wrong while following the job, if anything
 * @param madeBy who submitted it, as "ana on desk-7"; null for jobs stored before it was kept
 */
public record TrackedJob(
        String jobId,
        JobKind kind,
        String programId,
        String businessId,
        JobStatus status,
        Instant submittedAt,
        Instant lastPolledAt,
        boolean finished,
        List<String> errorCodes,
        List<String> problems,
        String message,
        String madeBy) {

    public TrackedJob {
        errorCodes = List.copyOf(errorCodes);
        problems = List.copyOf(problems);
    }

    static TrackedJob of(JobRecord r, List<String> problems) {
        List<String> codes = r.errorCodes() == null || r.errorCodes().isBlank() ? List.of()
                : Arrays.asList(r.errorCodes().split(","));
        return new TrackedJob(r.jobId(), JobKind.valueOf(r.kind()), r.programId(), r.businessId(),
                JobStatus.valueOf(r.status()), r.submittedAt(), r.lastPolledAt(), !r.pending(), codes, problems,
                r.message(), r.madeBy());
    }
}
