package io.adsdesk.update;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UpdateFeedTest {

    @Test
    void theDefaultIsTheProjectsLatestGithubRelease() {
        assertEquals(Optional.of(URI.create("https://api.github.com/repos/" + UpdateFeed.GITHUB_OWNER + "/adsdesk/releases/latest")),
                UpdateFeed.choose(null, null));
        assertEquals(Optional.of(UpdateFeed.DEFAULT), UpdateFeed.choose(" ", ""));
    }

    @Test
    void thePropertyWinsOverTheEnvironment() {
        assertEquals(Optional.of(URI.create("https://feed.example/a")), UpdateFeed.choose("https://feed.example/a", "https://feed.example/b"));
        assertEquals(Optional.of(URI.create("http://127.0.0.1:9000/latest")), UpdateFeed.choose(null, "http://127.0.0.1:9000/latest"));
    }

    @Test
    void offOrAnythingButAWebAddressTurnsChecksOff() {
        assertEquals(Optional.empty(), UpdateFeed.choose("off", null));
        assertEquals(Optional.empty(), UpdateFeed.choose(null, "OFF"));
        assertEquals(Optional.empty(), UpdateFeed.choose("file:///etc/passwd", null));
        assertEquals(Optional.empty(), UpdateFeed.choose("not a url", null));
        assertEquals(Optional.empty(), UpdateFeed.choose("https://", null));
    }
}
