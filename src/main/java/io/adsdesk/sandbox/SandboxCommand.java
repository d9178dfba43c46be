package io.adsdesk.sandbox;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code adsdesk sandbox [options]}: starts a sandbox, prints its base URL and credentials, and
 * serves until the process is interrupted. See {@link CommandOptions#USAGE} for the options.
 */
public final class SandboxCommand {
    /** What keeps the command running once the sandbox is up; tests pass one that returns. */
    interface Waiter {
        void await(SandboxServer server) throws InterruptedException;
    }

    private SandboxCommand() {
    }

    /** Exit codes: 0 after a clean stop or --help, 1 when the server cannot start, 2 for bad options. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, out, err, SandboxCommand::untilShutdown);
    }

    static int run(List<String> args, PrintStream out, PrintStream err, Waiter waiter) {
        CommandOptions options;
        try {
            options = CommandOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("adsdesk sandbox: " + e.getMessage());
            return 2;
        }
        if (options.help()) {
            out.println(CommandOptions.USAGE);
            return 0;
        }
        SandboxConfig config = options.config();
        try (SandboxServer server = SandboxServer.start(config)) {
            options.knobs().forEach((name, value) -> KnobParams.set(server.knobs(), name, value, name));
            out.println("Sandbox partner API: " + server.baseUrl());
            out.println("Credentials: " + config.username() + " / " + config.password());
            out.println(config.programs() + " programs over " + config.businesses() + " businesses, seed "
                    + config.seed() + "; Ctrl+C stops.");
            out.flush();
            waiter.await(server);
            return 0;
        } catch (IOException e) {
            err.println("adsdesk sandbox: cannot listen on 127.0.0.1:" + config.port() + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static void untilShutdown(SandboxServer server) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "sandbox-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run
            }
        }
    }
}
