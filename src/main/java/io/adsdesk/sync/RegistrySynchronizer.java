package io.adsdesk.sync;

import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.api.PartnerApiException;
import io.adsdesk.api.ProgramDto;
import io.adsdesk.model.Program;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;
import io.adsdesk.registry.ProgramChanges;
import io.adsdesk.registry.ProgramRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Syncs one account: pages List All with bounded concurrency, maps to model records, diffs against
 * the registry and applies the diff in one transaction, then refreshes business names. A sync that
 * did not see the whole account, failed or was cancelled changes no program and says why.
 */
public final class RegistrySynchronizer implements AccountSynchronizer {
    private static final Logger LOG = LoggerFactory.getLogger(RegistrySynchronizer.class);
    private static final AtomicInteger POOL_IDS = new AtomicInteger();

    private final PartnerApiClient client;
    private final ProgramRegistry registry;
    private final SyncOptions options;
    private final SyncGuard guard;

    public RegistrySynchronizer(PartnerApiClient client, ProgramRegistry registry, SyncOptions options, SyncGuard guard) {
        this.client = client;
        this.registry = registry;
        this.options = options;
        this.guard = guard;
    }

    @Override
    public SyncReport sync(SyncProgress progress, BooleanSupplier cancelled) {
        SyncClock clock = new SyncClock(options.clock());
        try (SyncGuard.Permit permit = guard.tryAcquire()) {
            if (permit == null) {
                return clock.failed(SyncFailure.BUSY, SyncFailure.BUSY.advice(), 0, 0);
            }
            return syncHeld(progress, cancelled, clock);
        }
    }

    private SyncReport syncHeld(SyncProgress progress, BooleanSupplier cancelled, SyncClock clock) {
        int requestsBefore = client.requestCount();
        int before = 0;
        ExecutorService pool = Executors.newFixedThreadPool(options.concurrency(), r -> {
            Thread t = new Thread(r, "adsdesk-sync-" + POOL_IDS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            ParallelCalls calls = new ParallelCalls(pool);
            before = registry.countPrograms();
            PageFetcher.Fetched fetched = new PageFetcher(client, calls, options).fetchAll(progress, cancelled);
            Map<String, Program> api = toModels(fetched.programs());
            clock.fetched();

            Map<String, Program> db = new LinkedHashMap<>();
            registry.findAll().forEach(p -> db.put(p.programId(), p));
            Set<String> gone = new LinkedHashSet<>(db.keySet());
            gone.removeAll(api.keySet());
            Map<String, ProgramDto> missed = new RemovalCheck(client, calls).stillPresent(gone, cancelled);
            missed.forEach((id, dto) -> api.put(id, ProgramMapper.toModel(dto)));
            gone.removeAll(missed.keySet());
            ProgramChanges changes = Diff.of(db, api, gone);
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            progress.update(SyncPhase.WRITING, fetched.pages(), fetched.pages(), api.size(), api.size());
            int after = before + changes.added().size() - changes.removedIds().size();
            String warning = join(fetched.warning(), missed.isEmpty() ? null
                    : missed.size() + " programs missing from the list were confirmed by Program Info and kept");
            SyncOutcome outcome = changes.isEmpty() ? SyncOutcome.UP_TO_DATE : SyncOutcome.SYNCED;
            SyncRun run = clock.run(outcome, api.size(), before, after, changes, requests(requestsBefore), warning);
            if (changes.isEmpty()) {
                registry.recordRun(run);
            } else {
                registry.applySync(changes, run);
            }
            clock.written();

            String namesWarning = refreshNames(calls, api, progress, cancelled);
            clock.namesDone();
            return clock.report(outcome, api.size(), before, after, changes, fetched.pages(),
                    requests(requestsBefore), join(warning, namesWarning));
        } catch (CancellationException e) {
            registry.recordRun(clock.run(SyncOutcome.CANCELLED, 0, before, before, null, requests(requestsBefore),
                    "Cancelled; nothing was changed"));
            return clock.cancelled(before, requests(requestsBefore));
        } catch (PartnerApiException e) {
            SyncFailure failure = Failures.of(e);
            return recordFailure(clock, failure, failure.advice() + " (" + e.getMessage() + ")", before, requestsBefore);
        } catch (PageFetcher.DriftException e) {
            return recordFailure(clock, SyncFailure.INCOMPLETE, e.getMessage(), before, requestsBefore);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return clock.cancelled(before, requests(requestsBefore));
        } catch (RuntimeException e) {
            LOG.error("Sync failed", e);
            return recordFailure(clock, SyncFailure.INTERNAL, SyncFailure.INTERNAL.advice() + " (" + e + ")", before, requestsBefore);
        } finally {
            pool.shutdownNow();
        }
    }

    private String refreshNames(ParallelCalls calls, Map<String, Program> api, SyncProgress progress, BooleanSupplier cancelled)
            throws InterruptedException {
        Set<String> ids = new LinkedHashSet<>();
        api.values().forEach(p -> p.businesses().forEach(b -> ids.add(b.yelpBusinessId())));
        try {
            new BusinessNames(client, calls, options).refresh(registry, ids, progress, cancelled);
            return null;
        } catch (PartnerApiException e) {
            LOG.warn("Business names not refreshed: {}", e.getMessage());
            return "Business names could not be refreshed (" + e.getMessage() + ")";
        } catch (CancellationException e) {
            return "Business names were not refreshed (cancelled)";
        }
    }

    private SyncReport recordFailure(SyncClock clock, SyncFailure failure, String message, int before, int requestsBefore) {
        LOG.warn("Sync failed: {}", message);
        try {
            registry.recordRun(clock.run(SyncOutcome.FAILED, 0, before, before, null, requests(requestsBefore), message));
        } catch (RuntimeException e) {
            LOG.error("Could not log the failed sync run", e);
        }
        return clock.failed(failure, message, before, requests(requestsBefore));
    }

    private static Map<String, Program> toModels(Map<String, ProgramDto> dtos) {
        Map<String, Program> result = new LinkedHashMap<>(dtos.size() * 2);
        dtos.forEach((id, dto) -> result.put(id, ProgramMapper.toModel(dto)));
        return result;
    }

    private int requests(int before) {
        return client.requestCount() - before;
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + "; " + b;
    }
}
