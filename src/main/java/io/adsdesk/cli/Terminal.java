package io.adsdesk.cli;

import java.io.Console;
import java.io.PrintStream;
import java.util.Map;

/** What the command line talks to: streams, environment, and a password prompt. Replaceable in tests. */
record Terminal(PrintStream out, PrintStream err, Map<String, String> env, boolean interactive, PasswordPrompt prompt) {

    /** Reads a password without echo; null when nobody can be asked. */
    @FunctionalInterface
    interface PasswordPrompt {
        char[] ask(String label);
    }

    static Terminal system() {
        Console console = System.console();
        boolean tty = console != null && console.isTerminal();
        PasswordPrompt prompt = tty ? label -> console.readPassword("%s", label) : label -> null;
        return new Terminal(System.out, System.err, System.getenv(), tty, prompt);
    }
}
