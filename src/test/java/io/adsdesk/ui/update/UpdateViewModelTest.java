package io.adsdesk.ui.update;

import io.adsdesk.testing.MutableClock;
import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import io.adsdesk.ui.common.UiSettings;
import io.adsdesk.update.FeedServer;
import io.adsdesk.update.UpdateChecker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The update notice's rules (allowed, at most once a day, silent on failure) against a feed on 127.0.0.1. */
class UpdateViewModelTest {
    private static final Instant START = Instant.parse("2026-12-05T09:00:00Z");

    @TempDir
    Path dir;

    private FeedServer feed;
    private MutableClock clock;
    private UiSettings settings;
    private int saves;

    @BeforeEach
    void start() throws Exception {
        feed = new FeedServer();
        clock = new MutableClock(START);
        settings = new UiSettings();
    }

    @AfterEach
    void stop() {
        feed.close();
    }

    private UpdateViewModel model(URI url, String running) {
        return new UpdateViewModel(new CurrentThreadTaskExecutor(), Optional.of(new UpdateChecker(url, running)),
                settings, () -> saves++, clock);
    }

    private UpdateViewModel model(String running) {
        return model(feed.url(), running);
    }

    @Test
    void aNewerReleaseIsOffered() {
        feed.latest("v0.2.0");
        UpdateViewModel updates = model("0.1.0");
        updates.checkIfDue();
        assertEquals("0.2.0", updates.availableProperty().get().version().toString());
    }

    @Test
    void theSameOrAnOlderReleaseShowsNothing() {
        feed.latest("v0.1.0");
        UpdateViewModel same = model("0.1.0");
        same.checkIfDue();
        assertNull(same.availableProperty().get());

        settings.lastUpdateCheck = null;
        UpdateViewModel newer = model("0.3.0");
        newer.checkIfDue();
        assertNull(newer.availableProperty().get());
        assertEquals(2, feed.requests().size());
    }

    @Test
    void turnedOffTheFeedIsNeverAsked() {
        feed.latest("v9.0.0");
        settings.checkForUpdates = false;
        UpdateViewModel updates = model("0.1.0");
        updates.checkIfDue();
        clock.advance(Duration.ofDays(3));
        updates.checkIfDue();
        assertTrue(feed.requests().isEmpty());
        assertNull(updates.availableProperty().get());
        assertNull(settings.lastUpdateCheck);
    }

    @Test
    void noFeedConfiguredMeansNoCheck() {
        UpdateViewModel updates = new UpdateViewModel(new CurrentThreadTaskExecutor(), Optional.empty(), settings,
                () -> saves++, clock);
        updates.checkIfDue();
        assertNull(settings.lastUpdateCheck);
        assertEquals(0, saves);
    }

    @Test
    void theFeedIsAskedAtMostOnceADay() {
        feed.latest("v0.1.0");
        UpdateViewModel updates = model("0.1.0");
        updates.checkIfDue();
        assertEquals(1, feed.requests().size());
        assertEquals(START.toString(), settings.lastUpdateCheck, "the time of asking is remembered in settings.json");
        assertEquals(1, saves);

        clock.advance(Duration.ofHours(23));
        updates.checkIfDue();
        model("0.1.0").checkIfDue(); // a restart the same day reads the same settings
        assertEquals(1, feed.requests().size(), "not again within a day");

        clock.advance(Duration.ofHours(1));
        updates.checkIfDue();
        assertEquals(2, feed.requests().size(), "again a day later");
    }

    @Test
    void theLastCheckSurvivesARestartThroughTheSettingsFile() throws Exception {
        feed.latest("v0.1.0");
        model("0.1.0").checkIfDue();
        settings.save(dir.resolve(UiSettings.FILE_NAME));

        settings = UiSettings.load(dir.resolve(UiSettings.FILE_NAME));
        clock.advance(Duration.ofHours(2));
        model("0.1.0").checkIfDue();
        assertEquals(1, feed.requests().size());
    }

    @Test
    void offlineShowsNothingAndStillCountsAsTheDaysCheck() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        UpdateViewModel updates = model(URI.create("http://127.0.0.1:" + port + "/latest"), "0.1.0");
        updates.checkIfDue();
        assertNull(updates.availableProperty().get());
        assertEquals(START.toString(), settings.lastUpdateCheck);
    }

    @Test
    void aMalformedFeedShowsNothing() {
        feed.answer(200, "{\"tag_name\": ");
        UpdateViewModel updates = model("0.1.0");
        updates.checkIfDue();
        assertNull(updates.availableProperty().get());
        assertEquals(1, feed.requests().size());
    }

    @Test
    void anUnreadableLastCheckTimeCountsAsNeverAsked() {
        feed.latest("v0.2.0");
        settings.lastUpdateCheck = "yesterday-ish";
        UpdateViewModel updates = model("0.1.0");
        updates.checkIfDue();
        assertEquals(1, feed.requests().size());
    }

    @Test
    void dismissingHidesTheNotice() {
        feed.latest("v0.2.0");
        UpdateViewModel updates = model("0.1.0");
        updates.checkIfDue();
        assertFalse(updates.availableProperty().get() == null);
        updates.dismiss();
        assertNull(updates.availableProperty().get());
    }
}
