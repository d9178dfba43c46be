package io.adsdesk.api;

import com.sun.net.httpserver.HttpServer;
import io.adsdesk.model.report.DateRange;
import io.adsdesk.model.report.FigureRow;
import io.adsdesk.model.report.Granularity;
import io.adsdesk.sandbox.ReportingKnobs;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportingClientTest {
    private SandboxServer sandbox;
    private HttpServer stub;

    @BeforeEach
    void start() throws IOException {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(60).withBusinesses(20));
        sandbox.reporting().buildDelay(Duration.ofMillis(300));
    }

    @AfterEach
    void stop() {
        sandbox.close();
        if (stub != null) {
            stub.stop(0);
        }
    }

    private ReportingClient client(String url, String key) {
        return new ReportingClient(ApiSettings.defaults(url).withRetries(3, Duration.ofMillis(1), Duration.ofMillis(5)),
                new ReportingKey(key.toCharArray()));
    }

    private ReportingClient client() {
        return client(sandbox.baseUrl(), ReportingKnobs.DEFAULT_KEY);
    }

    private List<String> businesses() {
        return sandbox.account().businesses().stream().map(b -> b.id()).toList();
    }

    private DateRange lastDays(int days) {
        LocalDate yesterday = sandbox.account().today().minusDays(1);
        return DateRange.of(yesterday.minusDays(days - 1), yesterday);
    }

    @Test
    void aDailyReportIsPolledThroughNotCompleteAnswersUntilItArrives() throws Exception {
        ReportingClient client = client();
        String id = client.requestReport(Granularity.DAILY, lastDays(7), businesses());

        Optional<List<FigureRow>> first = client.fetchReport(Granularity.DAILY, id);
        assertTrue(first.isEmpty(), "202 JOB_NOT_COMPLETE while building");
        List<FigureRow> rows = null;
        for (int i = 0; i < 200 && rows == null; i++) {
            Thread.sleep(20);
            rows = client.fetchReport(Granularity.DAILY, id).orElse(null);
        }
        assertTrue(rows != null && !rows.isEmpty(), "the report arrives after the build delay");
        assertTrue(rows.stream().allMatch(r -> lastDays(7).contains(r.date())));
        assertTrue(rows.stream().anyMatch(r -> r.adCostCents() > 0));
        List<FigureRow> again = client.fetchReport(Granularity.DAILY, id).orElseThrow();
        assertEquals(rows, again, "the sandbox's figures are deterministic");
    }

    @Test
    void aMonthlyReportIsDatedTheFirstOfEachMonth() throws Exception {
        sandbox.reporting().buildDelay(Duration.ZERO);
        LocalDate today = sandbox.account().today();
        DateRange range = DateRange.of(today.minusMonths(2).withDayOfMonth(1), today.minusMonths(1).withDayOfMonth(1));
        ReportingClient client = client();
        String id = client.requestReport(Granularity.MONTHLY, range, businesses());
        List<FigureRow> rows = client.fetchReport(Granularity.MONTHLY, id).orElseThrow();
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> r.date().getDayOfMonth() == 1 && r.granularity() == Granularity.MONTHLY));
    }

    @Test
    void theSandboxRefusesWhatBreaksALimitAndTheClientSaysWhy() {
        ReportingClient client = client();
        List<String> tooMany = IntStream.range(0, 501).mapToObj(i -> "b" + i).toList();
        ReportingException many = assertThrows(ReportingException.class,
                () -> client.requestReport(Granularity.DAILY, lastDays(3), tooMany));
        assertEquals(413, many.httpStatus());
        assertEquals("NUMBER_OF_BUSINESS_LIMIT_ERROR", many.errorCode());
        assertEquals(ReportingException.Kind.INVALID_REQUEST, many.kind());
        assertTrue(many.getMessage().startsWith("Yelp takes at most 500 businesses"), many.getMessage());

        ReportingException range = assertThrows(ReportingException.class,
                () -> client.requestReport(Granularity.DAILY, lastDays(90), businesses()));
        assertEquals("MAX_NUM_OF_DAILY_RANGE_ERROR", range.errorCode());

        LocalDate old = sandbox.account().today().minusDays(800);
        ReportingException lookback = assertThrows(ReportingException.class,
                () -> client.requestReport(Granularity.DAILY, DateRange.of(old, old.plusDays(3)), businesses()));
        assertEquals("MAX_NUM_OF_DAILY_LOOKBACK_ERROR", lookback.errorCode());

        LocalDate month = sandbox.account().today().minusMonths(5).withDayOfMonth(1);
        ReportingException months = assertThrows(ReportingException.class,
                () -> client.requestReport(Granularity.MONTHLY, DateRange.of(month, month.plusMonths(3)), businesses()));
        assertEquals("MAX_NUM_OF_MONTHS_RANGE_ERROR", months.errorCode());
    }

    @Test
    void aWrongKeyUnknownReportOtherGranularityAndFailedJobEachSayWhatHappened() throws Exception {
        ReportingException key = assertThrows(ReportingException.class,
                () -> client(sandbox.baseUrl(), "wrong").requestReport(Granularity.DAILY, lastDays(2), businesses()));
        assertEquals(ReportingException.Kind.KEY_REFUSED, key.kind());
        assertFalse(key.getMessage().contains("wrong"), "the key never appears in a message");

        ReportingClient client = client();
        ReportingException unknown = assertThrows(ReportingException.class,
                () -> client.fetchReport(Granularity.DAILY, "no-such-report"));
        assertEquals("INVALID_REPORT_ID", unknown.errorCode());

        String id = client.requestReport(Granularity.DAILY, lastDays(2), businesses());
        ReportingException granularity = assertThrows(ReportingException.class,
                () -> client.fetchReport(Granularity.MONTHLY, id));
        assertEquals("REPORT_GRANULARITY_ERROR", granularity.errorCode());

        sandbox.reporting().jobsFail(true).buildDelay(Duration.ZERO);
        String failing = client.requestReport(Granularity.DAILY, lastDays(2), businesses());
        ReportingException failed = assertThrows(ReportingException.class, () -> client.fetchReport(Granularity.DAILY, failing));
        assertEquals(ReportingException.Kind.JOB_FAILED, failed.kind());
        assertTrue(failed.getMessage().startsWith("Yelp could not build the report"), failed.getMessage());
    }

    @Test
    void serverErrorsAreRetriedAndAWebPageIsRecognised() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        stub.createContext("/", ex -> {
            int n = calls.incrementAndGet();
            byte[] body = (n < 3 ? "{\"error\":{\"code\":\"INTERNAL\"}}" : "{\"id\":\"abc\"}").getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(n < 3 ? 503 : 202, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        stub.start();
        String url = "http://127.0.0.1:" + stub.getAddress().getPort();
        assertEquals("abc", client(url, "k").requestReport(Granularity.DAILY, lastDays(1), List.of("b")));
        assertEquals(3, calls.get(), "two 503s retried");

        stub.removeContext("/");
        stub.createContext("/", ex -> {
            byte[] body = "<html><body>Sign in</body></html>".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        ReportingException page = assertThrows(ReportingException.class,
                () -> client(url, "k").fetchReport(Granularity.DAILY, "abc"));
        assertEquals(ReportingException.Kind.UNAVAILABLE, page.kind());
        assertTrue(page.getMessage().contains("web page"), page.getMessage());
    }

    @Test
    void aReportThatIsNotOneIsAnUnexpectedResponseNotACrash() throws Exception {
        stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String[] body = {"{\"data\":[{\"business_id\":\"b\",\"metrics\":[{\"date\":\"2026-06-01\",\"programs\":"
                + "[{\"program_id\":\"p\",\"billed_clicks\":-4}]}]}]}"};
        stub.createContext("/", ex -> {
            byte[] b = body[0].getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        stub.start();
        ReportingClient client = client("http://127.0.0.1:" + stub.getAddress().getPort(), "k");

        ReportingException negative = assertThrows(ReportingException.class, () -> client.fetchReport(Granularity.DAILY, "r"));
        assertEquals(ReportingException.Kind.UNEXPECTED_RESPONSE, negative.kind());
        body[0] = "{\"report_id\":\"r\"}";
        assertEquals(ReportingException.Kind.UNEXPECTED_RESPONSE,
                assertThrows(ReportingException.class, () -> client.fetchReport(Granularity.DAILY, "r")).kind());
        body[0] = "[1,2";
        assertEquals(ReportingException.Kind.UNEXPECTED_RESPONSE,
                assertThrows(ReportingException.class, () -> client.fetchReport(Granularity.DAILY, "r")).kind());
        body[0] = "{\"data\":[{\"business_id\":\"b\",\"metrics\":[{\"date\":\"2026-06-01\",\"programs\":"
                + "[{\"program_id\":\"p\",\"program_type\":\"CPC\",\"billed_impressions\":\"12\",\"ad_cost\":{\"cost\":250}}]}]}]}";
        assertEquals(List.of(new FigureRow(Granularity.DAILY, LocalDate.of(2026, 6, 1), "b", "p", "CPC", 12, 0, 250)),
                client.fetchReport(Granularity.DAILY, "r").orElseThrow(), "lenient: a count as text, missing clicks as 0");
    }

    @ParameterizedTest
    @CsvSource({
            "401, UNAUTHORIZED_API_KEY, KEY_REFUSED, Yelp refused the report key",
            "401, TOKEN_INVALID, KEY_REFUSED, Yelp refused the report key",
            "403, AUTHORIZATION_ERROR, NO_ACCESS, The report key may not report",
            "403, , NO_ACCESS, The report key may not use the Reporting API",
            "413, NUMBER_OF_BUSINESS_LIMIT_ERROR, INVALID_REQUEST, Yelp takes at most 500 businesses",
            "400, MAX_NUM_OF_DAILY_RANGE_ERROR, INVALID_REQUEST, A daily report request covers at most 89 days",
            "400, MAX_NUM_OF_DAILY_LOOKBACK_ERROR, INVALID_REQUEST, Yelp reports reach back at most 730 days",
            "400, MAX_NUM_OF_MONTHS_RANGE_ERROR, INVALID_REQUEST, A monthly report request covers at most 3 months",
            "400, END_DATE_EARLIER_THAN_START_DATE, INVALID_REQUEST, The end date is before the start date",
            "400, VALIDATION_ERROR, INVALID_REQUEST, Yelp found the report request invalid",
            "400, INVALID_REQUEST, INVALID_REQUEST, Yelp found the report request invalid",
            "400, INVALID_REPORT_ID, INVALID_REQUEST, Yelp does not know this report",
            "400, REPORT_GRANULARITY_ERROR, INVALID_REQUEST, The report was asked for as daily",
            "202, JOB_FAILED, JOB_FAILED, Yelp could not build the report",
            "429, TOO_MANY_REQUESTS_PER_SECOND, RATE_LIMITED, Yelp is receiving too many report requests",
            "429, ACCESS_LIMIT_REACHED, RATE_LIMITED, The report key reached its daily limit",
            "500, , UNAVAILABLE, Yelp's Reporting API is not working right now"
    })
    void everyDocumentedErrorCodeBecomesPlainWords(int status, String code, ReportingException.Kind kind, String words) {
        ReportingException e = ReportingErrors.classify(status, new ErrorBody(code, "server text"), "{}");
        assertEquals(kind, e.kind());
        assertTrue(e.getMessage().startsWith(words), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
