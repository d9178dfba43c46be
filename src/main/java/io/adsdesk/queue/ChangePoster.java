package io.adsdesk.queue;

import io.adsdesk.actions.JobTracker;
import io.adsdesk.actions.ProgramActions;
import io.adsdesk.actions.Sleeper;
import io.adsdesk.api.PartnerApiException;
import io.adsdesk.model.PacificDate;
import io.adsdesk.model.Program;
import io.adsdesk.model.change.ChangeState;
import io.adsdesk.model.change.ChangeValues;
import io.adsdesk.model.change.PendingChange;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * Posts pending changes to Yelp through the account's {@link ProgramActions}, at most
 * {@link #MAX_IN_FLIGHT} requests at a time on the executor handed in. Before a change is sent its
 * program is read live: if Yelp's value is no longer the one the change was made against, the change
 * becomes {@link ChangeState#CONFLICT} and waits for {@link #keepMine} or {@link #takeYelps}. A sent
 * change is followed to its job's end, the program read back into the registry, and the change ends
 * COMPLETED or REJECTED with the reason in plain words; the actions engine writes the audit entry
 * (before, after, job, receipt).
 *
 * <p>Blocking: call from a worker (a Task); the executor runs the posting's own workers and must
 * have threads to spare beyond the caller's.
 */
public final class ChangePoster {
    /** Requests to Yelp in flight at once, at most. */
    public static final int MAX_IN_FLIGHT = 8;
    /** A scheduled change posted later than this after its time is reported as late. */
    public static final Duration LATE_AFTER = Duration.ofMinutes(2);

    private final ChangeQueue queue;
    private final ProgramActions actions;
    private final Executor requests;
    private final Clock clock;
    private final Sleeper sleeper;
    private volatile Duration maxWait = JobTracker.DEFAULT_MAX_WAIT;

    /** Posting on the real clock. */
    public ChangePoster(ChangeQueue queue, ProgramActions actions, Executor requests) {
        this(queue, actions, requests, queue.clock(), Sleeper.REAL);
    }

    /** With a clock and a way of waiting of its own (tests move a clock instead of sleeping). */
    public ChangePoster(ChangeQueue queue, ProgramActions actions, Executor requests, Clock clock, Sleeper sleeper) {
        this.queue = queue;
        this.actions = actions;
        this.requests = requests;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** How long one job is followed before its change is left POSTING, to be followed at the next post. */
    public void maxWait(Duration wait) {
        this.maxWait = wait;
    }

    /**
     * Posts the given open changes that are valid (no error check) and ready (not scheduled for
     * later, unless Yelp can schedule it itself), waiting for every job. A change in conflict is not
     * posted (resolve it first). {@code cancelled} is asked before each program is started: once true,
     * nothing new starts, what was sent is followed to the end, the rest stay PENDING.
     */
    public PostReport post(Collection<Long> changeIds, PostProgress progress, BooleanSupplier cancelled)
            throws InterruptedException {
        return postReady(select(changeIds, false), Map.of(), progress, cancelled);
    }

    /** Posts every open change that is valid and ready, and follows changes left posting (after a restart). */
    public PostReport postAll(PostProgress progress, BooleanSupplier cancelled) throws InterruptedException {
        return post(queue.open().stream().map(PendingChange::id).toList(), progress, cancelled);
    }

    /**
     * Posts the scheduled changes whose time has come, late ones too: a change more than
     * {@link #LATE_AFTER} past its time gets "Was due at …, posted late." in its message and is listed
     * in {@link PostReport#late()}. Budget changes Yelp can schedule itself are handed to Yelp ahead.
     * The app calls it periodically; {@code adsdesk post --due} once.
     */
    public PostReport postDue(PostProgress progress, BooleanSupplier cancelled) throws InterruptedException {
        queue.reload();
        Instant now = clock.instant();
        List<Long> due = queue.open().stream()
                .filter(c -> c.scheduled() && (c.due(now) || FutureBudget.date(c, clock) != null))
                .map(PendingChange::id).toList();
        List<PendingChange> ready = select(due, false);
        Map<Long, String> late = new HashMap<>();
        for (PendingChange c : ready) {
            if (c.postAt() != null && now.isAfter(c.postAt().plus(LATE_AFTER))) {
                late.put(c.id(), "Was due at " + ChangeChecker.shown(c.postAt()) + ", posted late.");
            }
        }
        return postReady(ready, late, progress, cancelled);
    }

    /**
     * "Keep mine": each conflicting change now stands against Yelp's current value (read again) and
     * is posted.
     */
    public PostReport keepMine(Collection<Long> changeIds, PostProgress progress, BooleanSupplier cancelled)
            throws InterruptedException {
        List<Long> rebased = new ArrayList<>();
        for (PendingChange c : conflicts(changeIds)) {
            Optional<Program> live = readLive(c.programId());
            String yelps = live.map(p -> ChangeValues.of(p, c.field(), PacificDate.today(clock))).orElse(c.oldValue());
            live.ifPresent(this::store);
            queue.record(c.withOldValue(yelps, clock.instant()).withState(ChangeState.PENDING, null, clock.instant()));
            rebased.add(c.id());
        }
        return post(rebased, progress, cancelled);
    }

    /**
     * "Take Yelp's": drops the conflicting changes (CANCELLED, kept in the history) and stores Yelp's
     * copy of their programs in the registry. Returns the dropped changes.
     */
    public List<PendingChange> takeYelps(Collection<Long> changeIds) throws InterruptedException {
        List<PendingChange> dropped = new ArrayList<>();
        Set<String> read = new LinkedHashSet<>();
        for (PendingChange c : conflicts(changeIds)) {
            Optional<Program> live = read.add(c.programId()) ? readLive(c.programId()) : Optional.empty();
            live.ifPresent(this::store);
            String yelps = live.map(p -> ChangeValues.display(c.field(),
                    ChangeValues.of(p, c.field(), PacificDate.today(clock)))).orElse(null);
            PendingChange d = c.withState(ChangeState.CANCELLED,
                    yelps == null ? "Dropped; Yelp's value kept." : "Dropped; Yelp's value kept (" + yelps + ").",
                    clock.instant());
            queue.record(d);
            dropped.add(d);
        }
        queue.postingProgressed(true);
        return dropped;
    }

    private List<PendingChange> conflicts(Collection<Long> ids) {
        return ids.stream().map(queue::find).flatMap(Optional::stream)
                .filter(c -> c.state() == ChangeState.CONFLICT).toList();
    }

    private Optional<Program> readLive(String programId) throws InterruptedException {
        try {
            return actions.readProgram(programId);
        } catch (PartnerApiException e) {
            return Optional.empty();
        }
    }

    private void store(Program live) {
        queue.registry().upsertProgram(live);
        queue.programUpdated(live);
    }

    /** The open changes among {@code ids} that may be posted now: valid, not in conflict, ready. */
    private List<PendingChange> select(Collection<Long> ids, boolean includeNotDue) {
        Instant now = clock.instant();
        List<PendingChange> candidates = ids.stream().map(queue::find).flatMap(Optional::stream)
                .filter(c -> c.state() == ChangeState.PENDING || c.state() == ChangeState.POSTING)
                .filter(c -> includeNotDue || c.due(now) || FutureBudget.date(c, clock) != null)
                .toList();
        List<PendingChange> ready = new ArrayList<>();
        for (CheckedChange checked : queue.check(candidates)) {
            if (!checked.blocked() || checked.change().state() == ChangeState.POSTING) {
                ready.add(checked.change());
            }
        }
        return ready;
    }

    private PostReport postReady(List<PendingChange> ready, Map<Long, String> late, PostProgress progress,
                                 BooleanSupplier cancelled) throws InterruptedException {
        if (ready.isEmpty()) {
            return new PostReport(List.of(), List.of(), false);
        }
        PostRun run = new PostRun(queue, actions, clock, sleeper, progress, cancelled, late, maxWait);
        return run.run(ready, requests, MAX_IN_FLIGHT);
    }
}
