package io.adsdesk.cli;

import io.adsdesk.app.DemoWiring;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** The command line as the app wires it (the sandbox's demo account), for tests in any package. */
public final class TestCli {
    private TestCli() {
    }

    public static Cli create(List<Supplier<Object>> appCommands) {
        return new Cli(new DemoWiring(), Path.of("target", "test-logs"), appCommands);
    }
}
