package io.adsdesk.actions;

import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.api.PartnerApiException;
import io.adsdesk.api.Receipt;
import io.adsdesk.model.Program;
import io.adsdesk.registry.AuditStore;
import io.adsdesk.registry.JobRecord;
import io.adsdesk.registry.JobStore;
import io.adsdesk.registry.ProgramRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Follows write jobs to the end: each job is stored before its first poll, polled with backoff
 * (1 s, 2 s, 4 s, 8 s, then every 15 s), and once Yelp has finished it the program is read back
 * with Program Info into the registry (a create appears under its new ID, an ended program moves
 * to PAST) before the job is marked finished. A job whose read-back fails stays pending, so
 * {@link #resumePending()} after a restart picks up every unfinished job of this account.
 *
 * <p>Blocking; call from a worker thread. Only this account's jobs are polled, with this
 * account's client: jobs never travel between credentials.
 */
public final class JobTracker {
    /** Waits between polls; the last one repeats. */
    static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(15));
    /** How long {@link #await} follows one job before leaving it pending. */
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofMinutes(30);
    private static final Logger LOG = LoggerFactory.getLogger(JobTracker.class);

    private final PartnerApiClient client;
    private final ProgramRegistry registry;
    private final JobStore jobs;
    private final AuditStore audit;
    private final String account;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ProgramReader reader;
    private final List<JobListener> listeners = new CopyOnWriteArrayList<>();
    private volatile Duration maxWait = DEFAULT_MAX_WAIT;

    public JobTracker(PartnerApiClient client, ProgramRegistry registry, JobStore jobs, AuditStore audit,
                      String account, Clock clock, Sleeper sleeper) {
        this.client = client;
        this.registry = registry;
        this.jobs = jobs;
        this.audit = audit;
        this.account = account;
        this.clock = clock;
        this.sleeper = sleeper;
        this.reader = new ProgramReader(client);
    }

    public void addListener(JobListener listener) {
        listeners.add(listener);
    }

    public void removeListener(JobListener listener) {
        listeners.remove(listener);
    }

    public void maxWait(Duration wait) {
        this.maxWait = wait;
    }

    /** Stores a job just submitted; nothing is polled before this returns. */
    TrackedJob register(JobKind kind, String jobId, String programId, String businessId, String requestJson, Long auditId) {
        JobRecord record = JobRecord.submitted(jobId, account, kind.name(), programId, businessId, requestJson,
                clock.instant(), JobStatus.PROCESSING.name(), auditId);
        jobs.insert(record);
        return publish(record);
    }

    public Optional<TrackedJob> find(String jobId) {
        return jobs.find(jobId).filter(r -> r.account().equals(account)).map(this::view);
    }

    /** This account's unfinished jobs, oldest first. */
    public List<TrackedJob> pending() {
        return jobs.pending(account).stream().map(this::view).toList();
    }

    /** This account's jobs, newest first. */
    public List<TrackedJob> recent(int limit) {
        return jobs.recent(account, limit).stream().map(this::view).toList();
    }

    /** Follows every unfinished job of this account to its end (or {@link #maxWait}); after a restart. */
    public List<TrackedJob> resumePending() throws InterruptedException {
        List<TrackedJob> done = new ArrayList<>();
        for (JobRecord r : jobs.pending(account)) {
            LOG.info("Resuming job {} ({}) submitted at {}", r.jobId(), r.kind(), r.submittedAt());
            done.add(await(r.jobId()));
        }
        return done;
    }

    /**
     * Polls the job with backoff until it is finished, a failure that retrying cannot fix
     * (credentials refused, no access), or {@link #maxWait} passes; the job then stays pending.
     */
    public TrackedJob await(String jobId) throws InterruptedException {
        Instant deadline = clock.instant().plus(maxWait);
        for (int attempt = 0; ; attempt++) {
            Step step = poll(jobId);
            if (step.job().finished() || step.hopeless() || !clock.instant().isBefore(deadline)) {
                return step.job();
            }
            sleeper.sleep(BACKOFF.get(Math.min(attempt, BACKOFF.size() - 1)));
        }
    }

    /** One poll (and the read-back when Yelp is done). Never throws for API failures: they become the message. */
    public TrackedJob pollOnce(String jobId) throws InterruptedException {
        return poll(jobId).job();
    }

    private record Step(TrackedJob job, boolean hopeless) {
    }

    private Step poll(String jobId) throws InterruptedException {
        JobRecord record = jobs.find(jobId).orElseThrow(() -> new IllegalArgumentException("no tracked job " + jobId));
        if (!record.account().equals(account)) {
            throw new IllegalStateException("job " + jobId + " belongs to another account");
        }
        if (!record.pending()) {
            return new Step(view(record), false);
        }
        if (!JobStatus.PROCESSING.name().equals(record.status())) {
            return readBack(record); // Yelp had finished it; the read-back is what is left
        }
        Receipt receipt;
        try {
            receipt = client.jobStatus(jobId);
        } catch (PartnerApiException e) {
            return failedPoll(record, e);
        }
        JobStatus status = status(receipt.outcome());
        String newProgramId = record.kind().equals(JobKind.CREATE.name()) ? receipt.newProgramId().orElse(null) : null;
        JobRecord polled = record.polled(clock.instant(), status.name(), receipt.finished() ? receipt.raw() : null,
                receipt.errorCodes().isEmpty() ? null : String.join(",", receipt.errorCodes()), newProgramId)
                .withMessage(null);
        jobs.update(polled);
        if (status == JobStatus.PROCESSING) {
            return new Step(publish(polled), false);
        }
        publish(polled);
        return readBack(polled);
    }

    private Step failedPoll(JobRecord record, PartnerApiException e) {
        if (e.kind() == PartnerApiException.Kind.NOT_FOUND) {
            JobRecord lost = record.polled(clock.instant(), JobStatus.FAILED.name(), null, "JOB_NOT_FOUND", null)
                    .finished(clock.instant(), "Yelp no longer knows this job; check the program before trying again.");
            jobs.update(lost);
            completeAudit(lost, null);
            return new Step(publish(lost), true);
        }
        JobRecord polled = record.polled(clock.instant(), record.status(), null, null, null).withMessage(e.getMessage());
        jobs.update(polled);
        boolean hopeless = e.kind() == PartnerApiException.Kind.CREDENTIALS_REFUSED
                || e.kind() == PartnerApiException.Kind.NO_ACCESS || e.kind() == PartnerApiException.Kind.BAD_REQUEST;
        return new Step(publish(polled), hopeless);
    }

    /** Reads the program back into the registry, then marks the job finished. Failures leave it pending. */
    private Step readBack(JobRecord record) throws InterruptedException {
        JobStatus status = JobStatus.valueOf(record.status());
        Program after = null;
        String message = null;
        if (status != JobStatus.REJECTED && record.programId() != null) {
            try {
                after = reader.read(record.programId()).orElse(null);
            } catch (PartnerApiException e) {
                JobRecord waiting = record.withMessage("Done at Yelp; reading the program back failed: " + e.getMessage());
                jobs.update(waiting);
                return new Step(publish(waiting), false);
            }
            if (after == null) {
                message = "Yelp did not return program " + record.programId() + " when it was read back.";
            } else {
                registry.upsertProgram(after);
            }
        } else if (status != JobStatus.REJECTED) {
            message = "The receipt named no program to read back.";
        }
        JobRecord finished = record.finished(clock.instant(), message);
        jobs.update(finished);
        completeAudit(finished, after);
        return new Step(publish(finished), false);
    }

    private void completeAudit(JobRecord r, Program after) {
        if (r.auditId() != null) {
            audit.complete(r.auditId(), r.programId(), Snapshots.program(after), r.status(), r.receiptJson(), r.message());
        }
    }

    private TrackedJob publish(JobRecord record) {
        TrackedJob job = view(record);
        for (JobListener l : listeners) {
            try {
                l.jobChanged(job);
            } catch (RuntimeException e) {
                LOG.warn("A job listener failed", e);
            }
        }
        return job;
    }

    private TrackedJob view(JobRecord r) {
        List<String> problems = List.of();
        if (r.receiptJson() != null) {
            try {
                Set<String> plain = new LinkedHashSet<>();
                Receipt.parse(r.receiptJson()).causes().forEach(p -> plain.add(ErrorCodes.describe(p.code(), p.message())));
                problems = List.copyOf(plain);
            } catch (IllegalArgumentException unreadable) {
                problems = List.of("The receipt could not be read.");
            }
        }
        return TrackedJob.of(r, problems);
    }

    static JobStatus status(Receipt.Outcome outcome) {
        return switch (outcome) {
            case PROCESSING -> JobStatus.PROCESSING;
            case COMPLETED -> JobStatus.COMPLETED;
            case REJECTED -> JobStatus.REJECTED;
            case PARTIAL -> JobStatus.PARTIAL;
        };
    }
}
