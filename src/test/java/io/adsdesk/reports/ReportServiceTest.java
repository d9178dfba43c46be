package io.adsdesk.reports;

import io.adsdesk.model.report.DateRange;
import io.adsdesk.model.report.FigureRow;
import io.adsdesk.model.report.Granularity;
import io.adsdesk.model.report.PendingReport;
import io.adsdesk.model.report.RequestState;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.registry.ReportCache;
import io.adsdesk.threads.Threads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportServiceTest {
    /** 13:00 Pacific on 15 June 2026: the 14th is published. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T20:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);
    private static final List<String> BUSINESSES = List.of("b1", "b2", "b3");

    @TempDir
    Path dir;
    private final List<Threads> threads = new ArrayList<>();

    @AfterEach
    void stop() {
        threads.forEach(Threads::close);
    }

    private ReportService service(ReportCache cache, ReportSource source) {
        Threads t = new Threads("test-reports");
        threads.add(t);
        return new ReportService(cache, source, t, CLOCK, Duration.ofMillis(5), 2);
    }

    @Test
    void aSecondIdenticalReportSendsNoRequest() throws Exception {
        try (var registry = HibernateProgramRegistry.inMemory("rep-same")) {
            FakeReports yelp = new FakeReports();
            ReportService service = service(registry.reportCache(), yelp);
            DateRange range = DateRange.of(JUNE_1, JUNE_1.plusDays(9));

            ReportService.Outcome first = service.fetch(Granularity.DAILY, range, BUSINESSES, p -> { });
            int polls = yelp.polls.get();
            ReportService.Outcome second = service.fetch(Granularity.DAILY, range, BUSINESSES, p -> { });

            assertEquals(1, first.requestsSent());
            assertEquals(30, first.rowsReceived());
            assertEquals(0, second.requestsSent());
            assertEquals(1, yelp.asked.size(), "nothing sent the second time");
            assertEquals(polls, yelp.polls.get(), "nothing polled either");
            assertEquals(30, new ReportQuery(registry.reportCache()).load(Granularity.DAILY, range).rows().size());
        }
    }

    @Test
    void aRangeOverlappingACachedOneAsksOnlyForTheNewDays() throws Exception {
        try (var registry = HibernateProgramRegistry.inMemory("rep-overlap")) {
            FakeReports yelp = new FakeReports();
            ReportService service = service(registry.reportCache(), yelp);
            service.fetch(Granularity.DAILY, DateRange.of(JUNE_1, JUNE_1.plusDays(4)), BUSINESSES, p -> { });

            service.fetch(Granularity.DAILY, DateRange.of(JUNE_1.plusDays(2), JUNE_1.plusDays(9)), BUSINESSES, p -> { });

            assertEquals(2, yelp.asked.size());
            FakeReports.Asked second = yelp.asked.get(1);
            assertEquals(DateRange.of(JUNE_1.plusDays(5), JUNE_1.plusDays(9)), second.range(), "only June 6-10");
            assertEquals(BUSINESSES, second.businessIds());
        }
    }

    @Test
    void daysNotYetPublishedAreStoredButAskedForAgainLater() throws Exception {
        try (var registry = HibernateProgramRegistry.inMemory("rep-unpublished")) {
            FakeReports yelp = new FakeReports();
            ReportService service = service(registry.reportCache(), yelp);
            DateRange toToday = DateRange.of(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 20));

            service.fetch(Granularity.DAILY, toToday, List.of("b1"), p -> { });
            service.fetch(Granularity.DAILY, toToday, List.of("b1"), p -> { });

            assertEquals(DateRange.of(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 15)), yelp.asked.get(0).range(),
                    "asked up to today, never for the future");
            assertEquals(DateRange.of(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 15)), yelp.asked.get(1).range(),
                    "today (not yet published) asked for again, the published days not");
        }
    }

    @Test
    void pollingGoesOnThroughNotCompleteAnswersAndListenersSeeTheStates() throws Exception {
        try (var registry = HibernateProgramRegistry.inMemory("rep-polls")) {
            FakeReports yelp = new FakeReports();
            yelp.notReadyPolls = 3;
            ReportService service = service(registry.reportCache(), yelp);
            List<RequestState> seen = new CopyOnWriteArrayList<>();
            service.addListener(list -> list.forEach(p -> seen.add(p.state())));
            List<ReportService.Progress> progress = new CopyOnWriteArrayList<>();

            ReportService.Outcome out = service.fetch(Granularity.DAILY, DateRange.of(JUNE_1, JUNE_1.plusDays(1)),
                    List.of("b1"), progress::add);

            assertEquals(4, yelp.polls.get(), "three 'not complete' answers, then the report");
            assertEquals(2, out.rowsReceived());
            assertTrue(seen.containsAll(List.of(RequestState.QUEUED, RequestState.BUILDING, RequestState.DONE)), seen.toString());
            assertEquals(1, progress.getLast().requestsFinished());
            PendingReport done = service.requests().getFirst();
            assertEquals(4, done.polls());
            assertTrue(registry.reportCache().pending().isEmpty(), "a received report is no longer stored as pending");
        }
    }

    @Test
    void aFailedJobIsReportedInPlainWordsAndForgotten() throws Exception {
        try (var registry = HibernateProgramRegistry.inMemory("rep-failed")) {
            FakeReports yelp = new FakeReports();
            yelp.failOnPoll = new ReportFailure(ReportFailure.Reason.JOB_FAILED, "JOB_FAILED",
                    "Yelp could not build the report: ask for it again later", null);
            ReportService service = service(registry.reportCache(), yelp);

            ReportFailure e = assertThrows(ReportFailure.class, () -> service.fetch(Granularity.DAILY,
                    DateRange.of(JUNE_1, JUNE_1), List.of("b1"), p -> { }));

            assertEquals(ReportFailure.Reason.JOB_FAILED, e.reason());
            assertEquals(RequestState.FAILED, service.requests().getFirst().state());
            assertTrue(registry.reportCache().pending().isEmpty());
        }
    }

    @Test
    void aRangePastTheLookbackIsRefusedBeforeAnythingIsSent() {
        try (var registry = HibernateProgramRegistry.inMemory("rep-lookback")) {
            FakeReports yelp = new FakeReports();
            ReportService service = service(registry.reportCache(), yelp);

            ReportFailure e = assertThrows(ReportFailure.class, () -> service.fetch(Granularity.DAILY,
                    DateRange.of(LocalDate.of(2024, 6, 1), JUNE_1), List.of("b1"), p -> { }));

            assertEquals(ReportFailure.Reason.INVALID_REQUEST, e.reason());
            assertTrue(e.getMessage().contains("730 days"), e.getMessage());
            assertTrue(yelp.asked.isEmpty());
        }
    }

    @Test
    void aKeyRefusedOnRequestStopsTheFetch() {
        try (var registry = HibernateProgramRegistry.inMemory("rep-key")) {
            FakeReports yelp = new FakeReports();
            yelp.failOnRequest = new ReportFailure(ReportFailure.Reason.KEY_REFUSED, "refused");
            ReportService service = service(registry.reportCache(), yelp);

            ReportFailure e = assertThrows(ReportFailure.class, () -> service.fetch(Granularity.DAILY,
                    DateRange.of(JUNE_1, JUNE_1), List.of("b1"), p -> { }));

            assertEquals(ReportFailure.Reason.KEY_REFUSED, e.reason());
            assertTrue(registry.reportCache().pending().isEmpty());
        }
    }

    @Test
    void sixHundredBusinessesOverOneHundredTwentyDaysAreAskedInFourRequestsWithinTheLimits() throws Exception {
        try (var registry = HibernateProgramRegistry.inMemory("rep-split")) {
            FakeReports yelp = new FakeReports();
            ReportService service = service(registry.reportCache(), yelp);
            List<String> many = java.util.stream.IntStream.range(0, 600).mapToObj(i -> "biz" + i).toList();
            DateRange range = DateRange.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 31));

            ReportService.Outcome out = service.fetch(Granularity.DAILY, range, many, p -> { });

            assertEquals(4, out.requestsSent());
            assertEquals(4, yelp.asked.size());
            for (FakeReports.Asked a : yelp.asked) {
                assertTrue(a.businessIds().size() <= ReportLimits.MAX_BUSINESSES);
                assertTrue(a.range().days() <= ReportLimits.MAX_DAILY_DAYS);
            }
            assertEquals(600 * 120, out.rowsReceived());
            assertTrue(registry.reportCache().missing(Granularity.DAILY, range, many).isEmpty());
        }
    }

    @Test
    void pendingRequestsSurviveARestartAndTheNextStartGoesOnPolling() throws Exception {
        Path db = dir.resolve("acct");
        DateRange range = DateRange.of(JUNE_1, JUNE_1.plusDays(2));
        FakeReports slow = new FakeReports();
        slow.notReadyPolls = Integer.MAX_VALUE;
        try (var registry = HibernateProgramRegistry.open(db)) {
            ReportService service = service(registry.reportCache(), slow);
            Threads worker = new Threads("test-worker");
            threads.add(worker);
            var task = worker.singleThread("fetch").submit(() -> service.fetch(Granularity.DAILY, range, List.of("b1"), p -> { }));
            while (registry.reportCache().pending().isEmpty() || slow.polls.get() < 2) {
                Thread.sleep(5);
            }
            task.cancel(true); // the app closes while Yelp is still building
            worker.close();
            worker.awaitTermination(Duration.ofSeconds(5));
        }
        String reportId;
        try (var registry = HibernateProgramRegistry.open(db)) {
            List<PendingReport> stored = registry.reportCache().pending();
            assertEquals(1, stored.size(), "the request Yelp is building is still stored");
            reportId = stored.getFirst().reportId();
            assertEquals(range, stored.getFirst().range());
            assertEquals(List.of("b1"), stored.getFirst().businessIds());

            FakeReports yelp = new FakeReports();
            yelp.know(reportId, Granularity.DAILY, range, List.of("b1"));
            ReportService next = service(registry.reportCache(), yelp);
            next.resumePending();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while ((next.requests().isEmpty() || next.requests().getFirst().state() != RequestState.DONE)
                    && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertTrue(registry.reportCache().pending().isEmpty(), "polled to the end after the restart");
            assertTrue(yelp.asked.isEmpty(), "no new request: the stored one was polled");
            List<FigureRow> rows = new ReportQuery(registry.reportCache()).load(Granularity.DAILY, range).rows();
            assertEquals(3, rows.size());
            assertEquals(RequestState.DONE, next.requests().getFirst().state());
        }
    }
}
