package io.adsdesk.reports;

import io.adsdesk.model.PacificDate;
import io.adsdesk.model.report.DateRange;
import io.adsdesk.model.report.FigureRow;
import io.adsdesk.model.report.Granularity;
import io.adsdesk.model.report.PendingReport;
import io.adsdesk.model.report.RequestState;
import io.adsdesk.registry.ReportCache;
import io.adsdesk.threads.Threads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Gets report figures into the cache: asks Yelp only for the days the cache lacks, split within
 * Yelp's limits, a bounded number of requests at a time; stores each request before polling it, so
 * a restart goes on polling ({@link #resumePending()}); stores each report as it arrives.
 * {@link #fetch} blocks (call it on a worker thread); listeners hear every change of a request's
 * state, on the thread that made it.
 */
public final class ReportService {
    /** How long Yelp usually takes to build a report. */
    public static final Duration TYPICAL_BUILD_TIME = Duration.ofMinutes(30);
    /** Requests sent or polled side by side. */
    public static final int DEFAULT_CONCURRENCY = 4;
    private static final Logger LOG = LoggerFactory.getLogger(ReportService.class);
    private static final long FIRST_POLL_WAIT_MS = 1000;

    /** How far a {@link #fetch} has come. */
    public record Progress(int requestsTotal, int requestsFinished, List<PendingReport> requests) {
        public Progress {
            requests = List.copyOf(requests);
        }
    }

    /**
     * What a {@link #fetch} did.
     *
     * @param requestsSent report requests sent to Yelp (0 when the cache had everything)
     * @param rowsReceived rows stored from Yelp's reports
     */
    public record Outcome(int requestsSent, int rowsReceived) {
    }

    private final ReportCache cache;
    private final ReportSource source;
    private final Threads threads;
    private final ExecutorService pool;
    private final Clock clock;
    private final Duration pollInterval;
    private final Map<String, PendingReport> requests = new ConcurrentHashMap<>();
    private final List<Consumer<List<PendingReport>>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger localIds = new AtomicInteger();

    /**
     * @param threads the owner of the service's threads (a fixed pool of {@code concurrency}, and
     *                the thread that resumes stored requests); closing it stops the service
     * @param pollInterval the longest wait between two rounds of asking Yelp whether reports are ready
     *                     (the first is after a second, then each wait doubles up to this)
     */
    public ReportService(ReportCache cache, ReportSource source, Threads threads, Clock clock, Duration pollInterval,
            int concurrency) {
        this.cache = cache;
        this.source = source;
        this.threads = threads;
        this.pool = threads.fixedPool("reports", concurrency);
        this.clock = clock;
        this.pollInterval = pollInterval;
    }

    /** Hears the list of this session's requests ({@link #requests()}) after every change, on a worker thread. */
    public void addListener(Consumer<List<PendingReport>> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<List<PendingReport>> listener) {
        listeners.remove(listener);
    }

    /** This session's report requests, resumed ones included, oldest first; finished ones stay listed. */
    public List<PendingReport> requests() {
        List<PendingReport> list = new ArrayList<>(requests.values());
        list.sort(Comparator.comparing((PendingReport p) -> p.requestedAt() == null ? java.time.Instant.MAX : p.requestedAt())
                .thenComparing(p -> p.range().from()));
        return list;
    }

    /** Today in Pacific time, by this service's clock. */
    public LocalDate today() {
        return PacificDate.today(clock);
    }

    /**
     * Why this request cannot be made, in plain words, or null: checked before anything is sent.
     */
    public String problem(Granularity granularity, DateRange range) {
        return ReportLimits.problem(granularity, range, today());
    }

    /**
     * The requests that {@link #fetch} would send now for what the cache lacks (nothing is sent).
     * Blocks on the cache.
     */
    public List<ReportPlan.Chunk> plan(Granularity granularity, DateRange range, Collection<String> businessIds) {
        DateRange asked = clamp(granularity, range);
        if (asked == null || businessIds.isEmpty()) {
            return List.of();
        }
        return ReportPlan.forMissing(granularity, cache.missing(granularity, asked, businessIds));
    }

    /**
     * Makes sure the cache holds the figures of {@code businessIds} over {@code range}: asks Yelp
     * for what is missing and waits until every report arrived (Yelp often takes about 30 minutes).
     * Blocks: call on a worker thread. Interrupting stops waiting; requests already accepted stay
     * stored and are polled on by {@link #resumePending()} at the next start.
     *
     * @throws ReportFailure with the reason in plain words: the range refused up front (nothing
     *                       sent), the key refused, Yelp unavailable, a report Yelp could not build
     */
    public Outcome fetch(Granularity granularity, DateRange range, Collection<String> businessIds,
            Consumer<Progress> progress) throws ReportFailure, InterruptedException {
        String problem = problem(granularity, range);
        if (problem != null) {
            throw new ReportFailure(ReportFailure.Reason.INVALID_REQUEST, problem);
        }
        List<ReportPlan.Chunk> chunks = plan(granularity, range, businessIds);
        if (chunks.isEmpty()) {
            return new Outcome(0, 0);
        }
        Map<String, PendingReport> queued = new java.util.LinkedHashMap<>();
        for (ReportPlan.Chunk c : chunks) {
            queued.put("queued-" + localIds.incrementAndGet(), new PendingReport(null, c.granularity(), c.range(),
                    c.businessIds(), null, null, 0, RequestState.QUEUED, null));
        }
        requests.putAll(queued);
        changed();
        List<Future<PendingReport>> sent = new ArrayList<>();
        queued.forEach((key, p) -> sent.add(pool.submit(() -> send(key, p))));
        List<PendingReport> accepted = new ArrayList<>();
        ReportFailure failure = null;
        for (Future<PendingReport> f : sent) {
            try {
                accepted.add(f.get());
            } catch (ExecutionException e) {
                failure = failure != null ? failure : asFailure(e.getCause());
            }
        }
        if (failure != null && accepted.isEmpty()) {
            throw failure;
        }
        int rows = await(accepted, chunks.size(), progress);
        if (failure != null) {
            throw failure;
        }
        return new Outcome(accepted.size(), rows);
    }

    /**
     * Goes on polling the requests stored by an earlier run, on a thread of its own; returns at
     * once. Their figures land in the cache as they arrive; listeners hear each change.
     */
    public void resumePending() {
        List<PendingReport> stored = cache.pending();
        if (stored.isEmpty()) {
            return;
        }
        for (PendingReport p : stored) {
            requests.put(p.reportId(), p);
        }
        changed();
        threads.start("report-resume", () -> {
            try {
                await(stored, stored.size(), p -> { });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ReportFailure e) {
                LOG.info("Stored report requests could not be polled: {}", e.getMessage());
            }
        });
    }

    /**
     * Polls the requests stored by an earlier run until they arrived or failed, on the calling
     * thread (the command line waits for them before asking for more). Returns the rows stored.
     */
    public int finishPending(Consumer<Progress> progress) throws ReportFailure, InterruptedException {
        List<PendingReport> stored = cache.pending();
        if (stored.isEmpty()) {
            return 0;
        }
        for (PendingReport p : stored) {
            requests.put(p.reportId(), p);
        }
        changed();
        try {
            return await(stored, stored.size(), progress);
        } catch (ReportFailure e) {
            if (e.reason() == ReportFailure.Reason.JOB_FAILED) {
                return 0; // forgotten: the days it was for are still missing and asked for again
            }
            throw e;
        }
    }

    private PendingReport send(String key, PendingReport queued) throws ReportFailure, InterruptedException {
        try {
            String id = source.request(queued.granularity(), queued.range(), queued.businessIds());
            PendingReport p = new PendingReport(id, queued.granularity(), queued.range(), queued.businessIds(),
                    clock.instant(), null, 0, RequestState.BUILDING, null);
            cache.savePending(p);
            requests.remove(key);
            requests.put(id, p);
            changed();
            return p;
        } catch (ReportFailure e) {
            requests.put(key, queued.withState(RequestState.FAILED, e.getMessage()));
            changed();
            throw e;
        }
    }

    /** Polls until every report arrived or failed; returns the rows stored. */
    private int await(List<PendingReport> waiting, int total, Consumer<Progress> progress)
            throws ReportFailure, InterruptedException {
        List<PendingReport> open = new ArrayList<>(waiting);
        int rows = 0;
        ReportFailure failure = null;
        int finished = total - open.size();
        progress.accept(new Progress(total, finished, requests()));
        // A small report is often ready in seconds: ask again after 1 s, then less often, up to the interval.
        long wait = Math.min(FIRST_POLL_WAIT_MS, pollInterval.toMillis());
        while (!open.isEmpty()) {
            List<Future<Integer>> rounds = new ArrayList<>();
            for (PendingReport p : open) {
                rounds.add(pool.submit(() -> pollOnce(p)));
            }
            List<PendingReport> still = new ArrayList<>();
            for (int i = 0; i < open.size(); i++) {
                try {
                    int got = rounds.get(i).get();
                    if (got < 0) {
                        still.add(requests.getOrDefault(open.get(i).reportId(), open.get(i)));
                    } else {
                        rows += got;
                        finished++;
                    }
                } catch (ExecutionException e) {
                    ReportFailure f = asFailure(e.getCause());
                    if (f.reason() == ReportFailure.Reason.JOB_FAILED) {
                        finished++;
                    } else {
                        still.clear();
                        open.clear();
                        for (Future<Integer> r : rounds) {
                            r.cancel(true);
                        }
                        throw f;
                    }
                    failure = failure != null ? failure : f;
                }
            }
            open = still;
            progress.accept(new Progress(total, finished, requests()));
            if (!open.isEmpty()) {
                Thread.sleep(wait);
                wait = Math.min(pollInterval.toMillis(), wait * 2);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return rows;
    }

    /** Asks once; the rows stored when ready, -1 when still building. */
    private int pollOnce(PendingReport p) throws ReportFailure, InterruptedException {
        Optional<List<FigureRow>> answer;
        try {
            answer = source.poll(p.granularity(), p.reportId());
        } catch (ReportFailure e) {
            if (e.reason() == ReportFailure.Reason.JOB_FAILED || e.reason() == ReportFailure.Reason.INVALID_REQUEST) {
                cache.removePending(p.reportId());
                requests.put(p.reportId(), p.withState(RequestState.FAILED, e.getMessage()));
                changed();
                throw new ReportFailure(ReportFailure.Reason.JOB_FAILED, e.code(), e.getMessage(), e);
            }
            throw e;
        }
        PendingReport polled = p.polled(clock.instant());
        if (answer.isEmpty()) {
            requests.put(p.reportId(), polled);
            cache.savePending(polled);
            changed();
            return -1;
        }
        Set<String> asked = new HashSet<>(p.businessIds());
        List<FigureRow> rows = answer.get().stream()
                .filter(r -> asked.contains(r.businessId()) && r.granularity() == p.granularity() && p.range().contains(r.date()))
                .toList();
        cache.store(p.granularity(), p.range(), p.businessIds(), rows, ReportLimits.lastPublishedDay(clock));
        cache.removePending(p.reportId());
        requests.put(p.reportId(), polled.withState(RequestState.DONE, null));
        changed();
        return rows.size();
    }

    private DateRange clamp(Granularity granularity, DateRange range) {
        LocalDate today = today();
        if (range.from().isAfter(today)) {
            return null;
        }
        DateRange r = range.to().isAfter(today) ? new DateRange(range.from(), today) : range;
        return granularity == Granularity.MONTHLY ? r.wholeMonths() : r;
    }

    private void changed() {
        List<PendingReport> snapshot = requests();
        for (Consumer<List<PendingReport>> l : listeners) {
            try {
                l.accept(snapshot);
            } catch (RuntimeException e) {
                LOG.warn("A report listener failed", e);
            }
        }
    }

    private static ReportFailure asFailure(Throwable t) throws InterruptedException {
        if (t instanceof ReportFailure f) {
            return f;
        }
        if (t instanceof InterruptedException i) {
            throw i;
        }
        return new ReportFailure(ReportFailure.Reason.UNAVAILABLE, null,
                "The report could not be stored: " + t.getMessage(), t);
    }
}
