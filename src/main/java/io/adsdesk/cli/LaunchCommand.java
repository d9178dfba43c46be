package io.adsdesk.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code adsdesk [--demo] [--data-dir DIR]}: the top of the command line. Without a command it
 * checks the dashboard's launch options and prepares the data directory; the app then opens.
 */
@Command(name = "adsdesk", sortOptions = false, versionProvider = VersionCommand.Provider.class,
        headerHeading = "", header = "AdsDesk: Yelp Ads programs, synced to your desktop.%n",
        synopsisHeading = "Usage:%n",
        customSynopsis = {
                "  adsdesk [--demo] [--data-dir DIR]   open the dashboard",
                "  adsdesk COMMAND [OPTIONS]           run a command (adsdesk COMMAND --help)"},
        optionListHeading = "%nDashboard options:%n", commandListHeading = "%nCommands:%n")
final class LaunchCommand implements Callable<Integer> {
    @Option(names = "--demo", description = "Open the dashboard on the built-in demo account.")
    boolean demo;

    @Mixin
    DataDirOption dataDir;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--version", versionHelp = true, description = "Print the version and exit.")
    boolean version;

    private LaunchOptions options;

    @Override
    public Integer call() throws UsageException {
        Path root = RegistryAccess.prepare(dataDir.root());
        options = new LaunchOptions(demo, root);
        return ExitCode.OK.code;
    }

    /** The checked launch options, once {@link #call()} has run. */
    LaunchOptions options() {
        return options;
    }
}
