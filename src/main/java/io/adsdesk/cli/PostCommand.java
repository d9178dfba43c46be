package io.adsdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.adsdesk.model.change.ChangeState;
import io.adsdesk.model.change.PendingChange;
import io.adsdesk.queue.ChangeImport;
import io.adsdesk.queue.PostProgress;
import io.adsdesk.queue.PostReport;
import io.adsdesk.registry.ProgramRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code adsdesk post --due}: posts the scheduled changes whose time has come, for a scheduler. */
@Command(name = "post", sortOptions = false,
        description = "Post the account's scheduled changes whose time has come (run it from cron, Task Scheduler "
                + "or launchd). A change that came due while nothing ran is posted now and reported as late.",
        footer = "Exit 0 when every due change completed (or none was due), 6 when some were not applied "
                + "(each on its own line).")
final class PostCommand implements Callable<Integer>, JsonOutput {
    @Option(names = "--due", required = true, description = "Post the changes that are due (required).")
    boolean due;

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

    PostCommand(CliContext context) {
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
        try (ProgramRegistry registry = local.open();
             AccountChoice choice = AccountChoice.from(accountOptions, context.demo());
             QueueSession session = QueueSession.open(choice, registry, passwordEnv, terminal)) {
            PostReport report;
            try {
                report = session.poster.postDue(PostProgress.NONE, () -> false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CommandException(ExitCode.OTHER, "interrupted while posting; the changes stay queued", e);
            }
            for (PendingChange c : report.late()) {
                terminal.err().println("adsdesk post: late: " + QueueSession.describe(c) + ": " + c.message());
            }
            boolean allDone = report.completed() == report.changes().size();
            for (PendingChange c : report.changes()) {
                if (c.state() != ChangeState.COMPLETED) {
                    terminal.err().println("adsdesk post: " + ApplyCommand.notApplied(c));
                }
            }
            ExitCode exit = allDone ? ExitCode.OK : ExitCode.REJECTED;
            if (json) {
                ObjectNode n = JsonResult.MAPPER.createObjectNode();
                n.put("exit", exit.code);
                n.put("due", report.changes().size());
                n.put("posted", report.posted());
                n.put("completed", report.completed());
                n.put("late", report.late().size());
                ArrayNode changes = n.putArray("changes");
                for (PendingChange c : report.changes()) {
                    ObjectNode o = changes.addObject();
                    o.put("program_id", c.programId());
                    o.put("field", ChangeImport.column(c.field()));
                    o.put("old", c.oldValue());
                    o.put("new", c.newValue());
                    o.put("state", c.state().name());
                    o.put("message", c.message());
                }
                terminal.out().println(n.toString());
            } else {
                terminal.out().printf("%d change%s due: %d completed, %d late%n", report.changes().size(),
                        report.changes().size() == 1 ? "" : "s", report.completed(), report.late().size());
            }
            return exit.code;
        }
    }
}
