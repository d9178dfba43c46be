package io.adsdesk.app;

import io.adsdesk.cli.Cli;

/**
 * Entry point. A command word (sync, export, sandbox, help) runs the headless command line;
 * anything else opens the dashboard. Not an Application subclass, so the class-path launch works.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        LogSetup.init();
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args));
        }
        DashboardApp.launchApp(args);
    }
}
