package io.adsdesk.sandbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Accepts write jobs and processes each once it is due: created_at plus the {@code jobDelayMs}
 * knob, on the config clock. With delay 0 a job is processed before its job_id is answered, so the
 * first poll sees the result. Otherwise a timer processes it when due, and every partner request
 * and status poll first processes whatever is due, so a test that moves its clock sees the result
 * on the next call. Validation runs when the job is processed, against the account as it is then.
 */
final class JobEngine {
    private static final Logger LOG = LoggerFactory.getLogger(JobEngine.class);
    /** Timer slack so a system clock a little behind the timer does not leave the job for the next poll. */
    private static final long TIMER_SLACK_MS = 5;

    private final Object lock = new Object();
    private final SandboxAccount account;
    private final SandboxKnobs knobs;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final JobEffects effects;
    private final SandboxIds ids;
    private final Map<String, Job> jobs = new HashMap<>();
    private final Set<String> pending = new LinkedHashSet<>();

    JobEngine(SandboxAccount account, SandboxKnobs knobs, Clock clock, ScheduledExecutorService timer, long seed) {
        this.account = account;
        this.knobs = knobs;
        this.clock = clock;
        this.timer = timer;
        this.effects = new JobEffects(account);
        this.ids = new SandboxIds(new Random(seed ^ 0x6A09E667F3BCC908L));
    }

    /** Accepts a job and returns its ID; processes it at once when the delay is 0. */
    String submit(JobKind kind, String identifier, ProgramParams params) {
        long delay = knobs.jobDelayMs();
        String id;
        synchronized (lock) {
            id = ids.next();
            jobs.put(id, Job.accepted(id, kind, identifier, params, knobs.takeForcedOutcome(), clock.instant(), delay));
            pending.add(id);
        }
        if (delay == 0) {
            processDue();
        } else {
            timer.schedule(this::processDue, delay + TIMER_SLACK_MS, TimeUnit.MILLISECONDS);
        }
        return id;
    }

    /** The job as it is now, after processing it if it is due. */
    Optional<Job> find(String id) {
        processDue();
        synchronized (lock) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    /** Processes every job that is due, in the order they were accepted. */
    void processDue() {
        synchronized (lock) {
            if (pending.isEmpty()) {
                return;
            }
            Instant now = clock.instant();
            List<String> due = new ArrayList<>();
            for (String id : pending) {
                if (jobs.get(id).due(now)) {
                    due.add(id);
                }
            }
            for (String id : due) {
                pending.remove(id);
                Job job = jobs.get(id);
                jobs.put(id, job.completed(process(job), job.dueAt()));
            }
        }
    }

    /** Jobs accepted and not yet processed. */
    int pendingCount() {
        synchronized (lock) {
            return pending.size();
        }
    }

    private Receipt process(Job job) {
        SandboxKnobs.ForcedOutcome forced = job.forced();
        Verdict verdict = forced != null && forced.outcome() == SandboxKnobs.JobOutcome.REJECTED
                ? Verdict.forced(forced.code()) : validate(job);
        JobError partial = forced != null && forced.outcome() == SandboxKnobs.JobOutcome.PARTIAL
                ? JobError.of(forced.code()) : null;
        Set<String> partly = partial == null ? Set.of() : ReceiptBuilder.partialRejections(job.kind(), job.params());
        String programId = job.kind() != JobKind.CREATE ? job.identifier() : verdict.ok() ? account.newProgramId() : null;
        Receipt receipt = ReceiptBuilder.build(job.kind(), job.identifier(), job.params(), verdict, partial, partly,
                programId);
        try {
            effects.apply(job, receipt);
            return receipt;
        } catch (IllegalArgumentException e) { // the program vanished between validation and change
            LOG.debug("job {} lost its program", job.id(), e);
            return ReceiptBuilder.build(job.kind(), job.identifier(), job.params(),
                    Verdict.group("COULD_NOT_MODIFY_PROGRAM"), null, Set.of(), programId);
        }
    }

    private Verdict validate(Job job) {
        AccountView view = account.view();
        LocalDate today = account.today();
        boolean omitted = knobs.omittedCategoriesSucceed();
        return job.kind() == JobKind.CREATE
                ? new CreateValidator(view, today, omitted).validate(job.params())
                : new EditValidator(view, today, omitted).validate(job.kind(), job.identifier(), job.params());
    }
}
