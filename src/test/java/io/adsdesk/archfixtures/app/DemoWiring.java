package io.adsdesk.archfixtures.app;

import io.adsdesk.archfixtures.sandbox.FakeServer;
import javafx.application.Platform;

/** Allowed: app wires the sandbox into the demo account and may use JavaFX. */
final class DemoWiring {
    String demoUrl() {
        Platform.isFxApplicationThread();
        return new FakeServer().baseUrl();
    }
}
