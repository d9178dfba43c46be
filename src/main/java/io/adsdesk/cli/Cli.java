package io.adsdesk.cli;

import io.adsdesk.sandbox.SandboxCommand;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The headless command line: sync, export, sandbox. Exit codes: 0 ok, 2 bad input, 3 credentials refused, 4 API unavailable, 5 other. */
public final class Cli {
    private static final Set<String> COMMANDS = Set.of("sync", "export", "sandbox", "help", "--help", "-h", "version", "--version");
    static final String USAGE = String.join(System.lineSeparator(),
            "AdsDesk: Yelp Ads programs, synced to your desktop.",
            "",
            "Usage:",
            "  adsdesk [--demo]            open the dashboard (--demo: on the built-in demo account)",
            "  " + SyncCommand.USAGE,
            "  " + ExportCommand.USAGE,
            "  adsdesk sandbox [--port N] [--programs N] [--businesses N] [--latency-ms N] ...   run the partner-API sandbox",
            "  adsdesk help | version",
            "",
            "Without --password-env, sync asks for the password on the terminal (no echo).",
            "Data lives in the per-user data directory unless --data-dir or ADSDESK_DATA_DIR says otherwise.",
            "Exit codes: 0 ok, 2 bad input, 3 credentials refused, 4 API unavailable, 5 other error.");

    private Cli() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** The dashboard's launch options: {@code adsdesk [--demo] [--data-dir DIR]}. */
    static final Set<String> LAUNCH_VALUED = Set.of("--data-dir");
    static final Set<String> LAUNCH_FLAGS = Set.of("--demo");

    /**
     * Checks the arguments the dashboard is launched with. Returns 0 when they are fine, otherwise
     * prints one line on standard error and returns the exit code (2).
     */
    public static int checkLaunchArguments(String[] args) {
        return checkLaunchArguments(Arrays.asList(args), Terminal.system());
    }

    static int checkLaunchArguments(List<String> args, Terminal terminal) {
        try {
            RegistryAccess.dataRoot(Options.parse(args, LAUNCH_VALUED, LAUNCH_FLAGS));
            return ExitCode.OK.code;
        } catch (UsageException e) {
            terminal.err().println("adsdesk: " + e.getMessage());
            return ExitCode.BAD_INPUT.code;
        }
    }

    public static int run(String[] args) {
        return run(Arrays.asList(args), Terminal.system());
    }

    static int run(List<String> args, Terminal terminal) {
        String command = args.isEmpty() ? "help" : args.getFirst();
        List<String> rest = args.subList(Math.min(1, args.size()), args.size());
        try {
            return switch (command) {
                case "sync" -> new SyncCommand(terminal).run(rest);
                case "export" -> new ExportCommand(terminal).run(rest);
                case "sandbox" -> SandboxCommand.run(rest, terminal.out(), terminal.err());
                case "version", "--version" -> {
                    String v = Cli.class.getPackage().getImplementationVersion();
                    terminal.out().println("AdsDesk " + (v == null ? "dev" : v));
                    yield ExitCode.OK.code;
                }
                default -> {
                    terminal.out().println(USAGE);
                    yield ExitCode.OK.code;
                }
            };
        } catch (UsageException e) {
            terminal.err().println("adsdesk " + command + ": " + e.getMessage());
            return ExitCode.BAD_INPUT.code;
        } catch (CommandException e) {
            terminal.err().println("adsdesk " + command + ": " + e.getMessage());
            return e.exit.code;
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Cli.class).error("Unexpected error", e);
            terminal.err().println("adsdesk " + command + ": unexpected error: " + e
                    + " (details in the log)");
            return ExitCode.OTHER.code;
        }
    }
}
