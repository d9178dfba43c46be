package io.adsdesk.cli;

import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.util.List;

/** Says in plain words what was wrong with the arguments picocli could not take. */
final class ParseErrors {
    private ParseErrors() {
    }

    static String describe(ParameterException e) {
        boolean atTop = e.getCommandLine().getParent() == null;
        String help = atTop ? "adsdesk help" : e.getCommandLine().getCommandSpec().qualifiedName() + " --help";
        if (e instanceof UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String arg = unmatched.isEmpty() ? "" : Text.printable(unmatched.getFirst());
            if (arg.startsWith("-")) {
                return "unknown option '" + arg + "' (see " + help + ")";
            }
            return atTop ? "unknown command '" + arg + "' (see adsdesk help)"
                    : "unexpected argument '" + arg + "' (see " + help + ")";
        }
        if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            return name(m.getMissing().getFirst()) + " needs a value";
        }
        if (e instanceof OverwrittenOptionException o && o.getOverwritten() != null) {
            return name(o.getOverwritten()) + " was given twice";
        }
        ArgSpec arg = e.getArgSpec();
        if (arg instanceof OptionSpec option && option.arity().max() == 0) {
            return option.longestName() + " takes no value";
        }
        String message = e.getMessage() == null ? "bad arguments" : e.getMessage();
        return Text.oneLine(message.lines().findFirst().orElse(message));
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }
}
