package io.adsdesk.api;

import io.adsdesk.sandbox.HostileKnobs;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The client against a hostile server (the sandbox's hostile knobs): every call ends by its
 * deadline, reads no more than the cap, names a web page for what it is, and never hands on
 * terminal control characters from the server.
 */
@Timeout(60)
class HostileServerTest {
    /** Far beyond any deadline below; a hanging call would take much longer. */
    private static final long GENEROUS_MS = 20_000;

    private SandboxServer sandbox;
    private HostileKnobs hostile;

    @BeforeEach
    void start() throws IOException {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(100).withBusinesses(5).withSeed(3));
        hostile = sandbox.knobs().hostile();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private PartnerApiClient client(int attempts, Duration timeout) {
        ApiSettings settings = ApiSettings.defaults(sandbox.baseUrl()).withRequestTimeout(timeout)
                .withRetries(attempts, Duration.ofMillis(5), Duration.ofMillis(20));
        return new PartnerApiClient(settings, new Credentials("demo", SandboxConfig.DEFAULT_PASSWORD.toCharArray()));
    }

    @Test
    void aBodyThatTricklesInFailsAtTheDeadline() {
        hostile.trickleMs(100); // a 30 KB page would take almost an hour
        long started = System.nanoTime();

        PartnerApiException e = assertThrows(PartnerApiException.class,
                () -> client(2, Duration.ofMillis(800)).listAllPage(0, 40));

        assertEquals(PartnerApiException.Kind.UNAVAILABLE, e.kind());
        assertTrue(e.getMessage().contains("did not answer in full within 0.8 s"), e.getMessage());
        assertTrue(elapsedMs(started) < GENEROUS_MS, "took " + elapsedMs(started) + " ms");
        assertEquals(2, sandbox.stats().requests(), "a timeout is retried like any network failure");
    }

    @Test
    void aBodyThatNeverEndsFailsAtTheDeadline() {
        hostile.endlessBody(true);
        long started = System.nanoTime();

        PartnerApiException e = assertThrows(PartnerApiException.class,
                () -> client(1, Duration.ofMillis(800)).listAllPage(0, 40));

        assertEquals(PartnerApiException.Kind.UNAVAILABLE, e.kind());
        assertTrue(elapsedMs(started) < GENEROUS_MS, "took " + elapsedMs(started) + " ms");
    }

    @Test
    void aPageOfManyMegabytesIsAnUnexpectedResponseAndNotRetried() {
        hostile.padBytes(64L * 1024 * 1024);

        PartnerApiException e = assertThrows(PartnerApiException.class,
                () -> client(3, Duration.ofSeconds(30)).listAllPage(0, 40));

        assertEquals(PartnerApiException.Kind.UNEXPECTED_RESPONSE, e.kind());
        assertTrue(e.getMessage().contains("larger than 4096 KB"), e.getMessage());
        assertEquals(1, sandbox.stats().requests(), "another attempt cannot help");
    }

    @Test
    void anErrorBodyOfManyMegabytesIsAnUnexpectedResponse() {
        sandbox.knobs().error500Rate(1.0);
        hostile.padBytes(64L * 1024 * 1024);

        PartnerApiException e = assertThrows(PartnerApiException.class,
                () -> client(3, Duration.ofSeconds(30)).listAllPage(0, 40));

        assertEquals(PartnerApiException.Kind.UNEXPECTED_RESPONSE, e.kind());
        assertEquals(500, e.httpStatus());
        assertEquals(1, sandbox.stats().requests());
    }

    @Test
    void aPageJustUnderTheCapIsRead() throws Exception {
        hostile.padBytes(3L * 1024 * 1024);

        assertEquals(100, client(1, Duration.ofSeconds(30)).listAllPage(0, 40).total());
    }

    @Test
    void aSignInPageIsNamedForWhatItIsAndNotRetried() {
        hostile.webPage(true);

        PartnerApiException e = assertThrows(PartnerApiException.class,
                () -> client(3, Duration.ofSeconds(30)).listAllPage(0, 40));

        assertEquals(PartnerApiException.Kind.UNAVAILABLE, e.kind());
        assertEquals("The server answered with a web page, not the partner API (a proxy or sign-in page?)", e.getMessage());
        assertNotNull(e.rawBody(), "the page is kept for support");
        assertEquals(1, sandbox.stats().requests());
    }

    @Test
    void aSignInPageInsteadOfAWriteAnswerIsNamedToo() {
        hostile.webPage(true);

        PartnerApiException e = assertThrows(PartnerApiException.class,
                () -> client(3, Duration.ofSeconds(30)).jobStatus("some-job"));

        assertEquals(Transport.WEB_PAGE, e.getMessage());
    }

    @Test
    void aRedirectToASignInPageIsNamedAndNeverFollowed() throws Exception {
        java.util.concurrent.atomic.AtomicInteger followed = new java.util.concurrent.atomic.AtomicInteger();
        com.sun.net.httpserver.HttpServer portal = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getByName("127.0.0.1"), 0), 0);
        portal.createContext("/", exchange -> {
            if (exchange.getRequestURI().getPath().startsWith("/login")) {
                followed.incrementAndGet();
            }
            exchange.getResponseHeaders().set("Location", "/login?next=partner-api");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        portal.start();
        try {
            ApiSettings settings = ApiSettings.defaults("http://127.0.0.1:" + portal.getAddress().getPort())
                    .withRetries(3, Duration.ofMillis(5), Duration.ofMillis(20));
            PartnerApiClient client = new PartnerApiClient(settings, new Credentials("demo", "pw".toCharArray()));

            PartnerApiException e = assertThrows(PartnerApiException.class, () -> client.listAllPage(0, 40));

            assertEquals(Transport.WEB_PAGE, e.getMessage());
            assertEquals(1, client.requestCount(), "not retried");
            assertEquals(0, followed.get(), "the password never goes where a redirect points");
        } finally {
            portal.stop(0);
        }
    }

    @Test
    void escapeSequencesAndLineBreaksInAnErrorNeverReachTheMessage() {
        hostile.escapesInErrors(true);
        PartnerApiClient client = new PartnerApiClient(ApiSettings.defaults(sandbox.baseUrl()),
                new Credentials("demo", "wrong".toCharArray()));

        PartnerApiException e = assertThrows(PartnerApiException.class, () -> client.listAllPage(0, 40));

        assertEquals(PartnerApiException.Kind.CREDENTIALS_REFUSED, e.kind());
        assertPrintable(e.getMessage());
        assertPrintable(e.errorCode());
        assertTrue(e.getMessage().contains("Synced 1234 programs"), "the text stays visible, defused: " + e.getMessage());
        assertTrue(e.rawBody().toLowerCase(java.util.Locale.ROOT).contains("\\u001b"), "the raw body is kept as sent (JSON-escaped), for support");
    }

    @Test
    void escapeSequencesInAWriteErrorNeverReachTheMessage() {
        hostile.escapesInErrors(true);
        sandbox.knobs().pauseForbidden(true);

        PartnerApiException e = assertThrows(PartnerApiException.class,
                () -> client(1, Duration.ofSeconds(30)).pauseProgram("p1"));

        assertPrintable(e.getMessage());
    }

    static void assertPrintable(String text) {
        assertNotNull(text);
        assertFalse(text.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0), "control characters in: " + text);
        assertFalse(text.contains("\u2028") || text.contains("\u2029"), text);
    }

    private static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
