package io.adsdesk.ui.testing;

import io.adsdesk.testing.MemoryRegistry;
import io.adsdesk.testing.SyncWrites;

import io.adsdesk.model.Business;
import io.adsdesk.model.Program;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;
import io.adsdesk.sync.AccountSynchronizer;
import io.adsdesk.sync.SyncFailure;
import io.adsdesk.sync.SyncPhase;
import io.adsdesk.sync.SyncProgress;
import io.adsdesk.sync.SyncReport;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * A fake synchronizer: mirrors a given "API" program list into a {@link MemoryRegistry} in pages,
 * reporting progress, or fails with a chosen {@link SyncFailure}. An optional gate holds it after
 * the first page so tests can look at the progress overlay.
 */
public final class ScriptedSynchronizer implements AccountSynchronizer {
    private final MemoryRegistry registry;
    private volatile List<Program> api;
    private volatile List<Business> apiBusinesses;
    private volatile SyncFailure failure;
    private volatile CountDownLatch gate;
    private final AtomicInteger calls = new AtomicInteger();
    private final int pageSize;

    public ScriptedSynchronizer(MemoryRegistry registry, List<Program> api, List<Business> businesses) {
        this(registry, api, businesses, 100);
    }

    public ScriptedSynchronizer(MemoryRegistry registry, List<Program> api, List<Business> businesses, int pageSize) {
        this.registry = registry;
        this.api = api;
        this.apiBusinesses = businesses;
        this.pageSize = pageSize;
    }

    public void setApi(List<Program> programs, List<Business> businesses) {
        this.api = programs;
        this.apiBusinesses = businesses;
    }

    public void failWith(SyncFailure failure) {
        this.failure = failure;
    }

    /** Holds the next sync after its first page until {@link #release()}. */
    public void holdAfterFirstPage() {
        gate = new CountDownLatch(1);
    }

    public void release() {
        CountDownLatch g = gate;
        if (g != null) {
            g.countDown();
        }
    }

    public int calls() {
        return calls.get();
    }

    @Override
    public SyncReport sync(SyncProgress progress, BooleanSupplier cancelled) {
        calls.incrementAndGet();
        Instant start = Instant.now();
        int before = registry.countPrograms();
        SyncFailure fail = failure;
        if (fail != null) {
            registry.recordRun(run(start, SyncOutcome.FAILED, 0, before, before, 0, 0, 0, fail.advice()));
            return report(SyncOutcome.FAILED, 0, before, before, 0, 0, 0, fail, fail.advice());
        }
        List<Program> programs = api;
        int pages = Math.max(1, (programs.size() + pageSize - 1) / pageSize);
        progress.update(SyncPhase.FETCHING, 0, -1, 0, -1);
        for (int page = 1; page <= pages; page++) {
            if (cancelled.getAsBoolean()) {
                registry.recordRun(run(start, SyncOutcome.CANCELLED, programs.size(), before, before, 0, 0, 0, "cancelled"));
                return report(SyncOutcome.CANCELLED, programs.size(), before, before, 0, 0, 0, null, "cancelled");
            }
            progress.update(SyncPhase.FETCHING, page, pages, Math.min(page * pageSize, programs.size()), programs.size());
            CountDownLatch g = gate;
            if (page == 1 && g != null) {
                try {
                    g.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                gate = null;
            }
        }
        if (cancelled.getAsBoolean()) {
            registry.recordRun(run(start, SyncOutcome.CANCELLED, programs.size(), before, before, 0, 0, 0, "cancelled"));
            return report(SyncOutcome.CANCELLED, programs.size(), before, before, 0, 0, 0, null, "cancelled");
        }
        progress.update(SyncPhase.WRITING, pages, pages, programs.size(), programs.size());
        Map<String, Program> existing = registry.findAll().stream().collect(Collectors.toMap(Program::programId, p -> p));
        Set<String> apiIds = new HashSet<>();
        List<Program> added = new java.util.ArrayList<>();
        List<Program> updated = new java.util.ArrayList<>();
        for (Program p : programs) {
            apiIds.add(p.programId());
            Program old = existing.get(p.programId());
            if (old == null) {
                added.add(p);
            } else if (!old.equals(p)) {
                updated.add(p);
            }
        }
        Set<String> removed = existing.keySet().stream().filter(id -> !apiIds.contains(id)).collect(Collectors.toSet());
        registry.upsertBusinesses(apiBusinesses);
        boolean unchanged = added.isEmpty() && updated.isEmpty() && removed.isEmpty();
        SyncOutcome outcome = unchanged ? SyncOutcome.UP_TO_DATE : SyncOutcome.SYNCED;
        int after = before + added.size() - removed.size();
        SyncRun r = run(start, outcome, programs.size(), before, after, added.size(), updated.size(), removed.size(), null);
        if (unchanged) {
            registry.recordRun(r);
        } else {
            SyncWrites.apply(registry, added, updated, removed, r);
        }
        return report(outcome, programs.size(), before, after, added.size(), updated.size(), removed.size(), null, null);
    }

    private static SyncRun run(Instant start, SyncOutcome o, int api, int before, int after, int a, int u, int r, String msg) {
        return new SyncRun(0, start, Instant.now(), o, api, before, after, a, u, r, 1, msg);
    }

    private static SyncReport report(SyncOutcome o, int api, int before, int after, int a, int u, int r,
                                     SyncFailure f, String msg) {
        Duration d = Duration.ofMillis(5);
        return new SyncReport(o, api, before, after, a, u, r, 1, 1, f, msg, d, d, d, d);
    }
}
