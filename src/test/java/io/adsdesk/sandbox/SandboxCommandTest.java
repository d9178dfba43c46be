package io.adsdesk.sandbox;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SandboxCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(List<String> args, SandboxCommand.Waiter waiter) {
        return SandboxCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), waiter);
    }

    @Test
    void helpPrintsUsage() {
        assertEquals(0, run(List.of("--help"), s -> { }));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--latency-ms"));
    }

    @Test
    void badOptionsPrintOneLineAndReturn2() {
        for (List<String> args : List.of(List.of("--bogus", "1"), List.of("--port"), List.of("--programs", "many"),
                List.of("--error-rate", "2"), List.of("stray"))) {
            err.reset();
            assertEquals(2, run(args, s -> { }), args.toString());
            String message = err.toString(StandardCharsets.UTF_8);
            assertEquals(1, message.lines().count(), message);
        }
    }

    @Test
    void startsWithTheOptionsPrintsUrlAndCredentialsAndStops() {
        AtomicReference<SandboxServer> seen = new AtomicReference<>();
        int code = run(List.of("--port", "0", "--programs", "120", "--businesses", "6", "--seed", "9",
                "--latency-ms", "250", "--max-concurrent", "8", "--fail-from-offset=1880",
                "--username", "u", "--password", "p"), seen::set);
        assertEquals(0, code);
        SandboxServer server = seen.get();
        assertEquals(120, server.account().programCount());
        assertEquals(250, server.knobs().latencyMs());
        assertEquals(8, server.knobs().maxConcurrent());
        assertEquals(1880, server.knobs().failFromOffset());
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("Sandbox partner API: " + server.baseUrl(), lines.get(0));
        assertEquals("Credentials: u / p", lines.get(1));
    }

    @Test
    void aPortInUseIsOneLineAndTheOtherErrorExitCode() throws Exception {
        try (SandboxServer taken = SandboxServer.start(SandboxConfig.defaults().withPrograms(1).withBusinesses(1))) {
            String port = taken.baseUrl().replaceAll(".*:(\\d+).*", "$1");
            assertEquals(5, run(List.of("--port", port, "--programs", "1"), s -> { }));
            String message = err.toString(StandardCharsets.UTF_8);
            assertEquals(1, message.lines().count(), message);
            assertTrue(message.startsWith("adsdesk sandbox: cannot listen on 127.0.0.1:" + port), message);
        }
    }

    @Test
    void helpGoesThroughTheCommandLineWithEveryOtherCommand() {
        assertEquals(0, run(List.of("-h"), s -> { }));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: adsdesk sandbox [OPTIONS]"), out.toString(StandardCharsets.UTF_8));
    }
}
