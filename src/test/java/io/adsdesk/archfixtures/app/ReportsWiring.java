package io.adsdesk.archfixtures.app;

/** Allowed: app wires everything. */
public final class ReportsWiring {
    public String name() {
        return "reports";
    }
}
