package io.adsdesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.model.Account;
import io.adsdesk.model.ChangeKind;
import io.adsdesk.model.RunChanges;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.sync.RegistrySynchronizer;
import io.adsdesk.sync.AccountSyncGuard;
import io.adsdesk.sync.FeatureSynchronizer;
import io.adsdesk.sync.SyncGuard;
import io.adsdesk.sync.SyncOptions;
import io.adsdesk.sync.SyncProgress;
import io.adsdesk.sync.SyncReport;
import io.adsdesk.threads.Threads;

import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** {@code adsdesk sync}: brings an account's local registry up to date. */
@Command(name = "sync", sortOptions = false,
        description = "Download every program of the account and bring the local registry up to date.",
        footer = "Without --password-env the password is asked for on the terminal (no echo).")
final class SyncCommand implements Callable<Integer>, JsonOutput {
    @Mixin
    AccountOptions accountOptions;

    @Option(names = "--password-env", paramLabel = "VAR", description = "Read the password from this environment variable.")
    String passwordEnv;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--concurrency", paramLabel = "N",
            description = "Requests in flight at most (1-" + SyncOptions.MAX_CONCURRENCY + ", default "
                    + SyncOptions.DEFAULT_CONCURRENCY + ").")
    String concurrency;

    @Option(names = JsonOutput.OPTION, description = "Print the result as one JSON object.")
    boolean json;

    @Option(names = "--features", description = "After the program list, also read the features of every program "
            + "that has any (at most " + FeatureSynchronizer.MAX_CONCURRENCY + " requests in flight).")
    boolean features;

    @Mixin
    HelpOption help;

    private final CliContext context;
    private final Terminal terminal;

    SyncCommand(CliContext context) {
        this.context = context;
        this.terminal = context.terminal();
    }

    @Override
    public boolean json() {
        return json;
    }

    @Override
    public Integer call() throws UsageException, CommandException {
        int concurrency = Numbers.intOption("--concurrency", this.concurrency, SyncOptions.DEFAULT_CONCURRENCY,
                1, SyncOptions.MAX_CONCURRENCY);
        Path root = dataDir.root();
        try (AccountChoice choice = AccountChoice.from(accountOptions, context.demo())) {
            var credentials = choice.credentials(passwordEnv, terminal);
            var team = TeamRegistryOption.of(accountOptions, terminal.env(), choice.account(), context.teamPasswords());
            RegistryAccess.prepare(root);
            Account account = choice.account();
            PartnerApiClient client = new PartnerApiClient(choice.apiSettings(), credentials);
            try (ProgramRegistry registry = RegistryAccess.open(root, account, team); Threads threads = new Threads("adsdesk")) {
                SyncGuard guard = AccountSyncGuard.forAccount(account, root);
                var synchronizer = new RegistrySynchronizer(client, registry,
                        SyncOptions.defaults().withConcurrency(concurrency), guard, threads);
                SyncReport report = runCancellable(synchronizer, json, threads);
                FeatureSynchronizer.Report featureReport = null;
                if (features && report.failure() == null && report.status() != SyncOutcome.CANCELLED) {
                    featureReport = syncFeatures(client, registry, threads, concurrency);
                    if (featureReport.failed() > 0) {
                        featureExit = featureReport.needsFeatureCredentials() ? ExitCode.CREDENTIALS_REFUSED : ExitCode.API_UNAVAILABLE;
                    }
                }
                print(report, root, registry, featureReport);
                if (report.failure() == null) {
                    refreshCache(registry);
                }
                // The registry's backup runs once the result is shown; this process waits for it before it ends.
                synchronizer.awaitBackup().ifPresent(note -> terminal.err().println("adsdesk sync: note: " + oneLine(note)));
                return exit(report).code;
            }
        }
    }

    /**
     * After the result is shown, so the app's next start reads the new state quickly. The sync is
     * committed and reported by then: a cache that cannot be written only costs that start time.
     */
    private static void refreshCache(ProgramRegistry registry) {
        try {
            registry.refreshContentsCache();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(SyncCommand.class).warn("Could not refresh the contents cache: {}", e.toString());
        }
    }

    /** Ctrl+C cancels the sync cleanly (nothing changed, run logged) instead of killing it midway. */
    private SyncReport runCancellable(RegistrySynchronizer synchronizer, boolean json, Threads threads) {
        AtomicBoolean cancelled = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = threads.addShutdownHook("cancel-sync", () -> {
            cancelled.set(true);
            try {
                finished.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        });
        ProgressLine line = terminal.interactive() && !json ? new ProgressLine(terminal.err()) : null;
        try {
            return synchronizer.sync(line == null ? SyncProgress.NONE : line, cancelled::get);
        } finally {
            if (line != null) {
                line.clear();
            }
            finished.countDown();
            Threads.removeShutdownHook(hook); // when the hook is running, it is waiting for us, and we are done
        }
    }

    /** {@code --features}: the features of every program that has any, with a progress line on a terminal. */
    private FeatureSynchronizer.Report syncFeatures(PartnerApiClient client, ProgramRegistry registry, Threads threads,
                                                    int concurrency) {
        FeatureSynchronizer features = new FeatureSynchronizer(client, registry, threads);
        List<String> ids = features.programsWithFeatures();
        boolean showProgress = terminal.interactive() && !json;
        java.util.concurrent.atomic.AtomicLong lastShown = new java.util.concurrent.atomic.AtomicLong();
        try {
            FeatureSynchronizer.Report r = features.sync(ids, concurrency, (done, total) -> {
                long now = System.nanoTime();
                if (showProgress && (done.equals(total) || now - lastShown.get() > 200_000_000L)) {
                    lastShown.set(now);
                    synchronized (terminal) {
                        terminal.err().print("\rReading features: " + done + " / " + total + " programs");
                        terminal.err().flush();
                    }
                }
            });
            if (showProgress) {
                terminal.err().print("\r" + " ".repeat(60) + "\r");
            }
            return r;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FeatureSynchronizer.Report(ids.size(), 0, ids.size(), false, "interrupted", 0);
        }
    }

    private void print(SyncReport r, Path root, ProgramRegistry registry, FeatureSynchronizer.Report f) {
        if (!json && f != null && r.failure() == null) {
            print(r, root, registry);
            terminal.out().printf("Read the features of %d of %d programs (%d requests)%n", f.read(), f.programs(), f.requests());
            if (f.failed() > 0) {
                terminal.err().println("adsdesk sync: features of " + f.failed() + " programs not read: " + oneLine(f.message()));
            }
            return;
        }
        if (json && f != null) {
            jsonFeatures = JsonResult.MAPPER.createObjectNode();
            jsonFeatures.put("programs", f.programs());
            jsonFeatures.put("read", f.read());
            jsonFeatures.put("failed", f.failed());
            jsonFeatures.put("requests", f.requests());
            jsonFeatures.put("needs_data_ingestion_credentials", f.needsFeatureCredentials());
            jsonFeatures.put("message", f.message());
            if (f.failed() > 0) {
                terminal.err().println("adsdesk sync: features of " + f.failed() + " programs not read: " + oneLine(f.message()));
            }
        }
        print(r, root, registry);
    }

    /** The exit when the program list synced but some features could not be read; null otherwise. */
    private ExitCode featureExit;

    private ExitCode exit(SyncReport r) {
        return exitCode(r) == ExitCode.OK && featureExit != null ? featureExit : exitCode(r);
    }

    /** The {@code features} object of {@code --json}, when {@code --features} ran. */
    private ObjectNode jsonFeatures;

    private void print(SyncReport r, Path root, ProgramRegistry registry) {
        if (json) {
            ObjectNode n = JsonResult.MAPPER.createObjectNode();
            if (jsonFeatures != null) {
                n.set("features", jsonFeatures);
            }
            n.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
            n.put("exit", exit(r).code);
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
            n.put("marked", r.marked().size());
            var markedIds = n.putArray("marked_programs");
            r.marked().forEach(markedIds::add);
            if (r.status() == SyncOutcome.SYNCED || r.status() == SyncOutcome.UP_TO_DATE) {
                n.set("changes", changes(registry, r.runId()));
            }
            ObjectNode t = n.putObject("timings_ms");
            t.put("fetch", r.fetchTime().toMillis());
            if (r.status() == SyncOutcome.SYNCED) {
                t.put("write", r.writeTime().toMillis()); // nothing is written otherwise
            }
            t.put("business_names", r.namesTime().toMillis());
            t.put("total", r.totalTime().toMillis());
            n.put("data_dir", root.toString());
            terminal.out().println(n.toString());
        }
        String seconds = "%.1f s".formatted(r.totalTime().toMillis() / 1000.0);
        switch (r.status()) {
            case SYNCED -> {
                if (!json) {
                    terminal.out().printf("Synced %d programs: added %d, updated %d, removed %d (%d pages, %d requests, %s)%n",
                            r.totalApi(), r.added(), r.updated(), r.removed(), r.pages(), r.requests(), seconds);
                }
            }
            case UP_TO_DATE -> {
                if (!json) {
                    terminal.out().printf("Up to date: %d programs, nothing written (%d requests, %s)%n",
                            r.totalApi(), r.requests(), seconds);
                }
            }
            // With --json, failures still get their one line on standard error.
            case CANCELLED -> terminal.err().println("adsdesk sync: cancelled; nothing was changed");
            case FAILED -> terminal.err().println("adsdesk sync: failed: " + oneLine(r.message()));
        }
        if (r.message() != null && (r.status() == SyncOutcome.SYNCED || r.status() == SyncOutcome.UP_TO_DATE)) {
            terminal.err().println("adsdesk sync: note: " + oneLine(r.message()));
        }
    }

    /**
     * The changed program IDs per kind, as the registry logged them with the run. A first sync lists
     * none ({@code "initial": true}): every program is new.
     */
    private static ObjectNode changes(ProgramRegistry registry, long runId) {
        RunChanges changes = registry.changesOf(runId).orElse(new RunChanges(runId, false, true, List.of(), List.of()));
        ObjectNode n = JsonResult.MAPPER.createObjectNode();
        n.put("run_id", runId);
        n.put("initial", changes.initial());
        for (ChangeKind kind : ChangeKind.values()) {
            var ids = n.putArray(kind.name().toLowerCase(java.util.Locale.ROOT));
            changes.idsOf(kind).forEach(ids::add);
        }
        return n;
    }

    private static String oneLine(String message) {
        return message == null ? "no reason given" : message.replaceAll("\\R+", " ");
    }

    static ExitCode exitCode(SyncReport r) {
        return switch (r.status()) {
            case SYNCED, UP_TO_DATE -> ExitCode.OK;
            case CANCELLED -> ExitCode.OTHER;
            case FAILED -> switch (r.failure()) {
                case CREDENTIALS_REFUSED, NO_ACCESS -> ExitCode.CREDENTIALS_REFUSED;
                case UNAVAILABLE, RATE_LIMITED, INCOMPLETE, UNTRUSTED_SERVER -> ExitCode.API_UNAVAILABLE;
                default -> ExitCode.OTHER;
            };
        };
    }
}
