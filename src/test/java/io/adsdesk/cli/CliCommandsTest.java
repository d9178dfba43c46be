package io.adsdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adsdesk.model.Account;
import io.adsdesk.registry.AccountLock;
import io.adsdesk.registry.AccountStore;
import io.adsdesk.registry.DataDirectories;
import io.adsdesk.sandbox.SandboxCommand;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The command line as a whole: every command has --help, unknown commands and options are named as
 * such, help shows the directories in effect, bad data directories and unknown businesses are bad
 * input, and with --json every failure is one JSON object.
 */
class CliCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER = "cmd";
    private static final String PASSWORD = "cmd-Secret-7";
    private static final Path UNCREATABLE = Path.of("/proc/adsdesk-test");

    @TempDir
    static Path shared;
    private static SandboxServer sandbox;
    private static Path synced;

    @TempDir
    Path dir;

    private record Outcome(int exit, String out, String err, LaunchOptions launch) {
    }

    @BeforeAll
    static void syncOnce() {
        try {
            sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(45).withBusinesses(4)
                    .withCredentials(USER, PASSWORD));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        synced = shared.resolve("synced");
        Outcome first = run("sync", "--username", USER, "--base-url", sandbox.baseUrl(), "--password-env", "PW",
                "--data-dir", synced.toString());
        assertEquals(0, first.exit(), first.err());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("PW", PASSWORD), false, label -> null);
        Cli.Outcome o = TestCli.create(List.of(SandboxCommand::commandLine)).run(List.of(args), terminal);
        return new Outcome(o.exit(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), o.launch());
    }

    private static void assertBadInput(Outcome o, String command, String mention) {
        assertEquals(2, o.exit(), o.err());
        assertEquals(1, o.err().lines().count(), o.err());
        assertTrue(o.err().startsWith("adsdesk" + (command.isEmpty() ? "" : " " + command) + ": "), o.err());
        assertTrue(o.err().contains(mention), o.err());
        assertNull(o.launch());
    }

    private List<String> account(String... more) {
        List<String> args = new ArrayList<>(List.of("--username", USER, "--base-url", sandbox.baseUrl()));
        args.addAll(List.of(more));
        return args;
    }

    private static Outcome run(String command, List<String> args) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(args);
        return run(all.toArray(String[]::new));
    }

    // ---- help, unknown commands and options ----------------------------------------------------

    @Test
    void everyCommandHasHelpThatExitsZero() {
        Set<String> commands = TestCli.create(List.of(SandboxCommand::commandLine)).commandNames();
        assertTrue(commands.containsAll(Set.of("sync", "export", "sandbox", "help", "version", Cli.COMPLETION)), commands.toString());
        for (String command : commands) {
            for (String flag : List.of("--help", "-h")) {
                Outcome o = run(command, flag);
                assertEquals(0, o.exit(), command + " " + flag + " -> " + o.err());
                assertTrue(o.out().startsWith("Usage: adsdesk " + command), command + " " + flag + " -> " + o.out());
                assertEquals("", o.err(), command);
                assertNull(o.launch(), "help does not open the dashboard");
            }
        }
        Outcome top = run("--help");
        assertEquals(0, top.exit());
        assertTrue(top.out().contains("Commands:"), top.out());
        assertNull(top.launch());
    }

    @Test
    void anUnknownCommandIsCalledAnUnknownCommand() {
        Outcome o = run("frobnicate");
        assertBadInput(o, "", "unknown command 'frobnicate'");
        assertEquals("adsdesk: unknown command 'frobnicate' (see adsdesk help)", o.err().strip());
        assertEquals("", o.out());
        assertBadInput(run("help", "frobnicate"), "help", "unknown command 'frobnicate'");
    }

    @Test
    void anUnknownOptionIsCalledAnUnknownOptionOfItsCommand() {
        assertBadInput(run("--frobnicate"), "", "unknown option '--frobnicate'");
        assertBadInput(run("sync", "--demo", "--frobnicate"), "sync", "unknown option '--frobnicate' (see adsdesk sync --help)");
        assertBadInput(run("export", "--demo", "--format", "csv", "stray"), "export", "unexpected argument 'stray'");
        assertBadInput(run("sandbox", "--bogus", "1"), "sandbox", "unknown option '--bogus'");
        assertBadInput(run("--demo", "sync"), "", "--demo goes after the command");
    }

    @Test
    void plainHttpToAnotherComputerIsRefusedUnlessAllowedExplicitly() {
        Outcome refused = run("sync", "--username", "u", "--base-url", "http://partner.example.com",
                "--password-env", "ADSDESK_TEST_NO_SUCH_VAR", "--data-dir", dir.toString());
        assertBadInput(refused, "sync", "--allow-insecure-http");
        assertTrue(refused.err().contains("unencrypted"), refused.err());
        assertBadInput(run("sync", "--demo", "--allow-insecure-http"), "sync", "--demo cannot be combined");
    }

    @Test
    void helpListsTheCommandsAndTheDirectoriesInEffect() {
        Outcome o = run("help");
        assertEquals(0, o.exit(), o.err());
        for (String command : List.of("sync", "export", "sandbox", "help", "version")) {
            assertTrue(o.out().lines().anyMatch(l -> l.startsWith("  " + command + " ")), command + " is listed: " + o.out());
        }
        assertFalse(o.out().contains(Cli.COMPLETION + " "), "the completion command is not listed as a command");
        assertTrue(o.out().contains("Data directory: " + DataDirectories.resolve(null)), o.out());
        assertTrue(o.out().contains("Log directory:  " + Path.of("target", "test-logs")), o.out());
    }

    @Test
    void theCompletionScriptCoversTheCommandsAndTheirOptions() {
        Outcome o = run(Cli.COMPLETION);
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.out().startsWith("#!/usr/bin/env bash"), o.out());
        assertTrue(o.out().contains("complete -F _complete_adsdesk"), "registers the completion function");
        for (String word : List.of("sync", "export", "sandbox", "--data-dir", "--password-env", "--latency-ms")) {
            assertTrue(o.out().contains(word), word + " is completed");
        }
    }

    // ---- data directories -----------------------------------------------------------------------

    @Test
    void aDataDirectoryThatCannotBeCreatedIsBadInputWithItsReason() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a Linux /proc");
        long requests = sandbox.stats().requests();
        Outcome sync = run("sync", account("--password-env", "PW", "--data-dir", UNCREATABLE.toString()));
        assertBadInput(sync, "sync", "--data-dir: cannot create the data directory " + UNCREATABLE);
        assertFalse(sync.err().contains("registry"), "says why, not which component failed: " + sync.err());
        assertEquals(requests, sandbox.stats().requests(), "no request is sent");

        assertBadInput(run("--data-dir", UNCREATABLE.toString()), "", "cannot create the data directory");
        assertBadInput(run("sync", "--demo", "--data-dir", UNCREATABLE.toString()), "sync", "cannot create");
    }

    @Test
    void theLaunchPreparesItsDataDirectory() {
        Path data = dir.resolve("new/data");
        Outcome o = run("--demo", "--data-dir", data.toString());
        assertEquals(0, o.exit(), o.err());
        assertEquals(new LaunchOptions(true, data.toAbsolutePath().normalize()), o.launch());
        assertTrue(Files.isDirectory(data));
    }

    @Test
    void exportOfTheDemoWithoutDataShowsNoInternalAddress() {
        Outcome o = run("export", "--demo", "--format", "csv", "--data-dir", dir.resolve("empty").toString());
        assertBadInput(o, "export", "no local data for the demo account");
        assertFalse(o.err().contains(".invalid") || o.err().contains("https://"), o.err());
        assertTrue(o.err().contains("adsdesk sync --demo"), o.err());
    }

    // ---- export ---------------------------------------------------------------------------------

    @Test
    void anUnknownBusinessIsBadInputNotAnEmptyExport() throws IOException {
        Outcome o = run("export", account("--format", "json", "--data-dir", synced.toString(), "--business", "nope"));
        assertBadInput(o, "export", "unknown business 'nope'");
        assertEquals("", o.out());

        JsonNode rows = JSON.readTree(run("export", account("--format", "json", "--data-dir", synced.toString())).out());
        String known = rows.get(0).get("yelp_business_ids").get(0).asText();
        Outcome ok = run("export", account("--format", "csv", "--data-dir", synced.toString(), "--business", known));
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().lines().count() > 1, ok.out());
    }

    // ---- JSON ---------------------------------------------------------------------------------

    @Test
    void anUpToDateResultReportsNoWriteTime() throws IOException {
        Path data = dir.resolve("json");
        JsonNode first = JSON.readTree(run("sync", account("--password-env", "PW", "--data-dir", data.toString(), "--json")).out());
        assertEquals("synced", first.get("status").asText());
        assertEquals(0, first.get("exit").asInt());
        assertTrue(first.get("timings_ms").has("write"), first.toString());

        Outcome again = run("sync", account("--password-env", "PW", "--data-dir", data.toString(), "--json"));
        JsonNode second = JSON.readTree(again.out());
        assertEquals("up_to_date", second.get("status").asText());
        assertFalse(second.get("timings_ms").has("write"), second.toString());
        assertTrue(second.get("timings_ms").has("total"), second.toString());
    }

    @Test
    void withJsonBadInputIsOneJsonObjectToo() throws IOException {
        for (List<String> args : List.of(
                account("--password-env", "PW", "--json", "--concurrency", "abc"),
                account("--password-env", "PW", "--json", "--frobnicate"),
                account("--password-env", "PW", "--json", "--concurrency"),
                List.of("--json"))) {
            Outcome o = run("sync", args);
            assertEquals(2, o.exit(), args + " -> " + o.err());
            assertEquals(1, o.out().lines().count(), args + " -> " + o.out());
            JsonNode n = JSON.readTree(o.out());
            assertEquals("failed", n.get("status").asText());
            assertEquals(2, n.get("exit").asInt());
            assertEquals("BAD_INPUT", n.get("failure").asText());
            assertEquals(o.err().strip(), "adsdesk sync: " + n.get("message").asText(), "the same reason in both");
        }
    }

    @Test
    void withJsonASyncAlreadyRunningIsOneJsonObject() throws IOException {
        Account account = new Account(USER, sandbox.baseUrl());
        try (var held = AccountLock.tryAcquire(AccountStore.accountDir(synced, account)).orElseThrow()) {
            Outcome o = run("sync", account("--password-env", "PW", "--data-dir", synced.toString(), "--json"));
            assertEquals(5, o.exit(), o.err());
            JsonNode n = JSON.readTree(o.out());
            assertEquals("failed", n.get("status").asText());
            assertEquals(5, n.get("exit").asInt());
            assertEquals("BUSY", n.get("failure").asText());
            assertFalse(n.get("timings_ms").has("write"), n.toString());
        }
    }
}
