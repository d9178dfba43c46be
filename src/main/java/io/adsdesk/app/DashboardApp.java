package io.adsdesk.app;

/** Placeholder until the dashboard lands: the JavaFX application. */
public final class DashboardApp {
    private DashboardApp() {
    }

    public static void launchApp(String[] args) {
        System.err.println("The dashboard is not built yet. Try: adsdesk sync --demo");
    }
}
