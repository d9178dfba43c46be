package io.adsdesk.sandbox;

import io.adsdesk.testing.BadValues;
import io.adsdesk.testing.BadValues.Value;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every option of {@code adsdesk sandbox} against every class of bad value: exit 2 and one short
 * line naming the option, or, for text the option legitimately takes (credentials), a clean start.
 */
class SandboxCommandBadInputTest {
    private static final Set<String> PLAIN_TEXT = Set.of("non-ASCII", "right-to-left", "emoji", "SQL", "shell",
            "path traversal", "percent-NUL");

    /** The wrong-type value of each kind of option. */
    private static String wrongType(String option) {
        return switch (option) {
            case "username" -> "user:name";
            case "password" -> "\t";
            case "top-level-status", "receipt-fields" -> "42";
            case "ad-categories-in-list-all", "paused-under-current", "page-upgrade-in-cents", "processing-as-202",
                 "unknown-program-404", "omitted-categories-succeed", "pause-forbidden" -> "maybe";
            case "error-rate", "unavailable-rate", "deep-page-error-rate", "reset-rate", "malformed-rate" -> "NaN";
            case "port", "programs", "businesses" -> "4294967296";
            default -> "abc";
        };
    }

    private record Outcome(int exit, String out, String err, SandboxServer started) {
    }

    private static Outcome run(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        SandboxServer[] started = new SandboxServer[1];
        int exit = SandboxCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), s -> started[0] = s);
        return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), started[0]);
    }

    @Test
    void everyKnobIsAnOptionAndTheHelpDocumentsEveryOption() {
        Set<String> knobs = new TreeSet<>();
        KnobParams.names().forEach(k -> knobs.add(k.replace('_', '-')));
        Set<String> options = new TreeSet<>(SandboxCommand.optionNames());
        assertTrue(options.containsAll(knobs), "missing knob options: " + knobs.stream().filter(k -> !options.contains(k)).toList());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, SandboxCli.run(List.of("--help"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), s -> { }));
        Set<String> documented = new TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("--([a-z0-9-]+)").matcher(out.toString(StandardCharsets.UTF_8));
        while (m.find()) {
            documented.add(m.group(1));
        }
        assertEquals(documented, options);
    }

    @Test
    void everyBadValueOfEveryOptionIsRefusedInOneLineOrTakenCleanly() {
        for (String option : SandboxCommand.optionNames()) {
            if (option.equals("help")) {
                continue;
            }
            for (Value v : BadValues.with(wrongType(option))) {
                boolean credential = option.equals("username") || option.equals("password");
                boolean accepted = credential && PLAIN_TEXT.contains(v.name());
                List<String> args = option.equals("port") ? List.of("--port", v.text(), "--programs", "5")
                        : List.of("--port", "0", "--programs", "5", "--" + option, v.text());
                Outcome o = run(args);
                String label = "--" + option + " = " + v;
                if (accepted) {
                    assertEquals(0, o.exit(), label + " -> " + o.err());
                    assertTrue(o.out().contains("Credentials: "), label);
                    assertEquals(3, o.out().lines().count(), label + ": three lines, the value on one");
                    assertTrue(o.started() != null, label);
                } else {
                    assertEquals(2, o.exit(), label + " -> " + o.err());
                    assertEquals("", o.out(), label);
                    assertEquals(1, o.err().lines().count(), label + " -> " + o.err());
                    assertTrue(o.err().length() < 300, label + ": short message");
                    assertTrue(o.err().contains("--" + option), label + ": names the option -> " + o.err());
                    assertTrue(o.started() == null, label + ": no server started");
                }
                assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), label + " -> " + o.err());
                assertTrue(o.err().chars().noneMatch(c -> Character.isISOControl(c) && c != '\n'), label);
            }
        }
    }

    @Test
    void numbersBeyondTheRangeAreRefusedNotWrappedAround() {
        Outcome o = run(List.of("--port", "0", "--programs", "4294967297"));
        assertEquals(2, o.exit(), o.err());
        assertTrue(o.err().contains("--programs must be between 0 and " + SandboxCommand.MAX_PROGRAMS), o.err());
    }
}
