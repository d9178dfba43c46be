package io.adsdesk.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The partner API's write side: create/edit/end (POST, parameters in the query string, no body,
 * answering {@code {"job_id"}}), pause/resume (202, empty body) and job status.
 *
 * <p><b>Retries.</b> A POST that may have reached the server is never repeated blindly: a repeated
 * create makes a second program. A write is retried only when the request provably did not reach
 * the server (the connection could not be opened) or when the server explicitly asked for a retry
 * ({@code 429} or {@code 503} carrying {@code Retry-After}). A 5xx without Retry-After, a timeout,
 * or a connection dropped after the request was sent is reported at once, with a message saying
 * the write may or may not have been applied. Status polls are GETs and keep the usual rules.
 */
final class WriteCalls {
    private static final Logger LOG = LoggerFactory.getLogger(WriteCalls.class);
    private static final String CREATE = "/v1/reseller/program/create";

    private final ApiSettings settings;
    private final String authorization;
    private final Transport transport;
    private final ObjectMapper json;
    private final RetryPolicy retry;

    WriteCalls(ApiSettings settings, String authorization, Transport transport, ObjectMapper json, RetryPolicy retry) {
        this.settings = settings;
        this.authorization = authorization;
        this.transport = transport;
        this.json = json;
        this.retry = retry;
    }

    String create(CreateRequest request) throws PartnerApiException, InterruptedException {
        return jobId(CREATE, request.parameters());
    }

    String edit(String programId, EditRequest request) throws PartnerApiException, InterruptedException {
        return jobId("/v1/reseller/program/" + segment(programId) + "/edit", request.parameters());
    }

    String end(String programId) throws PartnerApiException, InterruptedException {
        return jobId("/v1/reseller/program/" + segment(programId) + "/end", Map.of());
    }

    void pauseOrResume(String programId, boolean pause) throws PartnerApiException, InterruptedException {
        String path = "/program/" + segment(programId) + (pause ? "/pause/v1" : "/resume/v1");
        retry.run(path, () -> exchange(post(path)), WriteCalls::safeToRepeat);
    }

    Receipt status(String jobId) throws PartnerApiException, InterruptedException {
        String path = "/v1/reseller/status/" + segment(jobId);
        HttpRequest request = builder(path).header("Accept", "application/json").GET().build();
        Transport.Answer response = retry.run(path, () -> exchange(request));
        if (response.status() == 202) {
            return Receipt.processing(response.text());
        }
        try {
            return Receipt.parse(response.text());
        } catch (IllegalArgumentException e) {
            throw new PartnerApiException(PartnerApiException.Kind.UNEXPECTED_RESPONSE, response.status(), null,
                    "The job status is not a receipt Adsdesk can read", response.text(), e);
        }
    }

    private String jobId(String path, Map<String, List<String>> params) throws PartnerApiException, InterruptedException {
        String query = QueryString.encode(params);
        HttpRequest request = post(query.isEmpty() ? path : path + "?" + query);
        Transport.Answer response = retry.run(path, () -> exchange(request), WriteCalls::safeToRepeat);
        try {
            JsonNode id = json.readTree(response.text()).path("job_id");
            if (id.isTextual() && !id.asText().isBlank()) {
                return id.asText();
            }
        } catch (IOException | RuntimeException notJson) {
            // reported below
        }
        throw new PartnerApiException(PartnerApiException.Kind.UNEXPECTED_RESPONSE, response.status(), null,
                "The partner API accepted the write but sent no job_id; check the program before trying again",
                response.text(), null);
    }

    /** Only failures that prove the write was not processed: no connection, or an explicit Retry-After. */
    static boolean safeToRepeat(PartnerApiException e) {
        if (e.httpStatus() == 0) {
            Throwable cause = e.getCause();
            return cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException;
        }
        return (e.httpStatus() == 429 || e.httpStatus() == 503) && e.retryAfter != null;
    }

    private HttpRequest post(String pathAndQuery) {
        return builder(pathAndQuery).POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    HttpRequest.Builder builder(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(settings.baseUrl() + pathAndQuery))
                .timeout(settings.requestTimeout())
                .header("Authorization", authorization)
                .header("User-Agent", settings.userAgent());
    }

    Transport.Answer exchange(HttpRequest request) throws PartnerApiException, InterruptedException {
        Transport.Answer response;
        try {
            response = transport.exchange(request);
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw new PartnerApiException(PartnerApiException.Kind.UNAVAILABLE, 0, null,
                    "Could not connect to the partner API at " + settings.baseUrl().getHost(), null, e);
        } catch (IOException e) {
            PartnerApiException hostile = transport.failure(e);
            boolean post = request.method().equals("POST");
            if (hostile != null && (!post || hostile.kind() == PartnerApiException.Kind.UNTRUSTED_SERVER)) {
                throw hostile; // an untrusted server was sent nothing, so the write was not applied
            }
            String doubt = post
                    ? "; the change may or may not have been applied, so check the program before trying again" : "";
            String what = hostile != null ? hostile.getMessage() : "The connection to the partner API failed ("
                    + e.getClass().getSimpleName() + ")";
            throw new PartnerApiException(PartnerApiException.Kind.UNAVAILABLE, 0, null, what + doubt, null, e);
        }
        int status = response.status();
        LOG.debug("{} {} -> {}", request.method(), request.uri().getRawPath(), status);
        PartnerApiException webPage = Transport.webPage(response);
        if (webPage != null) {
            throw webPage;
        }
        if (status / 100 != 2) {
            throw ResponseErrors.classify(json, status, response.text(), response.headers());
        }
        return response;
    }

    private static String segment(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an empty ID");
        }
        return URLEncoder.encode(id.trim(), StandardCharsets.UTF_8);
    }
}
