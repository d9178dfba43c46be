package io.adsdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.model.Account;
import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.sync.RegistrySynchronizer;
import io.adsdesk.sync.AccountSyncGuard;
import io.adsdesk.sync.SyncGuard;
import io.adsdesk.sync.SyncOptions;
import io.adsdesk.sync.SyncProgress;
import io.adsdesk.sync.SyncReport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** {@code adsdesk sync}: brings an account's local registry up to date. */
final class SyncCommand {
    static final String USAGE = "adsdesk sync [--demo | --username U [--base-url URL]] [--password-env VAR] "
            + "[--data-dir DIR] [--concurrency N] [--json]";

    static final Set<String> VALUED = union(AccountChoice.VALUED, Set.of("--password-env", "--data-dir", "--concurrency"));
    static final Set<String> FLAGS = union(AccountChoice.FLAGS, Set.of("--json"));

    private final Terminal terminal;

    SyncCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    int run(List<String> args) throws UsageException, CommandException {
        Options o = Options.parse(args, VALUED, FLAGS);
        int concurrency = o.intValue("--concurrency", SyncOptions.DEFAULT_CONCURRENCY, 1, SyncOptions.MAX_CONCURRENCY);
        Path root = RegistryAccess.dataRoot(o);
        try (AccountChoice choice = AccountChoice.from(o)) {
            var credentials = choice.credentials(o, terminal);
            Account account = choice.account();
            PartnerApiClient client = new PartnerApiClient(choice.apiSettings(), credentials);
            try (ProgramRegistry registry = RegistryAccess.open(root, account)) {
                SyncGuard guard = AccountSyncGuard.forAccount(account, root);
                var synchronizer = new RegistrySynchronizer(client, registry,
                        SyncOptions.defaults().withConcurrency(concurrency), guard);
                SyncReport report = runCancellable(synchronizer, o.has("--json"));
                print(report, o.has("--json"), root);
                if (report.failure() == null) {
                    // After the result is shown: the app's next start then reads the new state quickly.
                    registry.refreshContentsCache();
                }
                return exitCode(report).code;
            }
        } catch (IOException e) {
            throw new CommandException(ExitCode.OTHER, "could not start the demo account: " + e.getMessage(), e);
        }
    }

    /** Ctrl+C cancels the sync cleanly (nothing changed, run logged) instead of killing it midway. */
    private SyncReport runCancellable(RegistrySynchronizer synchronizer, boolean json) {
        AtomicBoolean cancelled = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            cancelled.set(true);
            try {
                finished.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "adsdesk-cancel-sync");
        Runtime.getRuntime().addShutdownHook(hook);
        ProgressLine line = terminal.interactive() && !json ? new ProgressLine(terminal.err()) : null;
        try {
            return synchronizer.sync(line == null ? SyncProgress.NONE : line, cancelled::get);
        } finally {
            if (line != null) {
                line.clear();
            }
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it is waiting for us, and we are done
            }
        }
    }

    private void print(SyncReport r, boolean json, Path root) {
        if (json) {
            ObjectMapper m = new ObjectMapper();
            ObjectNode n = m.createObjectNode();
            n.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
            n.put("total_api", r.totalApi());
            n.put("total_db_before", r.totalDbBefore());
            n.put("total_db_after", r.totalDbAfter());
            n.put("added", r.added());
            n.put("updated", r.updated());
            n.put("removed", r.removed());
            n.put("pages", r.pages());
            n.put("requests", r.requests());
            n.put("failure", r.failure() == null ? null : r.failure().name());
            n.put("message", r.message());
            ObjectNode t = n.putObject("timings_ms");
            t.put("fetch", r.fetchTime().toMillis());
            t.put("write", r.writeTime().toMillis());
            t.put("business_names", r.namesTime().toMillis());
            t.put("total", r.totalTime().toMillis());
            n.put("data_dir", root.toString());
            terminal.out().println(n.toString());
            return;
        }
        String seconds = "%.1f s".formatted(r.totalTime().toMillis() / 1000.0);
        switch (r.status()) {
            case SYNCED -> terminal.out().printf("Synced %d programs: added %d, updated %d, removed %d (%d pages, %d requests, %s)%n",
                    r.totalApi(), r.added(), r.updated(), r.removed(), r.pages(), r.requests(), seconds);
            case UP_TO_DATE -> terminal.out().printf("Up to date: %d programs, nothing written (%d requests, %s)%n",
                    r.totalApi(), r.requests(), seconds);
            case CANCELLED -> terminal.err().println("adsdesk: sync cancelled; nothing was changed");
            case FAILED -> terminal.err().println("adsdesk: sync failed: " + r.message());
        }
        if (r.message() != null && (r.status() == io.adsdesk.model.SyncOutcome.SYNCED
                || r.status() == io.adsdesk.model.SyncOutcome.UP_TO_DATE)) {
            terminal.err().println("adsdesk: note: " + r.message());
        }
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    static ExitCode exitCode(SyncReport r) {
        return switch (r.status()) {
            case SYNCED, UP_TO_DATE -> ExitCode.OK;
            case CANCELLED -> ExitCode.OTHER;
            case FAILED -> switch (r.failure()) {
                case CREDENTIALS_REFUSED, NO_ACCESS -> ExitCode.CREDENTIALS_REFUSED;
                case UNAVAILABLE, RATE_LIMITED, INCOMPLETE -> ExitCode.API_UNAVAILABLE;
                default -> ExitCode.OTHER;
            };
        };
    }
}
