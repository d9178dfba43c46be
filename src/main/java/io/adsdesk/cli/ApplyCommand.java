package io.adsdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.adsdesk.model.Business;
import io.adsdesk.model.Program;
import io.adsdesk.model.change.ChangeState;
import io.adsdesk.model.change.PendingChange;
import io.adsdesk.queue.ChangeImport;
import io.adsdesk.queue.ImportProblem;
import io.adsdesk.queue.ImportResult;
import io.adsdesk.queue.ImportedChange;
import io.adsdesk.queue.PostProgress;
import io.adsdesk.queue.PostReport;
import io.adsdesk.queue.ProposedChange;
import io.adsdesk.queue.QueueSnapshot;
import io.adsdesk.registry.ProgramRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code adsdesk apply FILE}: the changes of an edited spreadsheet, checked, queued and posted. */
@Command(name = "apply", sortOptions = false,
        description = "Apply an edited spreadsheet: compare each row with the local registry, and post the "
                + "differences to Yelp as jobs, waiting for each.",
        footer = {"FILE has the columns of 'adsdesk export --format csv' (any order, any subset with program_id) "
                + "and may add a column 'action' with PAUSE, RESUME or END. Editable: budget_cents, max_bid_cents, "
                + "autobid, start_date, end_date, action; other columns are read-only (a difference is a warning).",
                "Any invalid row: exit 2, one line per problem, nothing queued or sent. "
                        + "Exit 0 when every change completed, 6 when some were not applied (each on its own line)."})
final class ApplyCommand implements Callable<Integer>, JsonOutput {
    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file (UTF-8, with or without a byte order mark).")
    Path file;

    @Option(names = "--dry-run", description = "List the changes (program, field, old, new) and send nothing.")
    boolean dryRun;

    @Option(names = JsonOutput.OPTION, description = "Print the result as one JSON object.")
    boolean json;

    @Option(names = "--password-env", paramLabel = "VAR", description = "Read the password from this environment variable.")
    String passwordEnv;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    AccountOptions accountOptions;

    @Mixin
    HelpOption help;

    private final CliContext context;

    ApplyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public boolean json() {
        return json;
    }

    @Override
    public Integer call() throws UsageException, CommandException {
        Terminal terminal = context.terminal();
        LocalAccount local = LocalAccount.of(dataDir, accountOptions, context);
        local.requireSynced(accountOptions.demo);
        try (ProgramRegistry registry = local.open()) {
            Map<String, Program> programs = new HashMap<>();
            registry.findAll().forEach(p -> programs.put(p.programId(), p));
            Map<String, Business> businesses = new HashMap<>();
            registry.findBusinesses().forEach(b -> businesses.put(b.yelpBusinessId(), b));
            ImportResult result = read(programs, businesses);
            result.warnings().forEach(w -> terminal.err().println("adsdesk apply: warning: " + w.line()));
            if (!result.valid()) {
                result.errors().forEach(e -> terminal.err().println("adsdesk apply: " + e.line()));
                if (json) {
                    terminal.out().println(json(result, null, ExitCode.BAD_INPUT).toString());
                }
                return ExitCode.BAD_INPUT.code;
            }
            if (dryRun || result.changes().isEmpty()) {
                if (json) {
                    terminal.out().println(json(result, null, ExitCode.OK).toString());
                } else {
                    result.changes().forEach(c -> terminal.out().println(line(c)));
                    terminal.out().println(result.changes().size() + " change" + (result.changes().size() == 1 ? "" : "s")
                            + (dryRun ? " (dry run: nothing sent)" : ""));
                }
                return ExitCode.OK.code;
            }
            return post(local, registry, result);
        }
    }

    private ImportResult read(Map<String, Program> programs, Map<String, Business> businesses) throws UsageException,
            CommandException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new ChangeImport(Clock.systemUTC()).read(in, programs, businesses);
        } catch (NoSuchFileException e) {
            throw new UsageException("there is no file " + Text.printable(file.toString()));
        } catch (java.nio.charset.MalformedInputException e) {
            throw new UsageException(Text.printable(file.toString()) + " is not UTF-8 text; save it as CSV UTF-8");
        } catch (IOException e) {
            throw new UsageException("cannot read " + Text.printable(file.toString()) + ": "
                    + Text.printable(String.valueOf(e.getMessage())));
        }
    }

    private int post(LocalAccount local, ProgramRegistry registry, ImportResult result)
            throws UsageException, CommandException {
        Terminal terminal = context.terminal();
        try (AccountChoice choice = AccountChoice.from(accountOptions, context.demo());
             QueueSession session = QueueSession.open(choice, registry, passwordEnv, terminal)) {
            QueueSnapshot s = session.queue.queue(result.proposed(), "Apply " + file.getFileName());
            Set<String> wanted = new HashSet<>();
            for (ProposedChange p : result.proposed()) {
                wanted.add(p.programId() + "/" + p.field());
            }
            List<Long> ids = s.open().stream().map(c -> c.change())
                    .filter(c -> wanted.contains(c.programId() + "/" + c.field())).map(PendingChange::id).toList();
            ProgressLine line = terminal.interactive() && !json ? new ProgressLine(terminal.err()) : null;
            PostReport report;
            try {
                report = session.poster.post(ids, line == null ? PostProgress.NONE
                        : (done, total, c) -> line.show("Posting changes: " + done + " of " + total, done == total), () -> false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CommandException(ExitCode.OTHER, "interrupted while posting; the changes stay queued", e);
            } finally {
                if (line != null) {
                    line.clear();
                }
            }
            boolean allDone = report.completed() == ids.size();
            ExitCode exit = allDone ? ExitCode.OK : ExitCode.REJECTED;
            for (PendingChange c : report.changes()) {
                if (c.state() != ChangeState.COMPLETED) {
                    terminal.err().println("adsdesk apply: " + notApplied(c));
                }
            }
            if (json) {
                terminal.out().println(json(result, report, exit).toString());
            } else {
                terminal.out().printf("Posted %d change%s: %d completed, %d rejected%s%n", report.posted(),
                        report.posted() == 1 ? "" : "s", report.completed(), report.rejected(),
                        report.conflicts() > 0 ? ", " + report.conflicts() + " changed at Yelp (still queued)" : "");
            }
            return exit.code;
        }
    }

    /** One line for a change that did not complete: what, and why in plain words. */
    static String notApplied(PendingChange c) {
        String why = c.message() == null ? "" : ": " + c.message();
        return switch (c.state()) {
            case REJECTED -> "rejected " + QueueSession.describe(c) + why;
            case CONFLICT -> "not sent, " + QueueSession.describe(c) + why + " Resolve it in the app's Pending changes.";
            default -> "not posted, " + QueueSession.describe(c) + why;
        };
    }

    private static String line(ImportedChange c) {
        return String.join("\t", "row " + c.row(), c.programId(), c.field().label(),
                c.oldText().isEmpty() ? "(none)" : c.oldText(), c.newText());
    }

    private static ObjectNode json(ImportResult result, PostReport report, ExitCode exit) {
        ObjectNode n = JsonResult.MAPPER.createObjectNode();
        n.put("exit", exit.code);
        ArrayNode changes = n.putArray("changes");
        for (ImportedChange c : result.changes()) {
            ObjectNode o = changes.addObject();
            o.put("row", c.row());
            o.put("program_id", c.programId());
            o.put("field", ChangeImport.column(c.field()));
            o.put("old", c.oldValue());
            o.put("new", c.newValue());
        }
        ArrayNode errors = n.putArray("errors");
        for (ImportProblem e : result.errors()) {
            ObjectNode o = errors.addObject();
            o.put("row", e.row());
            o.put("column", e.column());
            o.put("message", e.message());
        }
        ArrayNode warnings = n.putArray("warnings");
        for (ImportProblem w : result.warnings()) {
            ObjectNode o = warnings.addObject();
            o.put("row", w.row());
            o.put("column", w.column());
            o.put("message", w.message());
        }
        n.put("posted", report == null ? 0 : report.posted());
        n.put("completed", report == null ? 0 : report.completed());
        ArrayNode rejected = n.putArray("rejected");
        if (report != null) {
            for (PendingChange c : report.changes()) {
                if (c.state() != ChangeState.COMPLETED) {
                    ObjectNode o = rejected.addObject();
                    o.put("program_id", c.programId());
                    o.put("field", ChangeImport.column(c.field()));
                    o.put("state", c.state().name());
                    o.put("message", c.message());
                }
            }
        }
        return n;
    }
}
