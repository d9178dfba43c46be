package io.adsdesk.sync;

import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.api.PartnerApiException;
import io.adsdesk.api.ProgramDto;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.registry.RegistryException;
import io.adsdesk.threads.Threads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Syncs one account: pages List All with bounded concurrency and writes each page into one open
 * registry transaction as it arrives (new, changed and, at the end, removed programs), then
 * refreshes business names. A sync that did not see the whole account, failed or was cancelled
 * rolls back: it changes no program, logs the run and says why.
 */
public final class RegistrySynchronizer implements AccountSynchronizer {
    private static final Logger LOG = LoggerFactory.getLogger(RegistrySynchronizer.class);

    private final PartnerApiClient client;
    private final ProgramRegistry registry;
    private final SyncOptions options;
    private final SyncGuard guard;
    private final Threads threads;
    /** The backup started after the last changing sync, until the next sync has looked at it. */
    private volatile CompletableFuture<Optional<String>> lastBackup;

    /** With threads of its own (tests, one-off runs); each sync's pools end with the sync. */
    public RegistrySynchronizer(PartnerApiClient client, ProgramRegistry registry, SyncOptions options, SyncGuard guard) {
        this(client, registry, options, guard, new Threads("adsdesk"));
    }

    /** @param threads where each sync's HTTP and database threads come from */
    public RegistrySynchronizer(PartnerApiClient client, ProgramRegistry registry, SyncOptions options, SyncGuard guard,
                                Threads threads) {
        this.client = client;
        this.registry = registry;
        this.options = options;
        this.guard = guard;
        this.threads = threads;
    }

    @Override
    public SyncReport sync(SyncProgress progress, BooleanSupplier cancelled) {
        SyncClock clock = new SyncClock(options.clock());
        SyncGuard.Permit held;
        try {
            held = guard.tryAcquire();
        } catch (RegistryException e) {
            LOG.warn("Sync not started: {}", e.getMessage());
            return clock.failed(SyncFailure.LOCAL_REGISTRY, e.getMessage(), 0, 0);
        }
        try (SyncGuard.Permit permit = held) {
            if (permit == null) {
                return clock.failed(SyncFailure.BUSY, SyncFailure.BUSY.advice(), 0, 0);
            }
            LOG.info("Sync started");
            SyncReport report = syncHeld(progress, cancelled, clock);
            // Logged once the registry has the result on disk: a crash after this line loses nothing.
            LOG.info("Sync finished: {}, {} programs stored", report.status(), report.totalDbAfter());
            return report;
        }
    }

    private SyncReport syncHeld(SyncProgress progress, BooleanSupplier cancelled, SyncClock clock) {
        int requestsBefore = client.requestCount();
        ExecutorService http = threads.fixedPool("sync-http", options.concurrency());
        ExecutorService db = threads.singleThread("sync-db");
        StreamingApply apply = new StreamingApply(registry, db);
        ParallelCalls calls = new ParallelCalls(http, options.stallTimeout());
        NameLookup names = new NameLookup(client, registry, options, calls, cancelled);
        int before = -1;
        AtomicInteger withoutId = new AtomicInteger();
        try {
            PageFetcher.Fetched fetched = new PageFetcher(client, calls, options)
                    .fetchAll(progress, cancelled, sinkFor(apply, names, withoutId));
            clock.fetched();
            before = apply.storedCount();

            Set<String> gone = apply.unseen();
            String unidentified = null;
            if (withoutId.get() > 0) {
                // Any of those entries may be a stored program: none is deleted on this sync's word.
                unidentified = withoutId.get() + " listed programs had no readable program_id and could not be stored; "
                        + (gone.isEmpty() ? "" : gone.size() + " programs not listed were kept rather than removed; ")
                        + "details are in the log";
                LOG.warn("{} entries without a readable program_id; {} unlisted programs kept", withoutId.get(), gone.size());
                gone.clear();
            }
            Map<String, ProgramDto> missed = new RemovalCheck(client, calls).stillPresent(gone, cancelled);
            gone.removeAll(missed.keySet());
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            int total = fetched.programIds().size() + missed.size();
            progress.update(SyncPhase.WRITING, fetched.pages(), fetched.pages(), total, total);
            String warning = join(join(fetched.warning(), unidentified), missed.isEmpty() ? null
                    : missed.size() + " programs missing from the list were confirmed by Program Info and kept");
            List<Program> kept = missed.values().stream().map(ProgramMapper::toModel).toList();
            StreamingApply.Applied applied = apply.finish(kept, gone, draft -> clock.run(outcome(draft.counts()), total,
                    draft.storedBefore(), after(draft), draft.counts(), requests(requestsBefore),
                    join(warning, markedNote(draft.marked()))));
            clock.written();
            if (!applied.marked().isEmpty()) {
                LOG.warn("{} programs kept and marked (values that could not be read or cannot be real): {}",
                        applied.marked().size(), applied.marked());
            }

            kept.forEach(p -> names.offer(p.businesses().stream().map(ProgramBusiness::yelpBusinessId).toList()));
            String namesWarning = join(storeNames(names, progress), earlierBackupNote());
            if (!applied.counts().none()) {
                backUpAfter();
            }
            clock.namesDone();
            return clock.report(outcome(applied.counts()), total, applied.storedBefore(), after(applied), applied.counts(),
                    fetched.pages(), requests(requestsBefore), join(join(warning, markedNote(applied.marked())), namesWarning),
                    apply.databaseTime(), applied.marked(), applied.run().id());
        } catch (CancellationException e) {
            return recordStop(clock, null, "Cancelled; nothing was changed", apply, before, requestsBefore);
        } catch (PartnerApiException e) {
            SyncFailure failure = Failures.of(e);
            return recordStop(clock, failure, failure.advice() + " (" + e.getMessage() + ")", apply, before, requestsBefore);
        } catch (PageFetcher.DriftException e) {
            return recordStop(clock, SyncFailure.INCOMPLETE, e.getMessage(), apply, before, requestsBefore);
        } catch (CallBatch.Stalled e) {
            return recordStop(clock, SyncFailure.INCOMPLETE, SyncFailure.INCOMPLETE.advice() + " The partner API made "
                    + e.getMessage() + ".", apply, before, requestsBefore);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            apply.close();
            return clock.cancelled(Math.max(before, 0), requests(requestsBefore));
        } catch (RegistryException e) {
            LOG.error("Sync failed", e);
            return recordStop(clock, SyncFailure.LOCAL_REGISTRY, e.getMessage(), apply, before, requestsBefore);
        } catch (RuntimeException e) {
            LOG.error("Sync failed", e);
            String overflow = ValueOverflow.describe(e);
            if (overflow != null) {
                return recordStop(clock, SyncFailure.UNEXPECTED_RESPONSE, overflow, apply, before, requestsBefore);
            }
            return recordStop(clock, SyncFailure.INTERNAL, SyncFailure.INTERNAL.advice() + " (" + e + ")", apply, before,
                    requestsBefore);
        } finally {
            names.cancel();
            apply.close();
            http.shutdownNow();
            db.shutdown();
        }
    }

    /**
     * The registry's backup after a changing sync runs once the sync has reported (a copy of the whole
     * registry, seconds at 100,000 programs): the sync is committed and on disk before it starts, and
     * the registry waits for it before it closes.
     */
    private void backUpAfter() {
        ExecutorService one = threads.singleThread("sync-backup");
        try {
            lastBackup = registry.backUpLater(one);
        } finally {
            one.shutdown();
        }
    }

    /** A note for a backup that failed after the previous sync had already reported. */
    private String earlierBackupNote() {
        CompletableFuture<Optional<String>> last = lastBackup;
        if (last == null || !last.isDone()) {
            return null;
        }
        lastBackup = null;
        return last.exceptionally(e -> Optional.empty()).join()
                .map(note -> "After the previous sync: " + Character.toLowerCase(note.charAt(0)) + note.substring(1))
                .orElse(null);
    }

    /**
     * Waits for the backup the last changing sync started (a process about to end) and returns its
     * note when it could not be written.
     */
    public Optional<String> awaitBackup() {
        CompletableFuture<Optional<String>> last = lastBackup;
        return last == null ? Optional.empty() : last.exceptionally(e -> Optional.empty()).join();
    }

    private static PageFetcher.PageSink sinkFor(StreamingApply apply, NameLookup names, AtomicInteger withoutId) {
        return new PageFetcher.PageSink() {
            @Override
            public void withoutId(int entries) {
                withoutId.addAndGet(entries);
            }

            @Override
            public void accept(List<ProgramDto> programs) {
                List<Program> page = programs.stream().map(ProgramMapper::toModel).toList();
                apply.accept(page);
                page.forEach(p -> names.offer(p.businesses().stream().map(ProgramBusiness::yelpBusinessId).toList()));
            }

            @Override
            public void restart() {
                apply.restart();
                withoutId.set(0);
            }

            @Override
            public void idle(int freeSlots) {
                names.fillIdle(freeSlots);
            }
        };
    }

    /** Business names are stored after the programs; trouble with them never fails the sync. */
    private static String storeNames(NameLookup names, SyncProgress progress) throws InterruptedException {
        try {
            names.finish(progress);
            return null;
        } catch (PartnerApiException e) {
            LOG.warn("Business names not refreshed: {}", e.getMessage());
            return "Business names could not be refreshed (" + e.getMessage() + ")";
        } catch (CancellationException e) {
            return "Business names were not refreshed (cancelled)";
        } catch (CallBatch.Stalled e) {
            LOG.warn("Business names not refreshed: {}", e.getMessage());
            return "Business names were not refreshed (" + e.getMessage() + ")";
        }
    }

    /** Rolls back, logs the stopped run and reports it. */
    private SyncReport recordStop(SyncClock clock, SyncFailure failure, String message, StreamingApply apply,
                                  int before, int requestsBefore) {
        apply.close();
        int stored = before >= 0 ? before : safeCount();
        SyncOutcome outcome = failure == null ? SyncOutcome.CANCELLED : SyncOutcome.FAILED;
        if (failure != null) {
            LOG.warn("Sync failed: {}", message);
        }
        try {
            registry.recordRun(clock.run(outcome, 0, stored, stored, null, requests(requestsBefore), message));
        } catch (RuntimeException e) {
            LOG.error("Could not log the stopped sync run", e);
        }
        return failure == null ? clock.cancelled(stored, requests(requestsBefore))
                : clock.failed(failure, message, stored, requests(requestsBefore));
    }

    private int safeCount() {
        try {
            return registry.countPrograms();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static String markedNote(List<String> marked) {
        return marked.isEmpty() ? null : SyncReport.markedNote(marked);
    }

    private static SyncOutcome outcome(StreamingApply.Counts counts) {
        return counts.none() ? SyncOutcome.UP_TO_DATE : SyncOutcome.SYNCED;
    }

    private static int after(StreamingApply.Applied a) {
        return a.storedBefore() + a.counts().added() - a.counts().removed();
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
