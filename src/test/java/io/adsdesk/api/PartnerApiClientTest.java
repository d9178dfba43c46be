package io.adsdesk.api;

import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartnerApiClientTest {
    private SandboxServer sandbox;

    @BeforeEach
    void start() throws IOException {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(100).withBusinesses(5).withSeed(3));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private PartnerApiClient client(String password, int attempts) {
        ApiSettings settings = ApiSettings.defaults(sandbox.baseUrl())
                .withRetries(attempts, Duration.ofMillis(5), Duration.ofMillis(20));
        return new PartnerApiClient(settings, new Credentials("demo", password.toCharArray()));
    }

    private PartnerApiClient client() {
        return client(SandboxConfig.DEFAULT_PASSWORD, 3);
    }

    @Test
    void listAllPageReadsTheDocumentedEnvelope() throws Exception {
        ProgramPageDto page = client().listAllPage(40, 40);

        assertEquals(100, page.total());
        assertEquals(40, page.offset());
        assertEquals(40, page.paymentPrograms().size());
        ProgramDto p = page.paymentPrograms().getFirst();
        assertTrue(p.programId().matches("[A-Za-z0-9_-]{22}"));
        assertNotNull(p.programMetrics());
        assertFalse(p.businesses().isEmpty());
    }

    @Test
    void businessInfoGivesNames() throws Exception {
        String id = client().listAllPage(0, 1).paymentPrograms().getFirst().businesses().getFirst().yelpBusinessId();

        List<BusinessInfoDto> info = client().businessInfo(List.of(id));

        assertEquals(1, info.size());
        assertEquals(id, info.getFirst().yelpBusinessId());
        assertNotNull(info.getFirst().name());
    }

    @Test
    void programInfoReportsUnknownIdsAsErrors() throws Exception {
        String known = client().listAllPage(0, 1).paymentPrograms().getFirst().programId();

        ProgramInfoDto info = client().programInfo(List.of(known, "AAAAAAAAAAAAAAAAAAAAAA"));

        assertEquals(1, info.programs().size());
        assertEquals(known, info.programs().getFirst().programId());
        assertEquals(1, info.errors().size());
    }

    @Test
    void refusedCredentialsAreNotRetried() {
        PartnerApiException e = assertThrows(PartnerApiException.class, () -> client("nope", 5).listAllPage(0, 40));

        assertEquals(PartnerApiException.Kind.CREDENTIALS_REFUSED, e.kind());
        assertEquals(401, e.httpStatus());
        assertEquals("401_UNAUTHORIZED", e.errorCode());
        assertEquals(1, sandbox.stats().requests());
    }

    @Test
    void serverErrorsAreRetriedThenReportedAsUnavailable() {
        sandbox.knobs().error500Rate(1.0);

        PartnerApiException e = assertThrows(PartnerApiException.class, () -> client(SandboxConfig.DEFAULT_PASSWORD, 4).listAllPage(0, 40));

        assertEquals(PartnerApiException.Kind.UNAVAILABLE, e.kind());
        assertEquals(500, e.httpStatus());
        assertEquals(4, sandbox.stats().requests());
    }

    @Test
    void connectionResetsAreRetriedThenReportedAsUnavailable() {
        sandbox.knobs().resetRate(1.0);

        PartnerApiException e = assertThrows(PartnerApiException.class, () -> client().listAllPage(0, 40));

        assertEquals(PartnerApiException.Kind.UNAVAILABLE, e.kind());
        assertEquals(0, e.httpStatus());
    }

    @Test
    void malformedJsonIsRetriedThenReportedAsUnexpected() {
        sandbox.knobs().malformedRate(1.0);

        PartnerApiException e = assertThrows(PartnerApiException.class, () -> client().listAllPage(0, 40));

        assertEquals(PartnerApiException.Kind.UNEXPECTED_RESPONSE, e.kind());
        assertNotNull(e.rawBody(), "the raw body is kept for support");
        assertEquals(3, sandbox.stats().requests());
    }

    @Test
    void aSlowServerTimesOut() {
        sandbox.knobs().latencyMs(3000);
        ApiSettings settings = ApiSettings.defaults(sandbox.baseUrl()).withRequestTimeout(Duration.ofMillis(200))
                .withRetries(1, Duration.ofMillis(5), Duration.ofMillis(5));
        PartnerApiClient client = new PartnerApiClient(settings, new Credentials("demo", SandboxConfig.DEFAULT_PASSWORD.toCharArray()));

        PartnerApiException e = assertThrows(PartnerApiException.class, () -> client.listAllPage(0, 40));

        assertEquals(PartnerApiException.Kind.UNAVAILABLE, e.kind());
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheServersWait() throws Exception {
        sandbox.knobs().maxConcurrent(1);
        sandbox.knobs().latencyMs(300);
        PartnerApiClient client = client(SandboxConfig.DEFAULT_PASSWORD, 5);
        try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
            List<Future<ProgramPageDto>> pages = List.of(
                    pool.submit(() -> client.listAllPage(0, 40)),
                    pool.submit(() -> client.listAllPage(40, 40)),
                    pool.submit(() -> client.listAllPage(80, 40)));
            for (Future<ProgramPageDto> f : pages) {
                assertEquals(100, f.get().total());
            }
        }
        assertTrue(sandbox.stats().tooManyRequestsInjected() > 0);
    }

    @Test
    void anUnreachableHostIsUnavailable() {
        ApiSettings settings = ApiSettings.defaults("http://127.0.0.1:1").withRetries(2, Duration.ofMillis(5), Duration.ofMillis(5));
        PartnerApiClient client = new PartnerApiClient(settings, new Credentials("demo", "x".toCharArray()));

        PartnerApiException e = assertThrows(PartnerApiException.class, () -> client.listAllPage(0, 40));

        assertEquals(PartnerApiException.Kind.UNAVAILABLE, e.kind());
        assertEquals(2, client.requestCount());
    }

    @Test
    void credentialsNeverShowTheirPassword() {
        Credentials c = new Credentials("alice", "s3cret-Pa55".toCharArray());
        assertFalse(c.toString().contains("s3cret"));
    }

    @Test
    void retryAfterWinsOverBackoffButIsCapped() {
        RetryPolicy policy = new RetryPolicy(ApiSettings.defaults("http://127.0.0.1"));
        assertTrue(policy.delay(1, Duration.ofSeconds(2)).toMillis() >= 2000);
        assertTrue(policy.delay(1, Duration.ofHours(1)).compareTo(RetryPolicy.MAX_RETRY_AFTER.plusSeconds(1)) < 0);
        assertTrue(policy.delay(10, null).toMillis() <= 8000);
    }
}
