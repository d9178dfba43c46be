package io.adsdesk.update;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checker against a release feed on 127.0.0.1. */
class UpdateCheckerTest {
    private FeedServer feed;
    private ListAppender<ILoggingEvent> log;
    private Logger logger;
    private Level level;

    @BeforeEach
    void start() throws Exception {
        feed = new FeedServer();
        logger = (Logger) LoggerFactory.getLogger(UpdateChecker.class);
        level = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void stop() {
        logger.detachAppender(log);
        logger.setLevel(level);
        feed.close();
    }

    private Optional<Release> check(String running) throws InterruptedException {
        return new UpdateChecker(feed.url(), running).newerRelease();
    }

    private void assertNothingLoggedAboveDebug() {
        List<ILoggingEvent> loud = log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO)).toList();
        assertTrue(loud.isEmpty(), "logged above debug: " + loud);
    }

    @Test
    void aNewerReleaseIsOfferedWithItsDownloadPage() throws Exception {
        feed.latest("v1.2.10");
        Release r = check("1.2.9").orElseThrow();
        assertEquals("1.2.10", r.version().toString());
        assertEquals("v1.2.10", r.tag());
        assertEquals(URI.create("https://github.com/o/adsdesk/releases/tag/v1.2.10"), r.page());
    }

    @Test
    void theSameVersionIsNotOffered() throws Exception {
        feed.latest("v1.2.9");
        assertTrue(check("1.2.9").isEmpty());
        assertEquals(1, feed.requests().size(), "the feed was asked");
    }

    @Test
    void anOlderReleaseIsNotOffered() throws Exception {
        feed.latest("v1.2.9");
        assertTrue(check("1.2.10").isEmpty());
    }

    @Test
    void aDevelopmentBuildIsOfferedItsRelease() throws Exception {
        feed.latest("v0.1.0");
        assertTrue(check("0.1.0-SNAPSHOT").isPresent());
    }

    @Test
    void preReleasesAndDraftsAreNotOffered() throws Exception {
        feed.answer(200, FeedServer.release("v9.0.0", true));
        assertTrue(check("1.0.0").isEmpty(), "marked as a pre-release");
        feed.latest("v9.0.0-rc.1");
        assertTrue(check("1.0.0").isEmpty(), "a pre-release tag, even unmarked");
        feed.answer(200, FeedServer.release("v9.0.0", false).replace("\"draft\":false", "\"draft\":true"));
        assertTrue(check("1.0.0").isEmpty(), "a draft");
    }

    @Test
    void oddTagsAreNotOffered() throws Exception {
        for (String tag : List.of("latest", "release-2026-12", "nightly", "", "v9.x")) {
            feed.latest(tag);
            assertTrue(check("1.0.0").isEmpty(), "tag '" + tag + "'");
        }
        assertNothingLoggedAboveDebug();
    }

    @Test
    void aDownloadLinkThatIsNotAWebPageIsNotOffered() throws Exception {
        feed.answer(200, FeedServer.release("v9.0.0", false).replace("https://github.com/o/adsdesk/releases/tag/v9.0.0",
                "javascript:alert(1)"));
        assertTrue(check("1.0.0").isEmpty());
        feed.answer(200, "{\"tag_name\":\"v9.0.0\"}");
        assertTrue(check("1.0.0").isEmpty(), "no html_url");
    }

    @Test
    void offlineShowsNothingAndLogsNothingAboveDebug() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        URI refused = URI.create("http://127.0.0.1:" + port + "/releases/latest");
        assertTrue(new UpdateChecker(refused, "1.0.0").newerRelease().isEmpty());
        assertFalse(log.list.isEmpty(), "the failure is logged at debug");
        assertNothingLoggedAboveDebug();
    }

    @Test
    void malformedOrFailedAnswersShowNothing() throws Exception {
        for (String body : List.of("{\"tag_name\": \"v9.0.0\"", "<html>rate limited</html>", "[]", "null", "\"v9.0.0\"",
                "{\"tag_name\": 9, \"html_url\": []}", "")) {
            feed.answer(200, body);
            assertTrue(check("1.0.0").isEmpty(), "body " + body);
        }
        for (int status : List.of(403, 404, 500, 503)) {
            feed.answer(status, FeedServer.release("v9.0.0", false));
            assertTrue(check("1.0.0").isEmpty(), "HTTP " + status);
        }
        assertNothingLoggedAboveDebug();
    }

    @Test
    void anAnswerFarLargerThanAReleaseIsRefused() throws Exception {
        String padding = " ".repeat(UpdateChecker.MAX_BODY_BYTES);
        feed.answer(200, FeedServer.release("v9.0.0", false).replace("{\"url\"", "{" + padding + "\"url\""));
        assertTrue(check("1.0.0").isEmpty());
    }

    @Test
    void onlyAPlainGetWithTheAppsUserAgentIsSent() throws Exception {
        feed.latest("v1.0.0");
        check("1.0.0");
        FeedServer.Seen seen = feed.requests().getFirst();
        assertEquals("GET", seen.method());
        assertEquals("/repos/o/adsdesk/releases/latest", seen.uri().toString(), "no query parameters");
        assertEquals(List.of("AdsDesk/1.0.0"), seen.headers().get("User-agent"));
        for (String header : List.of("Authorization", "Cookie", "Referer")) {
            assertNull(seen.headers().get(header), header + " is not sent");
        }
    }

    @Test
    void aRunningVersionThatIsNotAReleaseDoesNotAsk() throws Exception {
        feed.latest("v9.0.0");
        assertTrue(new UpdateChecker(feed.url(), AppVersion.UNKNOWN).newerRelease().isEmpty());
        assertTrue(feed.requests().isEmpty());
    }

    @Test
    void aCheckIsDueOnceADay() {
        Instant at = Instant.parse("2026-12-05T09:00:00Z");
        assertTrue(UpdateChecker.isDue(null, at), "never asked");
        assertFalse(UpdateChecker.isDue(at, at.plus(Duration.ofHours(23).plusMinutes(59))));
        assertTrue(UpdateChecker.isDue(at, at.plus(Duration.ofDays(1))));
        assertTrue(UpdateChecker.isDue(at, at.minus(Duration.ofHours(1))), "last asked in the future: the clock was turned back");
    }
}
