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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Whole-sync benchmark against the sandbox on loopback: first sync into an empty file registry, then
 * a no-change re-sync, each repeated; prints medians and the ratio to the network floor
 * ceil(pages / concurrency) x latency.
 * <p>Usage: {@code SyncBenchmark programs businesses latencyMs runs [concurrency]}
 */
public final class SyncBenchmark {
    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int programs = Integer.parseInt(args[0]);
        int businesses = Integer.parseInt(args[1]);
        int latency = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        int concurrency = args.length > 4 ? Integer.parseInt(args[4]) : SyncOptions.DEFAULT_CONCURRENCY;
        int pages = (programs + 39) / 40;
        double floorMs = Math.ceil(pages / (double) concurrency) * latency;

        List<SyncReport> first = new ArrayList<>();
        List<SyncReport> again = new ArrayList<>();
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(programs)
                .withBusinesses(businesses).withLatencyMs(latency))) {
            for (int run = 0; run < runs; run++) {
                Path root = Files.createTempDirectory("adsdesk-bench");
                Account account = new Account("bench", sandbox.baseUrl());
                try (ProgramRegistry registry = AccountStore.openRegistry(root, account)) {
                    PartnerApiClient client = new PartnerApiClient(ApiSettings.defaults(sandbox.baseUrl()),
                            new Credentials(SandboxConfig.DEFAULT_USERNAME, SandboxConfig.DEFAULT_PASSWORD.toCharArray()));
                    RegistrySynchronizer sync = new RegistrySynchronizer(client, registry,
                            SyncOptions.defaults().withConcurrency(concurrency), AccountSyncGuard.forAccount(account, root));
                    first.add(sync.sync(SyncProgress.NONE, () -> false));
                    again.add(sync.sync(SyncProgress.NONE, () -> false));
                }
            }
        }
        System.out.printf("programs=%d businesses=%d latency=%dms concurrency=%d pages=%d runs=%d%n",
                programs, businesses, latency, concurrency, pages, runs);
        SyncReport f = median(first);
        System.out.printf("first sync:   median %.0f ms (download %d, then write tail %d, names %d), floor %.0f ms, ratio %.2f, %s, requests %d%n",
                ms(f), f.fetchTime().toMillis(), f.writeTime().toMillis(), f.namesTime().toMillis(), floorMs,
                ms(f) / floorMs, f.summary(), f.requests());
        System.out.println("              (rows are written while pages download; the tail is what was left after the last page)");
        SyncReport a = median(again);
        System.out.printf("re-sync:      median %.0f ms, ratio to floor %.2f, %s, program rows written %d%n",
                ms(a), ms(a) / floorMs, a.summary(), a.rowsWritten());
        System.out.println("all first-sync times (ms): " + first.stream().map(r -> r.totalTime().toMillis()).toList());
    }

    private static SyncReport median(List<SyncReport> reports) {
        List<SyncReport> sorted = reports.stream().sorted(Comparator.comparing(SyncReport::totalTime)).toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double ms(SyncReport r) {
        return r.totalTime().toNanos() / 1e6;
    }
}
