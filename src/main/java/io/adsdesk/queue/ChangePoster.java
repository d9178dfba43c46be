package io.adsdesk.queue;

import io.adsdesk.actions.ProgramActions;
import io.adsdesk.model.change.ChangeState;
import io.adsdesk.model.change.PendingChange;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * Posts pending changes to Yelp through the account's {@link ProgramActions}, at most
 * {@link #MAX_IN_FLIGHT} requests at a time on the executor handed in. Before a change is sent its
 * program is read live: if Yelp's value is no longer the one the change was made against, the change
 * becomes {@link ChangeState#CONFLICT} and waits for {@link #keepMine} or {@link #takeYelps}. A sent
 * change is followed to its job's end, the program read back into the registry, and the change ends
 * COMPLETED or REJECTED with the reason in plain words and an audit entry.
 *
 * <p>Blocking: call from a worker (a Task); the executor must not be the calling thread's own.
 */
public final class ChangePoster {
    /** Requests to Yelp in flight at once, at most. */
    public static final int MAX_IN_FLIGHT = 8;

    private final ChangeQueue queue;
    private final ProgramActions actions;
    private final Executor requests;

    public ChangePoster(ChangeQueue queue, ProgramActions actions, Executor requests) {
        this.queue = queue;
        this.actions = actions;
        this.requests = requests;
    }

    /**
     * Posts the given open changes that are valid (no error check) and due (not scheduled later),
     * waiting for every job. {@code cancelled} is asked before each change is started: once true,
     * nothing new starts, what was sent is followed to the end, the rest stay PENDING.
     */
    public PostReport post(Collection<Long> changeIds, PostProgress progress, BooleanSupplier cancelled)
            throws InterruptedException {
        throw new UnsupportedOperationException("posting lands in the next commit");
    }

    /** Posts every open pending change that is valid and not scheduled for later. */
    public PostReport postAll(PostProgress progress, BooleanSupplier cancelled) throws InterruptedException {
        return post(queue.open().stream().filter(c -> !c.scheduled()).map(PendingChange::id).toList(), progress, cancelled);
    }

    /**
     * Posts the scheduled changes whose time has come, late ones too (their message says
     * "Was due at …, posted late."); the app calls it periodically, {@code adsdesk post --due} once.
     */
    public PostReport postDue(PostProgress progress, BooleanSupplier cancelled) throws InterruptedException {
        throw new UnsupportedOperationException("posting lands in the next commit");
    }

    /** "Keep mine": the conflicting changes now stand against Yelp's current values and are posted. */
    public PostReport keepMine(Collection<Long> changeIds, PostProgress progress, BooleanSupplier cancelled)
            throws InterruptedException {
        throw new UnsupportedOperationException("posting lands in the next commit");
    }

    /** "Take Yelp's": drops the conflicting changes (CANCELLED, kept in the history); the registry takes Yelp's copy. */
    public List<PendingChange> takeYelps(Collection<Long> changeIds) {
        throw new UnsupportedOperationException("posting lands in the next commit");
    }
}
