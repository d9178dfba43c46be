package io.adsdesk.ui.jobs;

import io.adsdesk.actions.ErrorCodes;
import io.adsdesk.actions.JobStatus;
import io.adsdesk.actions.TrackedJob;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the jobs panel.
 *
 * @param problems the receipt's error codes, and anything that went wrong following the job, in plain words
 * @param madeBy who submitted it, as "ana on desk-7"; null for jobs stored before it was kept
 */
public record JobItem(String jobId, String kind, String programId, Instant submittedAt, JobStatus status,
                      boolean finished, String problems, String madeBy) {

    static JobItem of(TrackedJob job) {
        List<String> lines = new ArrayList<>(job.problems());
        if (lines.isEmpty()) {
            job.errorCodes().forEach(code -> lines.add(ErrorCodes.describe(code, null)));
        }
        if (job.message() != null && !job.message().isBlank()) {
            lines.add(job.message());
        }
        return new JobItem(job.jobId(), job.kind().name(), job.programId(), job.submittedAt(), job.status(),
                job.finished(), String.join(" ", lines), job.madeBy());
    }

    /** PROCESSING / COMPLETED / REJECTED / PARTIAL / FAILED; "(reading back)" while the result is fetched. */
    public String statusText() {
        return status.name() + (!finished && status != JobStatus.PROCESSING ? " (reading back)" : "");
    }

    /** Finished with something applied: the registry row changed. */
    boolean changedRegistry() {
        return finished && (status == JobStatus.COMPLETED || status == JobStatus.PARTIAL);
    }
}
