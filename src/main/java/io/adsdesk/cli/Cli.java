package io.adsdesk.cli;

import java.util.Set;

/** The headless command line. */
public final class Cli {
    private static final Set<String> COMMANDS = Set.of("sync", "export", "sandbox", "help", "--help", "-h", "version", "--version");

    private Cli() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args) {
        System.err.println("not built yet");
        return 5;
    }
}
