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
import io.adsdesk.sync.FeatureSynchronizer;
import io.adsdesk.sync.RegistrySynchronizer;
import io.adsdesk.sync.SyncOptions;
import io.adsdesk.sync.SyncProgress;
import io.adsdesk.threads.Threads;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code sync --features}: after the program list, the features of every program that has any, at
 * most 8 in flight, beside its floor ceil(requests / 8) × latency (goal ≤ 1.25×). Run on its own:
 * {@code FeatureSyncBench [programs] [latencyMs]}.
 */
final class FeatureSyncBench {
    private FeatureSyncBench() {
    }

    /** One result line. */
    static String run(int programs, int businesses, int latencyMs, Path workDir) throws Exception {
        Path root = Files.createDirectories(workDir).resolve("features-" + programs);
        SyncRuns.deleteTree(root);
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(programs)
                .withBusinesses(businesses).withLatencyMs(latencyMs));
             Threads threads = new Threads("bench")) {
            Account account = new Account(SyncRuns.USERNAME, sandbox.baseUrl());
            try (ProgramRegistry registry = AccountStore.openRegistry(root, account)) {
                PartnerApiClient client = new PartnerApiClient(ApiSettings.defaults(sandbox.baseUrl()),
                        new Credentials(SandboxConfig.DEFAULT_USERNAME, SandboxConfig.DEFAULT_PASSWORD.toCharArray()));
                var list = new RegistrySynchronizer(client, registry, SyncOptions.defaults(), AccountSyncGuard.forAccount(account, root))
                        .sync(SyncProgress.NONE, () -> false);
                if (list.failure() != null) {
                    throw new IllegalStateException("sync failed: " + list.message());
                }
                FeatureSynchronizer features = new FeatureSynchronizer(client, registry, threads);
                List<String> ids = features.programsWithFeatures();
                long start = System.nanoTime();
                FeatureSynchronizer.Report r = features.sync(ids, FeatureSynchronizer.MAX_CONCURRENCY, (d, t) -> { });
                double ms = (System.nanoTime() - start) / 1e6;
                if (r.failed() > 0) {
                    throw new IllegalStateException("feature reads failed: " + r.message());
                }
                double floor = Math.ceil(r.requests() / (double) FeatureSynchronizer.MAX_CONCURRENCY) * latencyMs;
                return String.format(Locale.ROOT,
                        "sync --features, %,d programs (%,d with features) at %d ms/request: program list %,d ms, features %,.0f ms "
                                + "for %,d requests, floor %,.0f ms, ratio %.2f (goal <= 1.25)",
                        programs, ids.size(), latencyMs, list.totalTime().toMillis(), ms, r.requests(), floor, ms / floor);
            } finally {
                SyncRuns.deleteTree(root);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int programs = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int latency = args.length > 1 ? Integer.parseInt(args[1]) : 250;
        System.out.println(run(programs, Math.max(5, programs / 50), latency, Path.of("target", "bench")));
        System.exit(0);
    }
}
