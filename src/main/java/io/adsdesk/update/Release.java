package io.adsdesk.update;

import java.net.URI;

/** A published AdsDesk release: its version, its tag as written, and the page to download it from. */
public record Release(Version version, String tag, URI page) {
}
