package io.adsdesk.archfixtures.cli;

import io.adsdesk.archfixtures.sandbox.FakeServer;

/** Breaks "the sandbox only from app". */
final class CommandUsingSandbox {
    String url() {
        return new FakeServer().baseUrl();
    }
}
