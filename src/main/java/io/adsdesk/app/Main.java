package io.adsdesk.app;

import io.adsdesk.cli.Cli;
import io.adsdesk.cli.LaunchOptions;
import io.adsdesk.sandbox.SandboxCommand;
import io.adsdesk.threads.Threads;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Entry point. A command word (sync, export, sandbox, help, ...) runs the headless command line;
 * anything else is checked as the dashboard's launch options and opens the dashboard. Not an
 * Application subclass, so the class-path launch works.
 */
public final class Main {
    private Main() {
    }

    /** The command line with the app's wiring: the demo account and the sandbox command. */
    static Cli commandLine() {
        return new Cli(new DemoWiring(), LogSetup.currentDir(), List.of(SandboxCommand::commandLine), new StoredTeamPasswords());
    }

    public static void main(String[] args) {
        LogSetup.init();
        Cli.Outcome outcome = commandLine().run(args);
        if (outcome.launch() == null) {
            System.exit(outcome.exit());
        }
        LaunchOptions launch = outcome.launch();
        Path dataRoot = launch.dataRoot();
        // Every thread of the app comes from this owner; the app's context closes it on exit.
        Threads threads = new Threads("adsdesk");
        Optional<SingleInstance> instance;
        try {
            instance = SingleInstance.acquire(dataRoot, threads);
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
        DashboardApp.launchApp(args, launch, instance.get(), StartupPreload.begin(dataRoot, launch.demo(), threads), threads);
    }
}
