package io.adsdesk.archfixtures.reports;

import io.adsdesk.archfixtures.model.PlainRecord;
import io.adsdesk.archfixtures.registry.Registry;

import java.util.List;

/** Allowed: reports reads the registry and model records. */
final class ReportsOverRegistry {
    List<PlainRecord> all(Registry registry) {
        return registry.findAll();
    }
}
