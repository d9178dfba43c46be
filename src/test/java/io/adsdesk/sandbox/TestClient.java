package io.adsdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A plain java.net.http client for the sandbox tests, with the demo credentials. */
final class TestClient {
    /** 2026-03-19 13:00 in California: a fixed Pacific "today". */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-19T20:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 19);
    static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;

    TestClient(SandboxServer server) {
        this.baseUrl = server.baseUrl();
    }

    static SandboxConfig config(int programs, int businesses) {
        return SandboxConfig.defaults().withPrograms(programs).withBusinesses(businesses).withClock(CLOCK);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .header("User-Agent", "AdsDesk-tests/1.0");
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return send(request(pathAndQuery).header("Authorization", basic("demo", "demo-password")).build());
    }

    CompletableFuture<HttpResponse<String>> getAsync(String pathAndQuery) {
        HttpRequest r = request(pathAndQuery).header("Authorization", basic("demo", "demo-password")).build();
        return http.sendAsync(r, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        return http.send(request, handler);
    }

    HttpResponse<String> post(String pathAndQuery) throws IOException, InterruptedException {
        return send(request(pathAndQuery).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** POST with the demo credentials and no body, as the partner API's writes are sent. */
    HttpResponse<String> postAuthed(String pathAndQuery) throws IOException, InterruptedException {
        return send(request(pathAndQuery).header("Authorization", basic("demo", "demo-password"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** GET, expect 200, parse the body. */
    JsonNode json(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = get(pathAndQuery);
        assertEquals(200, response.statusCode(), response.body());
        return MAPPER.readTree(response.body());
    }

    static JsonNode parse(String body) throws IOException {
        return MAPPER.readTree(body);
    }
}
