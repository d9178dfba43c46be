package io.adsdesk.queue;

import io.adsdesk.actions.ActionResult;
import io.adsdesk.actions.FieldError;
import io.adsdesk.actions.JobStatus;
import io.adsdesk.actions.ProgramActions;
import io.adsdesk.actions.Sleeper;
import io.adsdesk.actions.TrackedJob;
import io.adsdesk.api.PartnerApiException;
import io.adsdesk.model.PacificDate;
import io.adsdesk.model.Program;
import io.adsdesk.model.change.ChangeField;
import io.adsdesk.model.change.ChangeState;
import io.adsdesk.model.change.ChangeValues;
import io.adsdesk.model.change.PendingChange;
import io.adsdesk.model.command.EditProgram;
import io.adsdesk.model.command.EndProgram;
import io.adsdesk.model.command.PauseProgram;
import io.adsdesk.model.command.ResumeProgram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * One posting: {@link ChangePoster#MAX_IN_FLIGHT} workers take steps from a queue ordered by when
 * each is due. A step makes at most one request at a time (read, send, poll), so no more requests
 * than workers are ever in flight; a job that is not finished is polled again after a backoff
 * without holding a worker. Cancelling stops new programs from starting; steps of programs already
 * started run to their end.
 */
final class PostRun {
    private static final Logger LOG = LoggerFactory.getLogger(PostRun.class);
    /** Waits between polls of one job; the last repeats. */
    static final List<Duration> BACKOFF = List.of(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(15));
    /** A worker with nothing due naps at most this long, so new steps start promptly. */
    private static final Duration NAP = Duration.ofMillis(20);

    private enum Kind { SEND, POLL, STATE }

    private record Step(Kind kind, PostGroup group, Instant due, long order) {
    }

    private final ChangeQueue queue;
    private final ProgramActions actions;
    private final Clock clock;
    private final Sleeper sleeper;
    private final PostProgress progress;
    private final BooleanSupplier cancelled;
    private final Map<Long, String> lateNotes;
    private final Duration maxWait;

    private final Object lock = new Object();
    private final PriorityQueue<Step> steps = new PriorityQueue<>(
            Comparator.comparing(Step::due).thenComparingLong(Step::order));
    /** Programs not started yet, in the order asked. */
    private final java.util.ArrayDeque<Step> sends = new java.util.ArrayDeque<>();
    private long order;
    private int outstanding;
    private final AtomicInteger done = new AtomicInteger();
    private int total;
    private final Map<Long, PendingChange> results = new ConcurrentHashMap<>();
    private final AtomicBoolean wasCancelled = new AtomicBoolean();
    private final Map<PostGroup, Instant> startedAt = new ConcurrentHashMap<>();

    PostRun(ChangeQueue queue, ProgramActions actions, Clock clock, Sleeper sleeper, PostProgress progress,
            BooleanSupplier cancelled, Map<Long, String> lateNotes, Duration maxWait) {
        this.queue = queue;
        this.actions = actions;
        this.clock = clock;
        this.sleeper = sleeper;
        this.progress = progress;
        this.cancelled = cancelled;
        this.lateNotes = lateNotes;
        this.maxWait = maxWait;
    }

    /** Posts the changes (all open, checked by the caller) and returns each as it ended, in the order given. */
    PostReport run(List<PendingChange> changes, Executor executor, int workers) throws InterruptedException {
        Map<String, PostGroup> groups = new LinkedHashMap<>();
        for (PendingChange c : changes) {
            groups.computeIfAbsent(c.programId(), PostGroup::new).add(c);
        }
        total = changes.size();
        Instant now = clock.instant();
        synchronized (lock) {
            for (PostGroup g : groups.values()) {
                boolean resuming = g.edits.stream().anyMatch(c -> c.state() == ChangeState.POSTING && c.jobId() != null);
                if (resuming) {
                    g.jobId = g.edits.stream().filter(c -> c.jobId() != null).findFirst().orElseThrow().jobId();
                    g.jobChanges = g.edits.stream().filter(c -> g.jobId.equals(c.jobId())).toList();
                    startedAt.put(g, now);
                    push(Kind.POLL, g, now);
                } else if (g.state != null && g.state.state() == ChangeState.POSTING && g.state.jobId() != null
                        && g.edits.isEmpty()) {
                    g.jobId = g.state.jobId();
                    g.jobChanges = List.of(g.state);
                    g.state = null;
                    startedAt.put(g, now);
                    push(Kind.POLL, g, now);
                } else {
                    push(Kind.SEND, g, now);
                }
                outstanding++;
            }
        }
        int n = Math.max(1, Math.min(workers, groups.size()));
        CountDownLatch finished = new CountDownLatch(n);
        AtomicBoolean interrupted = new AtomicBoolean();
        for (int i = 0; i < n; i++) {
            executor.execute(() -> {
                try {
                    work();
                } catch (InterruptedException e) {
                    interrupted.set(true);
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    LOG.error("Posting changes failed", e);
                } finally {
                    finished.countDown();
                }
            });
        }
        finished.await();
        if (interrupted.get()) {
            throw new InterruptedException("posting was interrupted");
        }
        List<PendingChange> ended = new ArrayList<>();
        for (PendingChange c : changes) {
            ended.add(results.getOrDefault(c.id(), queue.find(c.id()).orElse(c)));
        }
        List<PendingChange> late = ended.stream().filter(c -> lateNotes.containsKey(c.id())).toList();
        queue.postingProgressed(true);
        return new PostReport(ended, late, wasCancelled.get());
    }

    private void push(Kind kind, PostGroup g, Instant due) {
        Step step = new Step(kind, g, due, order++);
        if (kind == Kind.SEND) {
            sends.add(step);
        } else {
            steps.add(step);
        }
        lock.notifyAll();
    }

    private void work() throws InterruptedException {
        while (true) {
            Step step;
            Duration wait;
            synchronized (lock) {
                if (outstanding == 0) {
                    return;
                }
                Step next = steps.peek();
                Instant now = clock.instant();
                if (next != null && !next.due().isAfter(now)) {
                    step = steps.poll(); // a job to follow first: it ends a change sooner
                    wait = null;
                } else if (!sends.isEmpty()) {
                    step = sends.poll();
                    wait = null;
                } else if (next == null) {
                    lock.wait(NAP.toMillis()); // other workers are mid-step and may add some
                    continue;
                } else {
                    step = null;
                    wait = min(Duration.between(now, next.due()), NAP);
                }
            }
            if (step == null) {
                sleeper.sleep(wait);
                continue;
            }
            boolean groupDone;
            try {
                groupDone = switch (step.kind()) {
                    case SEND -> send(step.group());
                    case POLL -> poll(step.group());
                    case STATE -> sendState(step.group());
                };
            } catch (RuntimeException e) {
                LOG.warn("Posting the changes of {} failed", step.group().programId, e);
                failGroup(step.group(), "AdsDesk could not post this change: " + e.getMessage());
                groupDone = true;
            }
            if (groupDone) {
                synchronized (lock) {
                    outstanding--;
                    lock.notifyAll();
                }
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    /** First step of a program: re-read it, sort out conflicts, send the field edits as one job. */
    private boolean send(PostGroup g) throws InterruptedException {
        if (cancelled.getAsBoolean()) {
            wasCancelled.set(true);
            all(g).forEach(c -> finish(c, ChangeState.PENDING, "Not posted: posting was cancelled before it started."));
            return true;
        }
        startedAt.put(g, clock.instant());
        Instant now = clock.instant();
        List<PendingChange> posting = new ArrayList<>();
        for (PendingChange c : all(g)) {
            PendingChange p = c.withState(ChangeState.POSTING, null, now);
            queue.record(p);
            posting.add(p);
        }
        replace(g, posting);
        Optional<Program> live;
        try {
            live = actions.readProgram(g.programId);
        } catch (PartnerApiException e) {
            all(g).forEach(c -> finish(c, ChangeState.PENDING, "Not sent: Yelp could not be reached to check the "
                    + "program first (" + e.getMessage() + ")."));
            return true;
        }
        if (live.isEmpty()) {
            all(g).forEach(c -> finish(c, ChangeState.REJECTED, "Yelp does not know program " + g.programId
                    + " for this account."));
            return true;
        }
        Program program = live.get();
        LocalDate today = PacificDate.today(clock);
        List<PendingChange> toSend = new ArrayList<>();
        for (PendingChange c : List.copyOf(g.edits)) {
            if (settledBeforeSending(c, program, today)) {
                continue;
            }
            toSend.add(c);
        }
        if (g.state != null && settledBeforeSending(g.state, program, today)) {
            g.state = null;
        }
        if (toSend.isEmpty()) {
            return g.state == null || sendState(g);
        }
        EditProgram edit = edit(g.programId, toSend, today);
        ActionResult result = actions.editAgainst(program, edit);
        return switch (result) {
            case ActionResult.Submitted s -> {
                Instant sent = clock.instant();
                List<PendingChange> withJob = toSend.stream().map(c -> c.withJob(s.job().jobId(), null, sent)).toList();
                withJob.forEach(queue::record);
                g.jobId = s.job().jobId();
                g.jobChanges = withJob;
                synchronized (lock) {
                    push(Kind.POLL, g, clock.instant());
                }
                yield false;
            }
            case ActionResult.Invalid inv -> {
                toSend.forEach(c -> finish(c, ChangeState.REJECTED, "Not sent: " + messages(inv.errors())));
                yield g.state == null || sendState(g);
            }
            case ActionResult.Failed f -> {
                toSend.forEach(c -> finish(c, ChangeState.REJECTED, f.failure().message()));
                yield g.state == null || sendState(g);
            }
            default -> {
                toSend.forEach(c -> finish(c, ChangeState.REJECTED, "Yelp answered unexpectedly; check the program."));
                yield true;
            }
        };
    }

    /** True when the live program settles the change without sending it: a conflict, or Yelp already has the value. */
    private boolean settledBeforeSending(PendingChange c, Program live, LocalDate today) {
        String yelps = ChangeValues.of(live, c.field(), today);
        if (c.newValue().equals(yelps)) {
            queue.programUpdated(live);
            finish(c, ChangeState.COMPLETED, "Yelp already had this value; nothing was sent.");
            return true;
        }
        if (c.oldValue() != null && !c.oldValue().equals(yelps)) {
            finish(c, ChangeState.CONFLICT, "Changed at Yelp: it is now " + shown(c.field(), yelps)
                    + " (this change was made against " + shown(c.field(), c.oldValue()) + ").");
            return true;
        }
        return false;
    }

    private static String shown(ChangeField field, String value) {
        String text = ChangeValues.display(field, value);
        return text.isEmpty() ? "empty" : text;
    }

    private EditProgram edit(String programId, List<PendingChange> changes, LocalDate today) {
        EditProgram edit = EditProgram.of(programId);
        for (PendingChange c : changes) {
            edit = switch (c.field()) {
                case BUDGET -> {
                    EditProgram e = edit.withBudget(ChangeValues.centsOf(c.newValue()));
                    LocalDate ahead = FutureBudget.date(c, clock);
                    yield ahead == null ? e : e.withFutureBudgetDate(ahead);
                }
                case MAX_BID -> edit.withMaxBid(ChangeValues.centsOf(c.newValue()));
                case START_DATE -> edit.withStart(ChangeValues.dateOf(c.newValue()));
                case END_DATE -> edit.withEnd(ChangeValues.OPEN_END.equals(c.newValue())
                        ? PacificDate.OPEN_END : ChangeValues.dateOf(c.newValue()));
                case STATE -> edit;
            };
        }
        return edit;
    }

    /** Follows the job; when it is done, the tracker has read the program back into the registry. */
    private boolean poll(PostGroup g) throws InterruptedException {
        TrackedJob job = actions.jobs().pollOnce(g.jobId);
        if (!job.finished()) {
            Instant started = startedAt.getOrDefault(g, clock.instant());
            if (!clock.instant().isBefore(started.plus(maxWait))) {
                String note = "Yelp has not finished job " + g.jobId + " yet; it is followed again at the next post.";
                g.jobChanges.forEach(c -> finish(c, ChangeState.POSTING, note));
                return true;
            }
            Duration wait = BACKOFF.get(Math.min(g.polls++, BACKOFF.size() - 1));
            synchronized (lock) {
                push(Kind.POLL, g, clock.instant().plus(wait));
            }
            return false;
        }
        queue.registryProgram(g.programId).ifPresent(queue::programUpdated);
        ChangeState state = job.status() == JobStatus.COMPLETED ? ChangeState.COMPLETED : ChangeState.REJECTED;
        String message = state == ChangeState.COMPLETED ? completedNote(g) : rejection(job);
        g.jobChanges.forEach(c -> finish(c, state, message));
        g.jobChanges = List.of();
        g.jobId = null;
        g.polls = 0;
        if (g.state != null) {
            synchronized (lock) {
                push(Kind.STATE, g, clock.instant());
            }
            return false;
        }
        return true;
    }

    private String completedNote(PostGroup g) {
        return g.jobChanges.stream().map(c -> FutureBudget.date(c, clock)).filter(d -> d != null).findFirst()
                .map(d -> "Scheduled at Yelp: the new budget applies from " + d + ".").orElse(null);
    }

    private static String rejection(TrackedJob job) {
        if (!job.problems().isEmpty()) {
            return String.join(" ", job.problems());
        }
        if (job.message() != null) {
            return job.message();
        }
        return switch (job.status()) {
            case PARTIAL -> "Yelp applied only part of this job; check the program.";
            case FAILED -> "Yelp no longer knows this job; check the program before trying again.";
            default -> "Yelp rejected the change.";
        };
    }

    /** Pause, resume or end, after the program's edit job (if any) is done. */
    private boolean sendState(PostGroup g) throws InterruptedException {
        PendingChange c = g.state;
        g.state = null;
        ActionResult result = switch (c.newValue()) {
            case ChangeValues.PAUSED -> actions.pause(new PauseProgram(g.programId));
            case ChangeValues.RUNNING -> actions.resume(new ResumeProgram(g.programId));
            case ChangeValues.ENDED -> actions.end(new EndProgram(g.programId));
            default -> new ActionResult.Invalid(List.of(new FieldError("program", "'" + c.newValue()
                    + "' is not a state AdsDesk can post.")));
        };
        switch (result) {
            case ActionResult.Applied a -> {
                if (a.program() != null) {
                    queue.programUpdated(a.program());
                }
                finish(c, ChangeState.COMPLETED, a.confirmed() ? null
                        : "Yelp accepted it; the change did not show yet when the program was read back.");
                return true;
            }
            case ActionResult.Submitted s -> {
                PendingChange withJob = c.withJob(s.job().jobId(), null, clock.instant());
                queue.record(withJob);
                g.jobId = s.job().jobId();
                g.jobChanges = List.of(withJob);
                synchronized (lock) {
                    push(Kind.POLL, g, clock.instant());
                }
                return false;
            }
            case ActionResult.Invalid inv -> finish(c, ChangeState.REJECTED, "Not sent: " + messages(inv.errors()));
            case ActionResult.Failed f -> finish(c, ChangeState.REJECTED, f.failure().message());
            case ActionResult.ConflictFound cf -> finish(c, ChangeState.CONFLICT, "Changed at Yelp since it was queued.");
        }
        return true;
    }

    private static String messages(List<FieldError> errors) {
        return errors.stream().map(FieldError::message).collect(Collectors.joining(" "));
    }

    private void failGroup(PostGroup g, String message) {
        all(g).forEach(c -> finish(c, ChangeState.REJECTED, message));
        g.jobChanges.forEach(c -> finish(c, ChangeState.REJECTED, message));
    }

    private static List<PendingChange> all(PostGroup g) {
        List<PendingChange> list = new ArrayList<>(g.edits);
        if (g.state != null) {
            list.add(g.state);
        }
        return list;
    }

    private static void replace(PostGroup g, Collection<PendingChange> updated) {
        for (PendingChange p : updated) {
            if (p.field() == ChangeField.STATE) {
                g.state = p;
            } else {
                g.edits.replaceAll(c -> c.id() == p.id() ? p : c);
            }
        }
    }

    /** Records how a change ended (or was left), and counts it once. */
    private void finish(PendingChange c, ChangeState state, String message) {
        if (results.containsKey(c.id())) {
            return;
        }
        String note = lateNotes.get(c.id());
        String text = note == null ? message : message == null ? note : note + " " + message;
        PendingChange ended = queue.find(c.id()).orElse(c).withState(state, text, clock.instant());
        queue.record(ended);
        results.put(c.id(), ended);
        progress.progressed(done.incrementAndGet(), total, ended);
    }
}
