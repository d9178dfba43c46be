package io.adsdesk.bench;

import io.adsdesk.sync.SyncOptions;
import io.adsdesk.sync.SyncReport;

import java.nio.file.Path;

/**
 * One sync size on its own (the full suite is {@link BenchSuite}): first sync into an empty file
 * registry, then a no-change re-sync, each repeated; prints medians and the ratio to the network
 * floor ceil(pages / concurrency) x latency.
 * <p>Usage: {@code SyncBenchmark programs businesses latencyMs runs [concurrency]}
 */
public final class SyncBenchmark {
    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int concurrency = args.length > 4 ? Integer.parseInt(args[4]) : SyncOptions.DEFAULT_CONCURRENCY;
        SyncRuns.Result r = SyncRuns.run(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                Integer.parseInt(args[3]), concurrency, Path.of("target", "bench"));
        System.out.printf("programs=%d businesses=%d latency=%dms concurrency=%d pages=%d runs=%d%n",
                r.programs(), r.businesses(), r.latencyMs(), concurrency, r.pages(), r.first().size());
        SyncReport f = r.medianFirst();
        System.out.printf("first sync:   median %d ms (download %d, then write tail %d, names %d), floor %.0f ms, ratio %.2f, %s, "
                        + "requests %d, %.0f programs/s written%n",
                f.totalTime().toMillis(), f.fetchTime().toMillis(), f.writeTime().toMillis(), f.namesTime().toMillis(),
                r.floorMs(), f.totalTime().toMillis() / r.floorMs(), f.summary(), f.requests(), r.writeRate());
        SyncReport a = r.medianAgain();
        System.out.printf("re-sync:      median %d ms, ratio to floor %.2f, %s, program rows written %d%n",
                a.totalTime().toMillis(), a.totalTime().toMillis() / r.floorMs(), a.summary(), a.rowsWritten());
        System.out.println("all first-sync times (ms): " + r.first().stream().map(x -> x.totalTime().toMillis()).toList());
    }
}
