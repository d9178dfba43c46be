package io.adsdesk.cli;

import io.adsdesk.registry.DataDirectories;
import io.adsdesk.registry.RegistryDamagedException;
import io.adsdesk.registry.RegistryException;
import org.slf4j.LoggerFactory;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The command line (picocli). {@code adsdesk COMMAND ...} runs a command; anything else is checked
 * as the dashboard's launch options. Exit codes: 0 ok, 2 bad input, 3 credentials refused, 4 API
 * unavailable, 5 other. Every error is one line, {@code adsdesk COMMAND: reason}; with {@code --json}
 * a failure is one JSON object on standard output too.
 */
public final class Cli {
    static final String COMPLETION = "generate-completion";
    private static final String FOOTER = String.join(System.lineSeparator(),
            "",
            "Exit codes: 0 ok, 2 bad input, 3 credentials refused, 4 API unavailable,",
            "5 other error. Every error is one line on standard error.",
            "Shell completion (bash, zsh): source <(adsdesk " + COMPLETION + ")",
            "");

    private final DemoAccess demo;
    private final Path logDirectory;
    private final List<Supplier<Object>> appCommands;
    private final TeamPasswords teamPasswords;

    /** What the arguments asked for: a command's exit code, or (exit 0) the dashboard with these options. */
    public record Outcome(int exit, LaunchOptions launch) {
    }

    /**
     * @param demo         the built-in demo account
     * @param logDirectory where this process logs, shown by {@code help}
     * @param appCommands  commands the app adds (picocli command objects, or a CommandLine), listed after sync and export
     */
    public Cli(DemoAccess demo, Path logDirectory, List<Supplier<Object>> appCommands) {
        this(demo, logDirectory, appCommands, TeamPasswords.NONE);
    }

    /** @param teamPasswords the team-registry database passwords kept in the OS credential store */
    public Cli(DemoAccess demo, Path logDirectory, List<Supplier<Object>> appCommands, TeamPasswords teamPasswords) {
        this.teamPasswords = teamPasswords;
        this.demo = demo;
        this.logDirectory = logDirectory;
        this.appCommands = List.copyOf(appCommands);
    }

    /** On the process's own terminal. */
    public Outcome run(String[] args) {
        return run(Arrays.asList(args), Terminal.system());
    }

    /** With these streams, no terminal to ask on and the process's environment. */
    public Outcome run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, new Terminal(out, err, System.getenv(), false, label -> null));
    }

    Outcome run(List<String> args, Terminal terminal) {
        LaunchCommand launch = new LaunchCommand();
        CommandLine top = build(launch, terminal);
        CommandLine current = top;
        try {
            ParseResult parsed = top.parseArgs(args.toArray(String[]::new));
            current = parsed.asCommandLineList().getLast();
            if (CommandLine.printHelpIfRequested(parsed)) {
                return new Outcome(ExitCode.OK.code, null);
            }
            if (parsed.hasSubcommand() && !parsed.matchedOptions().isEmpty()) {
                String option = parsed.matchedOptions().getFirst().longestName();
                return fail(terminal, top, ExitCode.BAD_INPUT, "BAD_INPUT", option + " goes after the command: adsdesk "
                        + current.getCommandName() + " " + option, false);
            }
            ValueChecks.check(parsed, args);
            int exit = execute(current.getCommand());
            return new Outcome(exit, current == top && exit == ExitCode.OK.code ? launch.options() : null);
        } catch (ParameterException e) {
            return fail(terminal, e.getCommandLine(), ExitCode.BAD_INPUT, "BAD_INPUT", ParseErrors.describe(e),
                    json(e.getCommandLine().getCommand(), args, false));
        } catch (UsageException e) {
            return fail(terminal, current, ExitCode.BAD_INPUT, "BAD_INPUT", e.getMessage(), json(current.getCommand(), args, true));
        } catch (CommandException e) {
            return fail(terminal, current, e.exit, e.failure, e.getMessage(), json(current.getCommand(), args, true));
        } catch (RegistryException e) {
            // Said in plain words where it was raised: a damaged registry, a full disk, a read-only directory.
            LoggerFactory.getLogger(Cli.class).warn("Registry failure", e);
            return fail(terminal, current, ExitCode.OTHER, e instanceof RegistryDamagedException ? "DAMAGED_REGISTRY" : "REGISTRY",
                    Text.oneLine(e.getMessage()), json(current.getCommand(), args, true));
        } catch (Exception e) {
            LoggerFactory.getLogger(Cli.class).error("Unexpected error", e);
            return fail(terminal, current, ExitCode.OTHER, "OTHER", "unexpected error: "
                    + Text.printable(e.toString()) + " (details in the log)", json(current.getCommand(), args, true));
        }
    }

    /** The names of every command, hidden ones included. */
    Set<String> commandNames() {
        return build(new LaunchCommand(), new Terminal(System.out, System.err, Map.of(), false, label -> null))
                .getSubcommands().keySet();
    }

    private CommandLine build(LaunchCommand launch, Terminal terminal) {
        CommandLine top = new CommandLine(launch);
        CliContext context = new CliContext(terminal, demo, logDirectory, teamPasswords);
        Commands.all(context).forEach(top::addSubcommand);
        appCommands.forEach(command -> top.addSubcommand(command.get()));
        Commands.general().forEach(top::addSubcommand);
        CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
        completion.getCommandSpec().usageMessage().hidden(true);
        top.addSubcommand(COMPLETION, completion);
        top.getCommandSpec().usageMessage().footer(FOOTER + System.lineSeparator() + directories());
        top.setExpandAtFiles(false);
        top.setOut(new PrintWriter(terminal.out(), true, StandardCharsets.UTF_8));
        top.setErr(new PrintWriter(terminal.err(), true, StandardCharsets.UTF_8));
        return top;
    }

    /** The data and log directories in effect, as help shows them. */
    private String directories() {
        String data;
        try {
            data = DataDirectories.resolve(null).toString();
        } catch (RuntimeException e) {
            data = "(cannot be resolved: " + Text.printable(String.valueOf(e.getMessage())) + ")";
        }
        return "Data directory: " + data + System.lineSeparator() + "Log directory:  " + logDirectory;
    }

    private static int execute(Object command) throws Exception {
        if (command instanceof Callable<?> callable) {
            return callable.call() instanceof Integer exit ? exit : ExitCode.OK.code;
        }
        if (command instanceof Runnable runnable) {
            runnable.run();
        }
        return ExitCode.OK.code;
    }

    /** Whether the failing command prints JSON: as parsed, or (when parsing failed) as typed. */
    private static boolean json(Object command, List<String> args, boolean parsed) {
        if (!(command instanceof JsonOutput output)) {
            return false;
        }
        return parsed ? output.json() : args.contains(JsonOutput.OPTION);
    }

    private static Outcome fail(Terminal terminal, CommandLine where, ExitCode exit, String failure, String message,
                                boolean json) {
        String line = Text.oneLine(message);
        if (json) {
            terminal.out().println(JsonResult.failure(exit.code, failure, line));
            terminal.out().flush();
        }
        terminal.err().println(where.getCommandSpec().qualifiedName() + ": " + line);
        terminal.err().flush();
        return new Outcome(exit.code, null);
    }
}
