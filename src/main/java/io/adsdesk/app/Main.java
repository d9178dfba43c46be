package io.adsdesk.app;

import io.adsdesk.cli.Cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

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
        int badLaunch = Cli.checkLaunchArguments(args);
        if (badLaunch != 0) {
            System.exit(badLaunch);
        }
        Path dataRoot = AppContext.dataRoot(AppContext.argValue(Arrays.asList(args), "--data-dir"));
        Optional<SingleInstance> instance;
        try {
            instance = SingleInstance.acquire(dataRoot);
        } catch (IOException | RuntimeException e) {
            System.err.println("AdsDesk cannot use its data directory " + dataRoot + ": " + e.getMessage());
            System.exit(5);
            return;
        }
        if (instance.isEmpty()) {
            if (SingleInstance.activateRunning(dataRoot)) {
                System.out.println("AdsDesk is already running with " + dataRoot + "; its window was brought to the front.");
                System.exit(0);
            }
            System.err.println("AdsDesk is already running with " + dataRoot
                    + " but does not answer. Close it (or end its process), then start AdsDesk again.");
            System.exit(5);
        }
        DashboardApp.launchApp(args, instance.get(), StartupPreload.begin(dataRoot, Arrays.asList(args)));
    }
}
