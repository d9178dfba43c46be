package io.adsdesk.sandbox;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Yelp's Reporting API v3 on the api host (partner-api.md §2.11, §6.6): {@code POST
 * /v3/reporting/businesses/{daily|monthly}} answers 202 {@code {"id"}} after checking the Bearer
 * key and every documented limit; {@code GET .../{daily|monthly}/{id}} answers 202
 * {@code JOB_NOT_COMPLETE} until the build delay passed, then 200 with figures per business, day
 * and program ({@link SandboxFigures}), or 202 {@code JOB_FAILED} when the knob says so.
 */
final class ReportingHandler implements HttpHandler {
    static final String PREFIX = "/v3/reporting/businesses/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_IDS = 500;
    private static final int MAX_DAYS = 89;
    private static final int MAX_MONTHS = 3;
    private static final int LOOKBACK_DAYS = 730;

    private record Report(boolean daily, LocalDate start, LocalDate end, List<String> ids, Instant readyAt, boolean fails) {
    }

    private final SandboxAccount account;
    private final ReportingKnobs knobs;
    private final Clock clock;
    private final Map<String, Report> reports = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    ReportingHandler(SandboxAccount account, ReportingKnobs knobs, Clock clock) {
        this.account = account;
        this.knobs = knobs;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Reply reply = answer(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"), body);
            if (reply.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            }
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            if (reply.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        }
    }

    Reply answer(String method, String path, String authorization, byte[] body) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return Reply.error(401, "UNAUTHORIZED_API_KEY", "The access token provided is not valid.");
        }
        if (!authorization.substring("Bearer ".length()).strip().equals(knobs.key())) {
            return Reply.error(401, "TOKEN_INVALID", "Invalid access token or authorization header.");
        }
        String rest = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : "";
        String[] parts = rest.split("/");
        boolean daily = parts[0].equals("daily");
        if (!daily && !parts[0].equals("monthly")) {
            return Reply.error(404, "NOT_FOUND", "Resource could not be found.");
        }
        if (parts.length == 1 && method.equals("POST")) {
            knobs.countRequest();
            return create(daily, body);
        }
        if (parts.length == 2 && method.equals("GET")) {
            knobs.countPoll();
            return fetch(daily, parts[1]);
        }
        return Reply.error(405, "METHOD_NOT_ALLOWED", method + " is not allowed on " + path);
    }

    private Reply create(boolean daily, byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            return Reply.error(400, "VALIDATION_ERROR", "The request body is not valid JSON.");
        }
        if (root == null || !root.isObject() || !root.path("ids").isArray() || !root.path("start").isTextual()
                || !root.path("end").isTextual()) {
            return Reply.error(400, "VALIDATION_ERROR", "start, end and ids are required.");
        }
        List<String> ids = new ArrayList<>();
        root.path("ids").forEach(n -> ids.add(n.asText()));
        if (ids.isEmpty()) {
            return Reply.error(400, "VALIDATION_ERROR", "ids must not be empty.");
        }
        if (ids.size() > MAX_IDS) {
            return Reply.error(413, "NUMBER_OF_BUSINESS_LIMIT_ERROR", "The number of businesses exceeds the limit of 500.");
        }
        LocalDate start;
        LocalDate end;
        try {
            if (daily) {
                start = LocalDate.parse(root.path("start").asText());
                end = LocalDate.parse(root.path("end").asText());
            } else {
                start = YearMonth.parse(root.path("start").asText()).atDay(1);
                end = YearMonth.parse(root.path("end").asText()).atEndOfMonth();
            }
        } catch (DateTimeParseException e) {
            return Reply.error(400, "VALIDATION_ERROR", "Dates must be " + (daily ? "YYYY-MM-DD." : "YYYY-MM."));
        }
        if (end.isBefore(start)) {
            return Reply.error(400, "END_DATE_EARLIER_THAN_START_DATE", "The end date is earlier than the start date.");
        }
        LocalDate today = account.today();
        if (daily && ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            return Reply.error(400, "MAX_NUM_OF_DAILY_RANGE_ERROR", "The date range exceeds the maximum of 89 days.");
        }
        if (!daily && ChronoUnit.MONTHS.between(start, end.withDayOfMonth(1)) + 1 > MAX_MONTHS) {
            return Reply.error(400, "MAX_NUM_OF_MONTHS_RANGE_ERROR", "The range exceeds the maximum of 3 months.");
        }
        if (start.isBefore(today.minusDays(LOOKBACK_DAYS))) {
            return Reply.error(400, "MAX_NUM_OF_DAILY_LOOKBACK_ERROR", "The start date is more than 730 days ago.");
        }
        byte[] raw = new byte[16];
        random.nextBytes(raw);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        reports.put(id, new Report(daily, start, end, List.copyOf(ids), clock.instant().plus(knobs.buildDelay()),
                knobs.jobsFail()));
        return Reply.json(202, Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeEndObject();
        }));
    }

    private Reply fetch(boolean daily, String id) {
        Report report = reports.get(id);
        if (report == null) {
            return Reply.error(400, "INVALID_REPORT_ID", "The report ID is invalid.");
        }
        if (report.daily() != daily) {
            return Reply.error(400, "REPORT_GRANULARITY_ERROR", "The report ID does not match the report granularity.");
        }
        if (clock.instant().isBefore(report.readyAt())) {
            return Reply.error(202, "JOB_NOT_COMPLETE", "Job Not Complete.");
        }
        if (report.fails()) {
            return Reply.error(202, "JOB_FAILED", "Job Failed.");
        }
        return Reply.json(200, Json.write(g -> body(g, id, report)));
    }

    private void body(JsonGenerator g, String id, Report report) throws IOException {
        LocalDate lastPublished = account.today().minusDays(1);
        List<SandboxProgram> programs = account.programs();
        Map<String, List<SandboxProgram>> byBusiness = new java.util.HashMap<>();
        for (SandboxProgram p : programs) {
            if (!p.businessIds().isEmpty()) {
                byBusiness.computeIfAbsent(p.businessIds().get(0), k -> new ArrayList<>()).add(p);
            }
        }
        List<String> invalid = new ArrayList<>();
        g.writeStartObject();
        g.writeStringField("report_id", id);
        g.writeArrayFieldStart("data");
        for (String business : report.ids()) {
            if (account.business(business).isEmpty()) {
                invalid.add(business);
                continue;
            }
            List<SandboxProgram> own = byBusiness.getOrDefault(business, List.of());
            g.writeStartObject();
            g.writeStringField("business_id", business);
            g.writeArrayFieldStart("metrics");
            LocalDate last = report.end().isAfter(lastPublished) ? lastPublished : report.end();
            if (report.daily()) {
                for (LocalDate d = report.start(); !d.isAfter(last); d = d.plusDays(1)) {
                    writePeriod(g, d.toString(), own, d, d);
                }
            } else {
                for (LocalDate m = report.start(); !m.isAfter(last); m = m.plusMonths(1)) {
                    LocalDate to = m.withDayOfMonth(m.lengthOfMonth());
                    writePeriod(g, YearMonth.from(m).toString(), own, m, to.isAfter(last) ? last : to);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("errors");
        g.writeArrayFieldStart("inactive_ids");
        g.writeEndArray();
        g.writeArrayFieldStart("invalid_ids");
        for (String b : invalid) {
            g.writeString(b);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("unauthorized_ids");
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writePeriod(JsonGenerator g, String date, List<SandboxProgram> programs, LocalDate from, LocalDate to)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("date", date);
        g.writeArrayFieldStart("programs");
        for (SandboxProgram p : programs) {
            long impressions = 0;
            long clicks = 0;
            long cost = 0;
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                SandboxFigures.Day day = SandboxFigures.of(p, d);
                impressions += day.impressions();
                clicks += day.clicks();
                cost += day.costCents();
            }
            if (impressions == 0 && cost == 0) {
                continue;
            }
            g.writeStartObject();
            g.writeStringField("program_id", p.id());
            g.writeStringField("program_type", p.type());
            g.writeNumberField("billed_impressions", impressions);
            g.writeNumberField("billed_clicks", clicks);
            g.writeObjectFieldStart("ad_cost");
            g.writeNumberField("cost", cost);
            g.writeStringField("currency", p.currency() == null ? "USD" : p.currency());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
