package io.adsdesk.sandbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * The sandbox's payment account: businesses and programs in creation order. Requests read an
 * immutable {@link AccountView}; the mutators below stand for changes made "out of band" (another
 * user in Yelp's UI) and are thread-safe. Every change drops the view so the next read rebuilds it.
 * Unknown IDs throw {@link IllegalArgumentException}.
 */
public final class SandboxAccount {
    static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    private final Object lock = new Object();
    private final Clock clock;
    private final SandboxIds ids;
    private final ProgramGenerator generator;
    private final Random random;
    private final LinkedHashMap<String, SandboxProgram> programs;
    private final LinkedHashMap<String, SandboxBusiness> businesses;
    private volatile AccountView view;

    SandboxAccount(Clock clock, SandboxIds ids, ProgramGenerator generator, Random random,
                   LinkedHashMap<String, SandboxProgram> programs, LinkedHashMap<String, SandboxBusiness> businesses) {
        this.clock = clock;
        this.ids = ids;
        this.generator = generator;
        this.random = random;
        this.programs = programs;
        this.businesses = businesses;
    }

    static LocalDate pacificToday(Clock clock) {
        return LocalDate.now(clock.withZone(PACIFIC));
    }

    /** The Pacific date that program dates and statuses are judged by. */
    public LocalDate today() {
        return pacificToday(clock);
    }

    AccountView view() {
        AccountView v = view;
        if (v == null) {
            synchronized (lock) {
                v = view;
                if (v == null) {
                    v = new AccountView(programs, businesses);
                    view = v;
                }
            }
        }
        return v;
    }

    public int programCount() {
        return view().programs().size();
    }

    /** Program IDs in creation order (the List All order). */
    public List<String> programIds() {
        return view().programs().stream().map(SandboxProgram::id).toList();
    }

    /** A consistent snapshot of all programs in creation order. */
    public List<SandboxProgram> programs() {
        return view().programs();
    }

    public List<SandboxBusiness> businesses() {
        return List.copyOf(view().businesses().values());
    }

    public Optional<SandboxProgram> program(String id) {
        return Optional.ofNullable(view().program(id));
    }

    public Optional<SandboxBusiness> business(String id) {
        return Optional.ofNullable(view().business(id));
    }

    /** New programs (starting today, open-ended), appended in creation order; returns their IDs. */
    public List<String> addPrograms(int n) {
        List<String> added = new ArrayList<>(n);
        synchronized (lock) {
            for (int i = 0; i < n; i++) {
                String id = ids.next();
                programs.put(id, generator.nextNew(id, today()));
                added.add(id);
            }
            view = null;
        }
        return added;
    }

    /**
     * New programs put first in the List All order, as if the server's order were not by creation:
     * every later page shifts, so a client paging by offset sees programs twice.
     */
    public List<String> addProgramsAtFront(int n) {
        List<String> added = new ArrayList<>(n);
        synchronized (lock) {
            for (int i = 0; i < n; i++) {
                String id = ids.next();
                programs.putFirst(id, generator.nextNew(id, today()));
                added.add(id);
            }
            view = null;
        }
        return added;
    }

    /** Removes n programs chosen by the seeded random; returns their IDs. */
    public List<String> removePrograms(int n) {
        List<String> removed = new ArrayList<>(n);
        synchronized (lock) {
            List<String> all = new ArrayList<>(programs.keySet());
            for (int i = 0; i < n && !all.isEmpty(); i++) {
                int index = random.nextInt(all.size());
                String id = all.get(index);
                all.set(index, all.getLast());
                all.removeLast();
                programs.remove(id);
                removed.add(id);
            }
            view = null;
        }
        return removed;
    }

    /** A fresh program ID, unique among every ID this account issued. */
    String newProgramId() {
        synchronized (lock) {
            return ids.next();
        }
    }

    /** Appends a program made elsewhere (a completed create job) in creation order. */
    void addProgram(SandboxProgram program) {
        synchronized (lock) {
            if (programs.putIfAbsent(program.id(), program) != null) {
                throw new IllegalArgumentException("program exists: " + program.id());
            }
            view = null;
        }
    }

    public boolean removeProgram(String id) {
        synchronized (lock) {
            view = null;
            return programs.remove(id) != null;
        }
    }

    /** Replaces a program by a changed copy; the hook write endpoints build on. */
    public SandboxProgram updateProgram(String id, UnaryOperator<SandboxProgram> change) {
        synchronized (lock) {
            SandboxProgram current = programs.get(id);
            if (current == null) {
                throw new IllegalArgumentException("no program " + id);
            }
            SandboxProgram changed = change.apply(current);
            programs.put(id, changed);
            view = null;
            return changed;
        }
    }

    public void changeBudget(String id, long cents) {
        updateProgram(id, p -> p.withBudget(cents));
    }

    /** Pauses or resumes a CPC program (the only pausable type). */
    public void setPaused(String id, boolean paused) {
        updateProgram(id, p -> {
            if (!p.type().equals("CPC")) {
                throw new IllegalArgumentException(p.type() + " programs cannot be paused: " + id);
            }
            return p.withPaused(paused);
        });
    }

    /** Ends a program now: end date today, INACTIVE, listed under PAST. */
    public void endProgram(String id) {
        updateProgram(id, p -> p.withEnded(today()));
    }

    public void renameBusiness(String id, String name) {
        updateBusiness(id, b -> b.withName(name));
    }

    /** Replaces a business by a changed copy, e.g. {@code b -> b.withStatus(true, false)} to close it. */
    public SandboxBusiness updateBusiness(String id, UnaryOperator<SandboxBusiness> change) {
        synchronized (lock) {
            SandboxBusiness b = businesses.get(id);
            if (b == null) {
                throw new IllegalArgumentException("no business " + id);
            }
            SandboxBusiness changed = change.apply(b);
            businesses.put(id, changed);
            view = null;
            return changed;
        }
    }

    /** A deterministic random mix of additions, removals and modifications (budget, pause, end). */
    public SandboxDrift applyDrift(int added, int removed, int modified) {
        synchronized (lock) {
            List<String> removedIds = removePrograms(removed);
            List<String> modifiedIds = new Drifter(this, random, today()).modify(modified);
            List<String> addedIds = addPrograms(added);
            return new SandboxDrift(addedIds, removedIds, modifiedIds);
        }
    }
}
