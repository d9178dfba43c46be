package io.adsdesk.queue;

import io.adsdesk.actions.ProgramActions;
import io.adsdesk.model.Account;
import io.adsdesk.model.PacificDate;
import io.adsdesk.model.Program;
import io.adsdesk.model.change.ChangeField;
import io.adsdesk.model.change.ChangeState;
import io.adsdesk.model.change.ChangeValues;
import io.adsdesk.model.change.PendingChange;
import io.adsdesk.registry.ChangeStore;
import io.adsdesk.registry.ProgramRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The pending-change queue of one account: bulk edits turn a selection into one change per program,
 * changes are checked, reverted, rescheduled, undone and redone; every edit is stored in the registry
 * before the call returns, so the queue survives a restart. Posting is {@link ChangePoster}'s.
 *
 * <p>Blocking (registry I/O): call from a worker thread, never the FX thread. Thread-safe. Every edit
 * returns the new {@link QueueSnapshot} and tells the {@link QueueListener}s, on the calling thread.
 */
public final class ChangeQueue {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeQueue.class);

    private final ProgramRegistry registry;
    private final ChangeStore store;
    private final String account;
    private final String user;
    private final Clock clock;
    private final ChangeChecker checker;
    private final EditHistory history = new EditHistory();
    private final List<QueueListener> listeners = new CopyOnWriteArrayList<>();
    /** The open changes by id, oldest first; loaded on first use. */
    private LinkedHashMap<Long, PendingChange> open;
    private final Map<Key, Long> byKey = new HashMap<>();
    private final Map<String, Program> programs = new ConcurrentHashMap<>();
    private volatile boolean programsLoaded;
    private long version;
    private long lastNotified;
    /** While posting, listeners hear at most this often (a snapshot of 100,000 changes is not free). */
    static final long POSTING_NOTICE_NANOS = 200_000_000L;

    private record Key(String programId, ChangeField field) {
    }

    /**
     * @param account the account the changes belong to, as {@link ProgramActions#accountLabel} names it
     * @param user who makes the changes (stored as "created by")
     */
    public ChangeQueue(ProgramRegistry registry, String account, String user, Clock clock) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.store = registry.changeStore();
        this.account = Objects.requireNonNull(account, "account");
        this.user = user;
        this.clock = clock;
        this.checker = new ChangeChecker(clock);
    }

    /** The queue of {@code account} in its registry; changes are made by the account's user. */
    public static ChangeQueue forAccount(Account account, ProgramRegistry registry, Clock clock) {
        return new ChangeQueue(registry, ProgramActions.accountLabel(account), account.username(), clock);
    }

    public String account() {
        return account;
    }

    Clock clock() {
        return clock;
    }

    ChangeChecker checker() {
        return checker;
    }

    public void addListener(QueueListener listener) {
        listeners.add(listener);
    }

    public void removeListener(QueueListener listener) {
        listeners.remove(listener);
    }

    /** The open changes with their checks, and what undo/redo would do. */
    public synchronized QueueSnapshot snapshot() {
        List<PendingChange> changes = List.copyOf(openMap().values());
        return new QueueSnapshot(checkAll(changes), history.undoLabel(), history.redoLabel(), version);
    }

    /** The open changes (pending, posting, conflict), oldest first. */
    public synchronized List<PendingChange> open() {
        return List.copyOf(openMap().values());
    }

    /** Finished changes (completed, rejected, cancelled), most recent first. */
    public List<PendingChange> history(int limit) {
        return store.history(account, limit);
    }

    /**
     * Applies a bulk edit to the programs: one change per program it changes. A program that already
     * has an open change of the same field gets the new value on that change (the value it was made
     * against stays); a change that comes back to that value disappears. Programs being posted, and
     * programs the registry does not know, are left alone.
     *
     * @param postAt when to post the changes; null to post them with the rest of the queue
     */
    public QueueSnapshot queue(BulkEdit edit, Collection<String> programIds, Instant postAt) {
        return apply(edit.description(), programIds, edit.field(), postAt, (p, current) -> edit.newValue(p, current));
    }

    /** Queues the given values (a spreadsheet's changes) as one edit, undone in one step. */
    public QueueSnapshot queue(List<ProposedChange> changes, String description) {
        Map<Key, String> wanted = new LinkedHashMap<>();
        changes.forEach(c -> wanted.put(new Key(c.programId(), c.field()), c.newValue()));
        return edit(description, steps -> {
            for (Map.Entry<Key, String> e : wanted.entrySet()) {
                propose(steps, e.getKey(), e.getValue(), null, false);
            }
        });
    }

    /** Gives one open change a new value (typed into the panel); one undo step. */
    public QueueSnapshot setNewValue(long changeId, String newValue) {
        return edit("Edit " + describe(changeId), steps -> {
            PendingChange c = openMap().get(changeId);
            if (c != null && c.state() != ChangeState.POSTING) {
                propose(steps, new Key(c.programId(), c.field()), newValue, c.postAt(), true);
            }
        });
    }

    /** Removes open changes (not those being posted); one undo step. */
    public QueueSnapshot revert(Collection<Long> changeIds) {
        return edit(changeIds.size() == 1 ? "Revert " + describe(changeIds.iterator().next())
                : "Revert " + changeIds.size() + " changes", steps -> {
            for (Long id : changeIds) {
                PendingChange c = openMap().get(id);
                if (c != null && c.state() != ChangeState.POSTING) {
                    steps.add(new EditHistory.Step(c, null));
                }
            }
        });
    }

    /** Removes every open change not being posted; one undo step. */
    public QueueSnapshot revertAll() {
        List<Long> ids;
        synchronized (this) {
            ids = List.copyOf(openMap().keySet());
        }
        return edit("Revert all changes", steps -> {
            for (Long id : ids) {
                PendingChange c = openMap().get(id);
                if (c != null && c.state() != ChangeState.POSTING) {
                    steps.add(new EditHistory.Step(c, null));
                }
            }
        });
    }

    /** Sets or clears (null) the post-at time of open changes; one undo step. */
    public QueueSnapshot reschedule(Collection<Long> changeIds, Instant postAt) {
        Instant now = clock.instant();
        return edit(postAt == null ? "Unschedule changes" : "Schedule changes", steps -> {
            for (Long id : changeIds) {
                PendingChange c = openMap().get(id);
                if (c != null && c.state() != ChangeState.POSTING && !Objects.equals(c.postAt(), postAt)) {
                    steps.add(new EditHistory.Step(c, c.withPostAt(postAt, now)));
                }
            }
        });
    }

    /** Undoes the last edit (changes posted since are left as they are). */
    public synchronized QueueSnapshot undo() {
        EditHistory.Edit e = history.popUndo();
        if (e != null) {
            List<EditHistory.Step> reversed = new ArrayList<>();
            for (EditHistory.Step s : e.steps()) {
                reversed.add(new EditHistory.Step(s.after(), s.before()));
            }
            write(reversed);
        }
        return changed();
    }

    /** Redoes the last undone edit. */
    public synchronized QueueSnapshot redo() {
        EditHistory.Edit e = history.popRedo();
        if (e != null) {
            write(e.steps());
        }
        return changed();
    }

    /**
     * Reads the queue from the registry again (another process may have posted changes). Undo keeps
     * its history; steps whose changes are gone are skipped.
     */
    public synchronized QueueSnapshot reload() {
        open = null;
        byKey.clear();
        return changed();
    }

    /** Tells the queue programs changed (a sync, a read-back): its checks use these copies from now on. */
    public void programsChanged(Collection<Program> changed) {
        for (Program p : changed) {
            programs.put(p.programId(), p);
        }
        synchronized (this) {
            changed();
        }
    }

    /** Forgets the programs it knows; the next check reads them from the registry again (after a sync). */
    public void programsReloaded() {
        programsLoaded = false;
        programs.clear();
    }

    /** The registry's copy of a program, as the checks see it. */
    public Optional<Program> program(String programId) {
        loadPrograms();
        return Optional.ofNullable(programs.get(programId));
    }

    /** Checks open changes against the registry's programs. */
    public List<CheckedChange> check(List<PendingChange> changes) {
        return checkAll(changes);
    }

    // ---- for the poster ----

    /** Stores a posting step's result outside the undo history, on disk now; a finished change leaves the queue. */
    void record(PendingChange updated) {
        record(List.of(updated), true);
    }

    /**
     * Stores posting steps' results; {@code durable} false lets the write reach the disk a moment later
     * (for steps a crash may lose: the next post reads the program again before sending).
     */
    void record(List<PendingChange> updated, boolean durable) {
        if (durable) {
            store.update(updated);
        } else {
            store.updateSoon(updated);
        }
        synchronized (this) {
            for (PendingChange c : updated) {
                if (c.state().open()) {
                    openMap().put(c.id(), c);
                } else {
                    forget(c);
                }
            }
            postingProgressed(false);
        }
    }

    /** Takes a program Yelp just returned (a read-back) for the checks, without telling the listeners. */
    void programUpdated(Program p) {
        programs.put(p.programId(), p);
    }

    /** The registry's stored copy, read now. */
    Optional<Program> registryProgram(String programId) {
        return registry.findProgram(programId);
    }

    ProgramRegistry registry() {
        return registry;
    }

    synchronized Optional<PendingChange> find(long id) {
        return Optional.ofNullable(openMap().get(id));
    }

    // ---- internals ----

    private interface Stepper {
        void collect(List<EditHistory.Step> steps);
    }

    private synchronized QueueSnapshot edit(String description, Stepper stepper) {
        // The stored open changes first: read after this edit's inserts, they would be read back all over again.
        openMap();
        List<EditHistory.Step> steps = new ArrayList<>();
        stepper.collect(steps);
        List<EditHistory.Step> stored = write(steps);
        history.done(new EditHistory.Edit(description, stored));
        return changed();
    }

    private interface ValueRule {
        Optional<String> newValue(Program p, String current);
    }

    private QueueSnapshot apply(String description, Collection<String> programIds, ChangeField field, Instant postAt,
                                ValueRule rule) {
        loadPrograms();
        LocalDate today = PacificDate.today(clock);
        return edit(description, steps -> {
            for (String id : programIds) {
                Program p = programs.get(id);
                if (p == null) {
                    continue;
                }
                Key key = new Key(id, field);
                Long existing = byKey.get(key);
                PendingChange c = existing == null ? null : openMap().get(existing);
                String current = c != null ? c.newValue() : ChangeValues.of(p, field, today);
                Optional<String> value = rule.newValue(p, current);
                if (value.isPresent()) {
                    propose(steps, key, value.get(), postAt, false);
                }
            }
        });
    }

    /** Adds the step that makes the open change of {@code key} have {@code value}. */
    private void propose(List<EditHistory.Step> steps, Key key, String value, Instant postAt, boolean keepPostAt) {
        Instant now = clock.instant();
        Long existing = byKey.get(key);
        PendingChange c = existing == null ? null : openMap().get(existing);
        if (c != null) {
            if (c.state() == ChangeState.POSTING) {
                return;
            }
            if (Objects.equals(c.oldValue(), value)) {
                steps.add(new EditHistory.Step(c, null));
            } else if (!c.newValue().equals(value) || !keepPostAt && !Objects.equals(c.postAt(), postAt)) {
                PendingChange updated = c.withNewValue(value, now);
                steps.add(new EditHistory.Step(c, keepPostAt ? updated : updated.withPostAt(postAt, now)));
            }
            return;
        }
        loadPrograms();
        Program p = programs.get(key.programId());
        String old = p == null ? null : ChangeValues.of(p, key.field(), PacificDate.today(clock));
        if (Objects.equals(old, value)) {
            return;
        }
        steps.add(new EditHistory.Step(null,
                PendingChange.of(account, key.programId(), key.field(), old, value, postAt, now, user)));
    }

    /** Applies steps to the store and the index; returns them with the ids the store gave new changes. */
    private List<EditHistory.Step> write(List<EditHistory.Step> steps) {
        List<PendingChange> inserts = new ArrayList<>();
        List<PendingChange> updates = new ArrayList<>();
        List<Long> deletes = new ArrayList<>();
        List<EditHistory.Step> kept = new ArrayList<>();
        for (EditHistory.Step s : steps) {
            PendingChange target = s.before() == null ? null : openMap().get(s.before().id());
            if (s.before() != null && (target == null || target.state() == ChangeState.POSTING)) {
                continue; // posted (or being posted) since: undo leaves it alone
            }
            if (s.before() == null) {
                Long clash = byKey.get(new Key(s.after().programId(), s.after().field()));
                if (clash != null) {
                    continue; // a change of the same field is in the queue again
                }
                inserts.add(s.after());
            } else if (s.after() == null) {
                deletes.add(s.before().id());
            } else {
                updates.add(s.after());
            }
            kept.add(s);
        }
        if (!deletes.isEmpty()) {
            store.delete(deletes);
            deletes.forEach(id -> forget(openMap().get(id)));
        }
        if (!updates.isEmpty()) {
            store.update(updates);
            updates.forEach(this::index);
        }
        List<PendingChange> inserted = inserts.isEmpty() ? List.of() : store.insert(inserts);
        inserted.forEach(this::index);
        List<EditHistory.Step> result = new ArrayList<>(kept.size());
        int next = 0;
        for (EditHistory.Step s : kept) {
            result.add(s.before() == null ? new EditHistory.Step(null, inserted.get(next++)) : s);
        }
        return result;
    }

    private void index(PendingChange c) {
        openMap().put(c.id(), c);
        byKey.put(new Key(c.programId(), c.field()), c.id());
    }

    private void forget(PendingChange c) {
        if (c == null) {
            return;
        }
        openMap().remove(c.id());
        byKey.remove(new Key(c.programId(), c.field()), c.id());
    }

    private LinkedHashMap<Long, PendingChange> openMap() {
        if (open == null) {
            open = new LinkedHashMap<>();
            for (PendingChange c : store.open(account)) {
                open.put(c.id(), c);
                byKey.put(new Key(c.programId(), c.field()), c.id());
            }
        }
        return open;
    }

    private void loadPrograms() {
        if (programsLoaded) {
            return;
        }
        synchronized (programs) {
            if (!programsLoaded) {
                for (Program p : registry.loadContents().programs()) {
                    programs.putIfAbsent(p.programId(), p);
                }
                programsLoaded = true;
            }
        }
    }

    private List<CheckedChange> checkAll(List<PendingChange> changes) {
        if (changes.isEmpty()) {
            return List.of(); // an empty queue (every account's at start) needs no programs read
        }
        loadPrograms();
        Map<String, List<PendingChange>> byProgram = new LinkedHashMap<>();
        for (PendingChange c : changes) {
            byProgram.computeIfAbsent(c.programId(), k -> new ArrayList<>()).add(c);
        }
        Map<Long, List<ChangeCheck>> checks = new HashMap<>();
        byProgram.forEach((id, list) -> checks.putAll(checker.check(programs.get(id), list)));
        List<CheckedChange> out = new ArrayList<>(changes.size());
        for (PendingChange c : changes) {
            out.add(new CheckedChange(c, checks.getOrDefault(c.id(), List.of())));
        }
        return out;
    }

    private String describe(long changeId) {
        PendingChange c = openMap().get(changeId);
        return c == null ? "change" : c.field().label().toLowerCase(java.util.Locale.ROOT) + " of " + c.programId();
    }

    private QueueSnapshot changed() {
        version++;
        QueueSnapshot snapshot = snapshot();
        notifyListeners(snapshot);
        return snapshot;
    }

    private void notifyListeners(QueueSnapshot snapshot) {
        lastNotified = System.nanoTime();
        for (QueueListener l : listeners) {
            try {
                l.queueChanged(snapshot);
            } catch (RuntimeException e) {
                LOG.warn("A queue listener failed", e);
            }
        }
    }

    /** During posting: tells the listeners at most every {@link #POSTING_NOTICE_NANOS}, or when forced. */
    synchronized void postingProgressed(boolean force) {
        version++;
        if (force || System.nanoTime() - lastNotified >= POSTING_NOTICE_NANOS) {
            notifyListeners(snapshot());
        }
    }
}
