package io.adsdesk.update;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UpdateFeedTest {

    @Test
    void theDefaultIsTheLatestGithubReleaseOfTheRepositoryTheBuildNames() {
        assertEquals(Optional.of(URI.create("https://api.github.com/repos/acme/adsdesk/releases/latest")),
                UpdateFeed.choose(null, null, Optional.of("acme/adsdesk")));
        assertEquals(Optional.of(URI.create("https://api.github.com/repos/acme/adsdesk/releases/latest")),
                UpdateFeed.choose(" ", "", Optional.of("acme/adsdesk")));
    }

    @Test
    void aBuildThatNamesNoRepositoryHasNoDefaultFeed() {
        assertEquals(Optional.empty(), UpdateFeed.choose(null, null, Optional.empty()));
        assertEquals(Optional.empty(), UpdateFeed.choose(null, null, Optional.of("not a repository")));
        assertEquals(Optional.empty(), UpdateFeed.choose(null, null, Optional.of("../../evil")));
        assertEquals(Optional.of(URI.create("https://feed.example/a")),
                UpdateFeed.choose(null, "https://feed.example/a", Optional.empty()));
    }

    @Test
    void thePropertyWinsOverTheEnvironment() {
        assertEquals(Optional.of(URI.create("https://feed.example/a")), UpdateFeed.choose("https://feed.example/a", "https://feed.example/b", Optional.empty()));
        assertEquals(Optional.of(URI.create("http://127.0.0.1:9000/latest")), UpdateFeed.choose(null, "http://127.0.0.1:9000/latest", Optional.empty()));
    }

    @Test
    void offOrAnythingButAWebAddressTurnsChecksOff() {
        assertEquals(Optional.empty(), UpdateFeed.choose("off", null, Optional.empty()));
        assertEquals(Optional.empty(), UpdateFeed.choose(null, "OFF", Optional.empty()));
        assertEquals(Optional.empty(), UpdateFeed.choose("file:///etc/passwd", null, Optional.empty()));
        assertEquals(Optional.empty(), UpdateFeed.choose("not a url", null, Optional.empty()));
        assertEquals(Optional.empty(), UpdateFeed.choose("https://", null, Optional.empty()));
    }
}
