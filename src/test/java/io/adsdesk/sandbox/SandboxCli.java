package io.adsdesk.sandbox;

import io.adsdesk.cli.TestCli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code adsdesk sandbox ARGS} through the command line, as the app registers it, with a waiter of the test's own. */
final class SandboxCli {
    private SandboxCli() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err, SandboxCommand.Waiter waiter) {
        List<String> line = new ArrayList<>(List.of("sandbox"));
        line.addAll(args);
        return TestCli.create(List.of(() -> SandboxCommand.commandLine(waiter))).run(line, out, err).exit();
    }
}
