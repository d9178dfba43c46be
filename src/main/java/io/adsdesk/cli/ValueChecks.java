package io.adsdesk.cli;

import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

import java.util.List;

/** What every option value of every command must be: not blank, one line, not huge. */
final class ValueChecks {
    static final int MAX_VALUE_LENGTH = 2048;

    private ValueChecks() {
    }

    static void check(ParseResult parsed, List<String> args) throws UsageException {
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            for (OptionSpec option : level.matchedOptions()) {
                if (option.arity().max() == 0) {
                    checkFlag(option, args);
                    continue;
                }
                String name = option.longestName();
                for (String value : option.originalStringValues()) {
                    if (value.isBlank()) {
                        throw new UsageException(name + " needs a value");
                    }
                    if (value.length() > MAX_VALUE_LENGTH) {
                        throw new UsageException(name + ": the value is too long (at most " + MAX_VALUE_LENGTH + " characters)");
                    }
                    if (Text.hasControlCharacters(value)) {
                        throw new UsageException(name + ": the value has control characters or line breaks");
                    }
                }
            }
        }
    }

    /** A flag is on by being there: {@code --json=yes}, {@code --demo=false} or {@code --demo=} are refused. */
    private static void checkFlag(OptionSpec flag, List<String> args) throws UsageException {
        for (String arg : args) {
            if (arg.equals("--")) {
                return;
            }
            for (String name : flag.names()) {
                if (arg.startsWith(name + "=")) {
                    throw new UsageException(name + " takes no value");
                }
            }
        }
    }
}
