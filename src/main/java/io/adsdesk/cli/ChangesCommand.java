package io.adsdesk.cli;

import io.adsdesk.export.ChangeExport;
import io.adsdesk.model.Business;
import io.adsdesk.model.RunChanges;
import io.adsdesk.registry.ProgramRegistry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code adsdesk changes}: what one sync run changed, from the local registry, offline. */
@Command(name = "changes", sortOptions = false,
        description = "Print what a sync changed: added and removed programs, and each changed field (old and new value). "
                + "Reads the local registry (no network).",
        footer = "Changes are kept for the last 50 syncs that changed something, at most 90 days. "
                + "A first sync records none: every program is new.")
final class ChangesCommand implements Callable<Integer> {
    @Option(names = "--run", paramLabel = "N",
            description = "The sync run, by its number in the sync history (default: the last sync that completed).")
    String run;

    @Option(names = "--format", paramLabel = "csv|json", description = "Output format (default: csv).")
    String format;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    AccountOptions accountOptions;

    @Mixin
    HelpOption help;

    private final CliContext context;

    ChangesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws UsageException, CommandException {
        OutputFormat chosen = OutputFormat.parse(format, OutputFormat.CSV);
        Long runId = runId();
        LocalAccount local = LocalAccount.of(dataDir, accountOptions, context);
        local.requireSynced(accountOptions.demo);
        String who = local.who();
        try (ProgramRegistry registry = local.open()) {
            Optional<RunChanges> found = runId == null ? registry.lastChanges() : registry.changesOf(runId);
            if (found.isEmpty()) {
                throw new UsageException(runId == null ? "no sync of " + who + " has completed yet"
                        : "--run: there is no sync run " + runId + " in the local data of " + who);
            }
            RunChanges changes = found.get();
            Map<String, String> names = new HashMap<>();
            for (Business b : registry.findBusinesses()) {
                if (b.name() != null) {
                    names.put(b.yelpBusinessId(), b.name());
                }
            }
            write(chosen, changes, names);
            note(changes);
            return ExitCode.OK.code;
        } catch (IOException e) {
            throw new CommandException(ExitCode.OTHER, "could not write the changes: " + Text.printable(String.valueOf(e.getMessage())), e);
        }
    }

    private Long runId() throws UsageException {
        if (run == null) {
            return null;
        }
        try {
            long id = Long.parseLong(run.strip());
            if (id < 1) {
                throw new UsageException("--run must be a sync run number (1 or more), not '" + Text.printable(run) + "'");
            }
            return id;
        } catch (NumberFormatException e) {
            throw new UsageException("--run must be a sync run number, not '" + Text.printable(run) + "'");
        }
    }

    private void write(OutputFormat format, RunChanges changes, Map<String, String> names) throws IOException {
        if (format == OutputFormat.CSV) {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(context.terminal().out(), StandardCharsets.UTF_8), 1 << 16);
            ChangeExport.writeCsv(changes, names::get, w);
        } else {
            ChangeExport.writeJson(changes, names::get, context.terminal().out());
        }
    }

    /** Why a run lists nothing, when that is not because nothing changed. */
    private void note(RunChanges changes) {
        if (changes.initial()) {
            context.terminal().err().println("adsdesk changes: note: run " + changes.runId()
                    + " was the first sync: every program was added, so no per-program changes are recorded");
        } else if (!changes.recorded()) {
            context.terminal().err().println("adsdesk changes: note: the changes of run " + changes.runId()
                    + " are not kept (changes are kept for the last 50 syncs, at most 90 days)");
        }
    }
}
