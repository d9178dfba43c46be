package io.adsdesk.sandbox;

/**
 * {@code GET /v1/reseller/status/{job_id}} (partner-api.md §2.4, §6.4.2): the receipt once the job
 * is processed; before that 200 with "PROCESSING", or 202 "Job not complete" with the
 * {@code processingAs202} knob. An unknown job is 404.
 */
final class StatusHandler implements Route {
    static final String PREFIX = "/v1/reseller/status/";

    private final SandboxKnobs knobs;
    private final JobEngine jobs;

    StatusHandler(SandboxKnobs knobs, JobEngine jobs) {
        this.knobs = knobs;
        this.jobs = jobs;
    }

    @Override
    public Reply handle(PartnerRequest request) {
        String id = request.path().substring(PREFIX.length());
        if (id.endsWith("/")) {
            id = id.substring(0, id.length() - 1);
        }
        Job job = id.isEmpty() || id.contains("/") ? null : jobs.find(id).orElse(null);
        if (job == null) {
            return Reply.error(404, "NOT_FOUND", "Job " + id + " was not found.");
        }
        if (!job.done() && knobs.processingAs202()) {
            return Reply.error(202, "JOB_NOT_COMPLETE", "Job Not Complete.");
        }
        return Reply.json(200, new ReceiptJson(knobs.topLevelStatus(), knobs.receiptFields()).write(job));
    }
}
