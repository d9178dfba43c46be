package io.adsdesk.cli;

import io.adsdesk.sandbox.SandboxCommand;
import io.adsdesk.testing.PomVersion;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VersionCommandTest {

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), false, label -> null);
        Cli.Outcome o = TestCli.create(List.of(SandboxCommand::commandLine)).run(List.of(args), terminal);
        assertEquals(0, o.exit(), err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void versionPrintsTheVersionFromThePom() {
        assertEquals("AdsDesk " + PomVersion.read(), run("version"));
    }

    @Test
    void theVersionOptionPrintsTheSame() {
        assertEquals("AdsDesk " + PomVersion.read(), run("--version"));
    }
}
