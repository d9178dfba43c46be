package io.adsdesk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code adsdesk help [COMMAND]}: the commands, the data and log directories in effect; or one command's help. */
@Command(name = "help", description = "List the commands and show where data and logs are kept.")
final class HelpCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "COMMAND", description = "Show this command's options.")
    String command;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws UsageException {
        CommandLine top = spec.parent().commandLine();
        CommandLine shown = top;
        if (command != null) {
            shown = top.getSubcommands().get(command);
            if (shown == null) {
                throw new UsageException("unknown command '" + Text.printable(command) + "' (see adsdesk help)");
            }
        }
        shown.usage(top.getOut());
        top.getOut().flush();
        return ExitCode.OK.code;
    }
}
