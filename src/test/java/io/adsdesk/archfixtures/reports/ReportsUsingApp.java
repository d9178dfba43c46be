package io.adsdesk.archfixtures.reports;

import io.adsdesk.archfixtures.app.ReportsWiring;

/** Breaks "reports sees only api, registry, threads and model". */
final class ReportsUsingApp {
    String name() {
        return new ReportsWiring().name();
    }
}
