package io.adsdesk.bench;

import io.adsdesk.registry.TeamServer;
import io.adsdesk.sync.SyncOptions;
import io.adsdesk.testing.RegistryEngine;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A first sync and a no-change re-sync into a team registry on PostgreSQL beside the same into H2,
 * both against the floor. Needs the test server's variables (see {@link RegistryEngine}); without
 * them the suite leaves this part out. Alone: {@code TeamSyncBench [programs] [latency_ms] [runs]}.
 */
final class TeamSyncBench {
    private TeamSyncBench() {
    }

    /** The report's lines; empty when no PostgreSQL is configured. */
    static String run(int programs, int latencyMs, int runs, Path work) throws Exception {
        if (!RegistryEngine.serverConfigured()) {
            return "";
        }
        TeamServer team = RegistryEngine.freshDatabase();
        int businesses = Math.max(40, programs / 50);
        SyncRuns.Result h2 = SyncRuns.run(programs, businesses, latencyMs, runs, SyncOptions.DEFAULT_CONCURRENCY, work.resolve("team-h2"));
        SyncRuns.deleteTree(h2.keptDir());
        SyncRuns.Result pg = SyncRuns.run(programs, businesses, latencyMs, runs, SyncOptions.DEFAULT_CONCURRENCY,
                work.resolve("team-pg"), team);
        SyncRuns.deleteTree(pg.keptDir());
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "%nTeam registry: first sync of %,d programs at %d ms per request (median of %d; goal <= 1.3x floor)%n%n",
                programs, latencyMs, runs));
        t.append("| registry | first sync | floor | ratio | re-sync rows written |\n|---|---|---|---|---|\n");
        for (var row : java.util.List.of(java.util.Map.entry("H2 (local)", h2), java.util.Map.entry("PostgreSQL (team)", pg))) {
            SyncRuns.Result r = row.getValue();
            long ms = r.medianFirst().totalTime().toMillis();
            t.append(String.format(Locale.ROOT, "| %s | %,d ms | %,.0f ms | %.2f | %d |%n", row.getKey(), ms, r.floorMs(),
                    ms / r.floorMs(), r.medianAgain().rowsWritten()));
        }
        return t.toString();
    }

    public static void main(String[] args) throws Exception {
        int programs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int latency = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String report = run(programs, latency, runs, Path.of("target", "bench"));
        System.out.println(report.isEmpty() ? "No PostgreSQL: set ADSDESK_TEST_PG_URL (see README, Team registry)." : report);
        System.exit(0);
    }
}
