package io.adsdesk.cli;

import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxServer;
import io.adsdesk.testing.BadValues;
import io.adsdesk.testing.BadValues.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every option of every command, tried in-process with every class of bad value: the documented
 * exit code, one short line on standard error naming the option, no stack trace, and for values
 * refused up front nothing written and no request sent.
 */
class CliBadInputTest {
    private static final String USER = "u";
    private static final String PASSWORD = "pw-Secret-1";
    private static final Set<String> REFUSED_BY_THE_PARSER = Set.of("empty", "blank", "huge", "newline",
            "control characters", "DEL and C1", "line separator");

    @TempDir
    static Path shared;
    private static SandboxServer sandbox;
    private static Path synced;

    @TempDir
    Path dir;
    private int caseNumber;

    /** How one option is tried: its wrong-type value, and the value classes it accepts with their exit code. */
    private record OptionCase(String option, String wrongType, Map<String, Integer> accepted, String mentionWhenAccepted) {
        int expectedExit(Value v) {
            return accepted.getOrDefault(v.name(), ExitCode.BAD_INPUT.code);
        }
    }

    private record Outcome(int exit, String out, String err) {
    }

    @BeforeAll
    static void startSandboxAndSyncOnce() throws IOException {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(30).withBusinesses(3)
                .withCredentials(USER, PASSWORD));
        synced = shared.resolve("synced");
        Outcome first = run(List.of("sync", "--username", USER, "--base-url", sandbox.baseUrl(), "--password-env", "PW",
                "--data-dir", synced.toString()), PASSWORD);
        assertEquals(0, first.exit(), first.err());
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    // ---- the tables ----------------------------------------------------------------------

    private static final Map<String, Integer> LEGAL_DIRECTORY_NAMES_SYNC = accepting(0,
            "non-ASCII", "right-to-left", "emoji", "shell", "percent-NUL");
    private static final Map<String, Integer> LEGAL_DIRECTORY_NAMES_EXPORT = accepting(2,
            "non-ASCII", "right-to-left", "emoji", "shell", "percent-NUL");
    private static final Map<String, Integer> UNKNOWN_USERNAMES = accepting(3,
            "non-ASCII", "right-to-left", "emoji", "SQL", "shell", "path traversal", "percent-NUL");
    private static final Map<String, Integer> USERNAMES_WITHOUT_DATA = accepting(2,
            "non-ASCII", "right-to-left", "emoji", "SQL", "shell", "path traversal", "percent-NUL");

    private static List<OptionCase> syncCases() {
        return List.of(
                new OptionCase("--username", "user:name", UNKNOWN_USERNAMES, "refused"),
                new OptionCase("--base-url", "12345", Map.of(), null),
                new OptionCase("--password-env", "12345", Map.of(), null),
                new OptionCase("--data-dir", "an existing file", LEGAL_DIRECTORY_NAMES_SYNC, null),
                new OptionCase("--concurrency", "abc", Map.of(), null),
                new OptionCase("--json", "yes", Map.of(), null),
                new OptionCase("--features", "yes", Map.of(), null),
                new OptionCase("--allow-insecure-http", "yes", Map.of(), null),
                new OptionCase("--registry-url", "12345", Map.of(), null),
                new OptionCase("--registry-user", "12345", Map.of(), null),
                new OptionCase("--registry-password-env", "12345", Map.of(), null),
                new OptionCase("--demo", "yes", Map.of(), null));
    }

    private static List<OptionCase> exportCases() {
        return List.of(
                new OptionCase("--format", "123", Map.of(), null),
                new OptionCase("--business", "42.5", Map.of(), null),
                new OptionCase("--status", "42", Map.of(), null),
                new OptionCase("--type", "42", Map.of(), null),
                new OptionCase("--data-dir", "an existing file", LEGAL_DIRECTORY_NAMES_EXPORT, "no local data"),
                new OptionCase("--username", "user:name", USERNAMES_WITHOUT_DATA, "no local data"),
                new OptionCase("--base-url", "12345", Map.of(), null),
                new OptionCase("--allow-insecure-http", "yes", Map.of(), null),
                new OptionCase("--registry-url", "12345", Map.of(), null),
                new OptionCase("--registry-user", "12345", Map.of(), null),
                new OptionCase("--registry-password-env", "12345", Map.of(), null),
                new OptionCase("--demo", "yes", Map.of(), null));
    }

    private static List<OptionCase> launchCases() {
        return List.of(
                new OptionCase("--data-dir", "an existing file", accepting(0,
                        "non-ASCII", "right-to-left", "emoji", "shell", "percent-NUL"), null),
                new OptionCase("--demo", "yes", Map.of(), null));
    }

    @Test
    void theTablesCoverEveryOptionOfEveryCommand() {
        assertEquals(options(new CommandLine(new SyncCommand(new CliContext(null, null, null)))), names(syncCases()));
        assertEquals(options(new CommandLine(new ExportCommand(new CliContext(null, null, null)))), names(exportCases()));
        assertEquals(options(new CommandLine(new LaunchCommand())), names(launchCases()));
    }

    /** A command's options, help and version aside (they print and exit 0). */
    private static Set<String> options(CommandLine command) {
        Set<String> names = new TreeSet<>();
        command.getCommandSpec().options().stream().filter(o -> !o.usageHelp() && !o.versionHelp())
                .forEach(o -> names.add(o.longestName()));
        return names;
    }

    @Test
    void syncAnswersEveryBadValueOfEveryOptionCleanly() throws IOException {
        assertEquals(0, sync(Map.of(), null, PASSWORD).exit(), "the command around the bad values is valid");
        for (OptionCase c : syncCases()) {
            for (Value v : BadValues.with(c.wrongType())) {
                Path caseDir = nextCaseDir();
                String value = argValue(c, v, caseDir);
                check("sync", c, v, caseDir, () -> sync(Map.of(c.option(), value), caseDir, PASSWORD));
            }
        }
    }

    @Test
    void syncAnswersEveryBadPasswordCleanly() throws IOException {
        OptionCase password = new OptionCase("--password-env", "12345", accepting(3, BadValues.ALL.stream()
                .map(Value::name).filter(n -> !n.equals("empty")).toArray(String[]::new)), "refused");
        password.accepted().put(BadValues.WRONG_TYPE, 3);
        for (Value v : BadValues.with(password.wrongType())) {
            Path caseDir = nextCaseDir();
            check("sync", password, v, caseDir, () -> sync(Map.of(), caseDir, v.text()));
        }
    }

    @Test
    void exportAnswersEveryBadValueOfEveryOptionCleanly() throws IOException {
        assertEquals(0, export(Map.of(), null).exit(), "the command around the bad values is valid");
        for (OptionCase c : exportCases()) {
            for (Value v : BadValues.with(c.wrongType())) {
                Path caseDir = nextCaseDir();
                String value = argValue(c, v, caseDir);
                check("export", c, v, caseDir, () -> export(Map.of(c.option(), value), caseDir));
            }
        }
    }

    @Test
    void theDashboardLaunchAnswersEveryBadValueCleanly() throws IOException {
        assertEquals(0, launch(List.of("--demo", "--data-dir", dir.resolve("fine").toString())).exit());
        for (OptionCase c : launchCases()) {
            for (Value v : BadValues.with(c.wrongType())) {
                Path caseDir = nextCaseDir();
                List<String> args = c.option().equals("--demo") ? List.of("--demo=" + v.text())
                        : List.of(c.option(), argValue(c, v, caseDir));
                check("launch", c, v, caseDir, () -> launch(args));
            }
        }
        for (String stray : List.of("--frobnicate", "-x")) {
            Outcome o = launch(List.of(stray));
            assertEquals(2, o.exit(), stray);
            assertOneCleanLine(o.err(), "unknown option", stray);
        }
        Outcome word = launch(List.of("Zürich—東京"));
        assertEquals(2, word.exit());
        assertOneCleanLine(word.err(), "unknown command 'Zürich—東京'", "a stray word");
    }

    // ---- one case --------------------------------------------------------------------------

    private interface Attempt {
        Outcome run() throws IOException;
    }

    private void check(String command, OptionCase c, Value v, Path caseDir, Attempt attempt) throws IOException {
        String label = command + " " + c.option() + " = " + v;
        int expected = c.expectedExit(v);
        boolean accepted = c.accepted().containsKey(v.name());
        Map<String, Long> before = snapshot(dir);
        Map<String, Long> syncedBefore = snapshot(synced);
        long requestsBefore = sandbox.stats().requests();

        Outcome o = attempt.run();

        assertEquals(expected, o.exit(), label + " -> " + o.err());
        if (expected != 0) {
            assertOneCleanLine(o.err(), accepted && c.mentionWhenAccepted() != null ? c.mentionWhenAccepted() : c.option(), label);
            assertEquals("", o.out(), label);
        } else {
            assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), label + " -> " + o.err());
        }
        if (expected == ExitCode.BAD_INPUT.code) {
            assertEquals(before, snapshot(dir), label + ": nothing is written");
            assertEquals(syncedBefore, snapshot(synced), label + ": the registry is untouched");
            assertEquals(requestsBefore, sandbox.stats().requests(), label + ": no request is sent");
        }
        assertTrue(caseDir.startsWith(dir));
    }

    private static void assertOneCleanLine(String err, String mention, String label) {
        assertEquals(1, err.lines().count(), label + " -> " + err);
        assertTrue(err.length() < 400, label + ": the message is short (" + err.length() + " chars)");
        assertTrue(err.contains(mention), label + ": the message names " + mention + " -> " + err);
        assertFalse(err.contains("Exception") || err.contains("\tat ") || err.contains("at io."), label + " -> " + err);
        assertTrue(err.chars().noneMatch(ch -> Character.isISOControl(ch) && ch != '\n'), label + ": no control characters echoed");
    }

    // ---- building the commands -------------------------------------------------------------

    private Outcome sync(Map<String, String> bad, Path caseDir, String password) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("--username", USER);
        args.put("--base-url", sandbox.baseUrl());
        args.put("--password-env", "PW");
        args.put("--data-dir", (caseDir == null ? dir.resolve("fine-sync") : caseDir.resolve("data")).toString());
        return run(commandLine("sync", args, bad), password);
    }

    private Outcome export(Map<String, String> bad, Path caseDir) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("--format", "csv");
        args.put("--username", USER);
        args.put("--base-url", sandbox.baseUrl());
        args.put("--data-dir", synced.toString());
        return run(commandLine("export", args, bad), PASSWORD);
    }

    private static List<String> commandLine(String command, Map<String, String> base, Map<String, String> bad) {
        List<String> line = new ArrayList<>(List.of(command));
        Map<String, String> args = new LinkedHashMap<>(base);
        List<String> flags = new ArrayList<>();
        bad.forEach((option, value) -> {
            if (option.equals("--json") || option.equals("--features") || option.equals("--demo") || option.equals("--allow-insecure-http")) {
                flags.add(option + "=" + value);
            } else {
                args.put(option, value);
            }
        });
        args.forEach((k, v) -> line.addAll(List.of(k, v)));
        line.addAll(flags);
        return line;
    }

    /** Directory values stay inside the case's folder; a path that climbs out lands on a file placed there. */
    private String argValue(OptionCase c, Value v, Path caseDir) throws IOException {
        if (!c.option().equals("--data-dir") || REFUSED_BY_THE_PARSER.contains(v.name())) {
            return v.text();
        }
        Files.createDirectories(caseDir.resolve("etc"));
        Files.writeString(caseDir.resolve("etc/passwd"), "not a directory");
        if (v.name().equals(BadValues.WRONG_TYPE)) {
            return caseDir.resolve("etc/passwd").toString();
        }
        return caseDir.resolve("a/b").toString() + "/" + v.text();
    }

    private static Outcome run(List<String> args, String password) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("PW", password), false, label -> null);
        int exit = TestCli.create(List.of()).run(args, terminal).exit();
        return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Outcome launch(List<String> args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(System.out, new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), false,
                label -> null);
        Cli.Outcome o = TestCli.create(List.of()).run(args, terminal);
        assertEquals(o.exit() == 0, o.launch() != null, "a launch is accepted, or refused with its exit code");
        return new Outcome(o.exit(), "", err.toString(StandardCharsets.UTF_8));
    }

    // ---- helpers ---------------------------------------------------------------------------

    private Path nextCaseDir() throws IOException {
        return Files.createDirectories(dir.resolve("case-" + caseNumber++));
    }

    /** Every file and directory under root with its size: what "nothing written" compares. */
    private static Map<String, Long> snapshot(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            Map<String, Long> all = new TreeMap<>();
            files.forEach(p -> all.put(root.relativize(p).toString(), p.toFile().length()));
            return all;
        }
    }

    private static Map<String, Integer> accepting(int exit, String... names) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (String n : names) {
            map.put(n, exit);
        }
        return map;
    }

    private static Set<String> names(List<OptionCase> cases) {
        Set<String> names = new TreeSet<>();
        cases.forEach(c -> assertTrue(names.add(c.option()), c.option() + " is in the table once"));
        return names;
    }
}
