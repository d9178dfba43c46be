package io.adsdesk.reports;

import io.adsdesk.model.report.DateRange;
import io.adsdesk.model.report.FigureRow;
import io.adsdesk.model.report.Granularity;
import io.adsdesk.registry.ReportCache;
import io.adsdesk.threads.Threads;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Reports of one open account: the {@link ReportService} that fills the cache from Yelp and the
 * {@link ReportQuery} that reads it. Without a report key the cache still answers every query
 * (offline), and a fetch fails with {@link ReportFailure.Reason#KEY_REFUSED}. {@link #close()}
 * stops polling; stored requests are polled again at the next start.
 */
public final class Reports implements AutoCloseable {
    /** Between two rounds of asking Yelp whether reports are ready. */
    public static final Duration POLL_INTERVAL = Duration.ofSeconds(20);

    private final Threads threads;
    private final ReportService service;
    private final ReportQuery query;
    private final Keyed source;

    /**
     * @param source Yelp's Reporting API for this account, or null when the account has no report key
     */
    public Reports(ReportCache cache, ReportSource source, Clock clock, Duration pollInterval) {
        this.threads = new Threads("reports");
        this.source = new Keyed(source);
        this.service = new ReportService(cache, this.source, threads, clock, pollInterval,
                ReportService.DEFAULT_CONCURRENCY);
        this.query = new ReportQuery(cache);
    }

    public ReportService service() {
        return service;
    }

    public ReportQuery query() {
        return query;
    }

    /** Whether the account has a report key (otherwise only cached figures are shown). */
    public boolean canRequest() {
        return source.target != null;
    }

    /**
     * Yelp's Reporting API from now on, once a report key is entered while the account is open (null:
     * the key was forgotten, only cached figures are shown). Requests stored earlier are polled again.
     */
    public void useSource(ReportSource yelp) {
        source.target = yelp;
        if (yelp != null) {
            service.resumePending();
        }
    }

    @Override
    public void close() {
        threads.close();
    }

    /** Yelp's Reporting API when the account has a key; the key can be entered while the account is open. */
    private static final class Keyed implements ReportSource {
        private static final ReportSource NO_KEY = new NoKey();
        private volatile ReportSource target;

        Keyed(ReportSource target) {
            this.target = target;
        }

        private ReportSource current() {
            ReportSource t = target;
            return t != null ? t : NO_KEY;
        }

        @Override
        public String request(Granularity granularity, DateRange range, List<String> businessIds)
                throws ReportFailure, InterruptedException {
            return current().request(granularity, range, businessIds);
        }

        @Override
        public Optional<List<FigureRow>> poll(Granularity granularity, String reportId)
                throws ReportFailure, InterruptedException {
            return current().poll(granularity, reportId);
        }
    }

    /** The source of an account without a report key. */
    private static final class NoKey implements ReportSource {
        static final String MESSAGE = "This account has no Yelp report key (Fusion API key): only figures already "
                + "stored are shown. Enter the key with \"Reporting key…\" in the Reports window to get new ones.";

        @Override
        public String request(Granularity granularity, DateRange range, List<String> businessIds) throws ReportFailure {
            throw new ReportFailure(ReportFailure.Reason.KEY_REFUSED, MESSAGE);
        }

        @Override
        public Optional<List<FigureRow>> poll(Granularity granularity, String reportId) throws ReportFailure {
            throw new ReportFailure(ReportFailure.Reason.KEY_REFUSED, MESSAGE);
        }
    }
}
