package io.adsdesk.bench;

import io.adsdesk.api.ApiSettings;
import io.adsdesk.api.Credentials;
import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.model.Account;
import io.adsdesk.registry.AccountStore;
import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxServer;
import io.adsdesk.sync.AccountSyncGuard;
import io.adsdesk.sync.RegistrySynchronizer;
import io.adsdesk.sync.SyncOptions;
import io.adsdesk.sync.SyncProgress;
import io.adsdesk.sync.SyncReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whole syncs against the sandbox on loopback: a first sync into an empty file registry, then a
 * no-change re-sync, repeated. The last run's data directory is kept (with settings that reopen the
 * account at start), so the screen and start-up benchmarks use a registry the real sync wrote; the
 * sandbox is gone by then, so the app starts offline.
 */
final class SyncRuns {
    static final String USERNAME = "bench";

    record Result(int programs, int businesses, int latencyMs, int concurrency, int pages, List<SyncReport> first,
                  List<SyncReport> again, Path keptDir, String baseUrl) {

        double floorMs() {
            return Math.ceil(pages / (double) concurrency) * latencyMs;
        }

        SyncReport medianFirst() {
            return median(first);
        }

        SyncReport medianAgain() {
            return median(again);
        }

        /** Program rows written per second of the database thread's time in a first sync (median run). */
        double writeRate() {
            List<Double> rates = first.stream()
                    .map(r -> r.rowsWritten() / Math.max(1e-9, r.databaseTime().toNanos() / 1e9)).toList();
            return Stats.median(rates);
        }

        private static SyncReport median(List<SyncReport> reports) {
            List<SyncReport> sorted = reports.stream().sorted(Comparator.comparing(SyncReport::totalTime)).toList();
            return sorted.get(sorted.size() / 2);
        }
    }

    private SyncRuns() {
    }

    static Result run(int programs, int businesses, int latencyMs, int runs, int concurrency, Path workDir) throws Exception {
        return run(programs, businesses, latencyMs, runs, concurrency, workDir, null);
    }

    /** Like the above, into a team registry on {@code team} when given (a new account per run, so each starts empty). */
    static Result run(int programs, int businesses, int latencyMs, int runs, int concurrency, Path workDir,
                      io.adsdesk.registry.TeamServer team) throws Exception {
        List<SyncReport> first = new ArrayList<>();
        List<SyncReport> again = new ArrayList<>();
        Path kept = null;
        String baseUrl;
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(programs)
                .withBusinesses(businesses).withLatencyMs(latencyMs))) {
            baseUrl = sandbox.baseUrl();
            for (int run = 0; run < runs; run++) {
                Path root = Files.createDirectories(workDir).resolve("sync-" + programs + "-" + run);
                deleteTree(root);
                Account account = new Account(team == null ? USERNAME : USERNAME + "-" + java.util.UUID.randomUUID(), baseUrl);
                try (ProgramRegistry registry = team == null ? AccountStore.openRegistry(root, account)
                        : AccountStore.openTeamRegistry(root, account, team, null)) {
                    PartnerApiClient client = new PartnerApiClient(ApiSettings.defaults(baseUrl),
                            new Credentials(SandboxConfig.DEFAULT_USERNAME, SandboxConfig.DEFAULT_PASSWORD.toCharArray()));
                    RegistrySynchronizer sync = new RegistrySynchronizer(client, registry,
                            SyncOptions.defaults().withConcurrency(concurrency), AccountSyncGuard.forAccount(account, root));
                    first.add(check(sync.sync(SyncProgress.NONE, () -> false)));
                    again.add(check(sync.sync(SyncProgress.NONE, () -> false)));
                }
                if (kept != null) {
                    deleteTree(kept);
                }
                kept = root;
            }
        }
        Files.writeString(kept.resolve("settings.json"), """
                {"theme":"LIGHT","autoSyncMinutes":0,"lastAccountUsername":"%s","lastAccountBaseUrl":"%s"}
                """.formatted(USERNAME, baseUrl));
        return new Result(programs, businesses, latencyMs, concurrency, (programs + 39) / 40, first, again, kept, baseUrl);
    }

    private static SyncReport check(SyncReport report) {
        if (report.failure() != null) {
            throw new IllegalStateException("sync failed: " + report.message());
        }
        return report;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
