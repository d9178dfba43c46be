package io.adsdesk.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.adsdesk.model.report.DateRange;
import io.adsdesk.model.report.FigureRow;
import io.adsdesk.model.report.Granularity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Yelp's Reporting API v3 on the api host ({@code https://api.yelp.com}), with the account's
 * Bearer report key: asks for daily or monthly reports and fetches them. The same transport as the
 * partner API (deadline for the whole answer, size cap, no redirects, web pages and untrusted
 * certificates recognised) and the same retries (5xx, 429 and network errors, with backoff).
 * Every documented error code becomes a {@link ReportingException} in plain words. Blocking: call
 * on a worker.
 */
public final class ReportingClient {
    public static final String PRODUCTION_URL = "https://api.yelp.com";
    /** Metrics asked for: the per-program advertiser figures the cache keeps. */
    static final List<String> METRICS = List.of("billed_impressions", "billed_clicks", "ad_cost");
    private static final String BASE_PATH = "/v3/reporting/businesses/";
    /**
     * The largest report read: 500 businesses × 89 days with a few programs each is tens of MB of
     * JSON (some 20 MB), far more than any partner-API answer, so the partner cap is raised to this.
     */
    public static final long MAX_REPORT_BYTES = 64L * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(ReportingClient.class);

    private final ApiSettings settings;
    private final String authorization;
    private final ObjectMapper json = PartnerApiClient.jsonMapper();
    private final RetryPolicy retry;
    private final Transport transport;
    private final AtomicInteger requests = new AtomicInteger();

    public ReportingClient(ApiSettings settings, ReportingKey key) {
        if (settings.maxResponseBytes() == ApiSettings.DEFAULT_MAX_RESPONSE_BYTES) {
            settings = settings.withMaxResponseBytes(MAX_REPORT_BYTES).withRequestTimeout(
                    settings.requestTimeout().multipliedBy(4));
        }
        this.settings = settings;
        this.authorization = key.bearerAuthorization();
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.retry = new RetryPolicy(settings);
        this.transport = new Transport(http, settings, requests);
    }

    /** HTTP requests sent so far, retries included. */
    public int requestCount() {
        return requests.get();
    }

    /**
     * Asks for a report: {@code POST .../daily} with {@code YYYY-MM-DD} dates, or
     * {@code .../monthly} with {@code YYYY-MM}. Returns the report ID from the 202.
     */
    public String requestReport(Granularity granularity, DateRange range, List<String> businessIds)
            throws ReportingException, InterruptedException {
        if (businessIds.isEmpty()) {
            throw new IllegalArgumentException("no businesses");
        }
        ObjectNode body = json.createObjectNode();
        if (granularity == Granularity.DAILY) {
            body.put("start", range.from().toString());
            body.put("end", range.to().toString());
        } else {
            body.put("start", YearMonth.from(range.from()).toString());
            body.put("end", YearMonth.from(range.to()).toString());
        }
        ArrayNode ids = body.putArray("ids");
        businessIds.forEach(ids::add);
        ArrayNode metrics = body.putArray("metrics");
        METRICS.forEach(metrics::add);
        String path = BASE_PATH + path(granularity);
        HttpRequest request = builder(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
        Transport.Answer answer = call(path, request);
        if (answer.status() / 100 != 2) {
            throw ReportingErrors.classify(answer.status(), ErrorBody.parse(json, answer.text()), answer.text());
        }
        JsonNode root = readJson(answer);
        String id = text(root, "id");
        if (id == null) {
            id = text(root, "report_id");
        }
        if (id == null || id.isBlank()) {
            throw unexpected(answer, "Yelp accepted the report request but sent no report ID", null);
        }
        return id;
    }

    /**
     * Fetches a report: its rows when ready (200), empty while Yelp is still building it (202
     * {@code JOB_NOT_COMPLETE}).
     *
     * @throws ReportingException {@link ReportingException.Kind#JOB_FAILED} for 202 {@code JOB_FAILED}
     */
    public Optional<List<FigureRow>> fetchReport(Granularity granularity, String reportId)
            throws ReportingException, InterruptedException {
        if (reportId == null || reportId.isBlank()) {
            throw new IllegalArgumentException("an empty report ID");
        }
        String path = BASE_PATH + path(granularity) + "/" + URLEncoder.encode(reportId.strip(), StandardCharsets.UTF_8);
        Transport.Answer answer = call(path, builder(path).GET().build());
        int status = answer.status();
        if (status == 202) {
            ErrorBody error = ErrorBody.parse(json, answer.text());
            if (error.code() != null && error.code().toUpperCase(Locale.ROOT).equals("JOB_FAILED")) {
                throw ReportingErrors.classify(status, error, answer.text());
            }
            return Optional.empty();
        }
        if (status / 100 != 2) {
            throw ReportingErrors.classify(status, ErrorBody.parse(json, answer.text()), answer.text());
        }
        return Optional.of(parse(granularity, readJson(answer), answer));
    }

    private List<FigureRow> parse(Granularity granularity, JsonNode root, Transport.Answer answer) throws ReportingException {
        JsonNode data = root.path("data");
        if (!data.isArray()) {
            throw unexpected(answer, "Yelp sent a report without data", null);
        }
        List<FigureRow> rows = new ArrayList<>();
        try {
            for (JsonNode business : data) {
                String businessId = text(business, "business_id");
                if (businessId == null) {
                    continue;
                }
                for (JsonNode day : business.path("metrics")) {
                    LocalDate date = date(granularity, text(day, "date"));
                    for (JsonNode program : day.path("programs")) {
                        String programId = text(program, "program_id");
                        if (programId == null || date == null) {
                            continue;
                        }
                        rows.add(new FigureRow(granularity, date, businessId, programId, text(program, "program_type"),
                                count(program.path("billed_impressions")), count(program.path("billed_clicks")),
                                cents(program.path("ad_cost"))));
                    }
                }
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw unexpected(answer, "Yelp sent a report AdsDesk cannot read (" + ServerText.oneLine(e.getMessage()) + ")", e);
        }
        return rows;
    }

    private static LocalDate date(Granularity granularity, String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (granularity == Granularity.MONTHLY) {
            return YearMonth.parse(t.length() > 7 ? t.substring(0, 7) : t).atDay(1);
        }
        return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
    }

    private static long count(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return 0;
        }
        if (!n.isNumber() && !(n.isTextual() && n.asText().strip().matches("\\d+"))) {
            throw new IllegalArgumentException("a count that is not a whole number: " + n);
        }
        long v = n.isNumber() ? n.asLong() : Long.parseLong(n.asText().strip());
        if (v < 0) {
            throw new IllegalArgumentException("a negative count: " + v);
        }
        return v;
    }

    /** {@code ad_cost} as {@code {"cost": cents, "currency": "USD"}}, or a bare number of cents. */
    private static long cents(JsonNode n) {
        JsonNode cost = n.isObject() ? n.path("cost") : n;
        if (cost.isNumber() && !cost.isIntegralNumber()) {
            return Math.round(cost.asDouble());
        }
        return count(cost);
    }

    private Transport.Answer call(String path, HttpRequest request) throws ReportingException, InterruptedException {
        try {
            return retry.run(path, () -> exchange(request));
        } catch (PartnerApiException e) {
            throw translate(e);
        }
    }

    /** One exchange; 5xx and 429 are thrown (so they are retried), every other answer returned. */
    private Transport.Answer exchange(HttpRequest request) throws PartnerApiException, InterruptedException {
        Transport.Answer answer;
        try {
            answer = transport.exchange(request);
        } catch (IOException e) {
            PartnerApiException hostile = transport.failure(e);
            throw hostile != null ? hostile : new PartnerApiException(PartnerApiException.Kind.UNAVAILABLE, 0, null,
                    "Could not reach Yelp's Reporting API at " + settings.baseUrl().getHost() + ": "
                            + PartnerApiClient.describe(e), null, e);
        }
        LOG.debug("{} {} -> {}", request.method(), request.uri().getRawPath(), answer.status());
        PartnerApiException webPage = Transport.webPage(answer);
        if (webPage != null) {
            throw webPage;
        }
        if (answer.status() >= 500 || answer.status() == 429) {
            throw ResponseErrors.classify(json, answer.status(), answer.text(), answer.headers());
        }
        return answer;
    }

    private ReportingException translate(PartnerApiException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().replace("the partner API", "Yelp's Reporting API")
                .replace("The partner API", "Yelp's Reporting API").replace("not the partner API", "not Yelp's Reporting API");
        if (e.httpStatus() == 429 || e.httpStatus() >= 500) {
            return ReportingErrors.classify(e.httpStatus(), ErrorBody.parse(json, e.rawBody()), e.rawBody());
        }
        ReportingException.Kind kind = switch (e.kind()) {
            case UNTRUSTED_SERVER -> ReportingException.Kind.UNTRUSTED_SERVER;
            case UNEXPECTED_RESPONSE -> ReportingException.Kind.UNEXPECTED_RESPONSE;
            default -> ReportingException.Kind.UNAVAILABLE;
        };
        return new ReportingException(kind, e.httpStatus(), e.errorCode(), message, e.rawBody(), e);
    }

    private JsonNode readJson(Transport.Answer answer) throws ReportingException {
        try {
            JsonNode root = json.readTree(answer.body());
            if (root == null || !root.isObject()) {
                throw unexpected(answer, "Yelp's Reporting API sent an answer that is not a JSON object", null);
            }
            return root;
        } catch (IOException e) {
            throw unexpected(answer, "Yelp's Reporting API sent an answer that is not valid JSON", e);
        }
    }

    private static ReportingException unexpected(Transport.Answer answer, String message, Throwable cause) {
        return new ReportingException(ReportingException.Kind.UNEXPECTED_RESPONSE, answer.status(), null, message,
                answer.text(), cause);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    private HttpRequest.Builder builder(String path) {
        return HttpRequest.newBuilder(URI.create(settings.baseUrl() + path))
                .timeout(settings.requestTimeout())
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .header("User-Agent", settings.userAgent());
    }

    private static String path(Granularity granularity) {
        return granularity == Granularity.DAILY ? "daily" : "monthly";
    }
}
