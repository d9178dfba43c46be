package io.adsdesk.cli;

import java.util.List;

/**
 * The one place the command line's commands are registered, in the order {@code adsdesk help}
 * lists them. A new command is a small {@code @Command} class (options as fields, the work in
 * {@code call()}, {@link UsageException} for bad input, {@link CommandException} for the rest) added
 * to {@link #all}. The app adds its own (the sandbox) through {@link Cli}.
 */
final class Commands {
    private Commands() {
    }

    static List<Object> all(CliContext context) {
        return List.of(
                new SyncCommand(context),
                new ExportCommand(context),
                RegistryCommand.commandLine(context),
                new ChangesCommand(context),
                new ReportCommand(context),
                new ApplyCommand(context),
                new PostCommand(context),
                FeaturesCommand.commandLine(context));
    }

    /** Listed after the app's commands. */
    static List<Object> general() {
        return List.of(new HelpCommand(), new VersionCommand());
    }
}
