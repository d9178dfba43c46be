package io.adsdesk.bench;

import io.adsdesk.model.FeePeriod;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.testing.SyncWrites;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Registry throughput on a file database: open, insert N programs in one sync, read them all back,
 * update 1% of them, reopen. Prints medians of the repeated reads.
 * <p>Usage: {@code RegistryBenchmark programs}
 */
public final class RegistryBenchmark {
    private RegistryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        List<Program> programs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            programs.add(new Program("p%08d".formatted(i), "CPC", LocalDate.of(2026, 1, 1), i % 3 == 0 ? null : LocalDate.of(2027, 1, 1),
                    true, false, 250000L, 75L, "USD", false, FeePeriod.CALENDAR_MONTH, i, i / 10, 1234L,
                    List.of(new ProgramBusiness("b%05d".formatted(i % 2000), null)), List.of("plumbing"),
                    List.of("AD_GOAL"), List.of("AD_GOAL", "LINK_TRACKING"), List.of(), null));
        }
        Path dir = Files.createTempDirectory("adsdesk-registry-bench");
        SyncRun run = new SyncRun(0, Instant.now(), Instant.now(), SyncOutcome.SYNCED, n, 0, n, n, 0, 0, 0, null);
        long t0 = System.nanoTime();
        try (var registry = HibernateProgramRegistry.open(dir)) {
            long t1 = System.nanoTime();
            SyncWrites.apply(registry, programs, List.of(), Set.of(), run);
            long t2 = System.nanoTime();
            System.out.printf("open (new) %d ms; insert %d programs %d ms (%.0f/s)%n", ms(t0, t1), n, ms(t1, t2), n / ((t2 - t1) / 1e9));
            List<Long> reads = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                long a = System.nanoTime();
                int size = registry.findAll().size();
                reads.add(ms(a, System.nanoTime()));
                if (size != n) {
                    throw new IllegalStateException("read " + size);
                }
            }
            System.out.println("findAll ms: " + reads + " median " + reads.stream().sorted().toList().get(2));
            List<Program> updates = programs.subList(0, n / 100).stream()
                    .map(p -> new Program(p.programId(), p.programType(), p.startDate(), p.endDate(), p.active(), true,
                            p.budgetCents(), p.maxBidCents(), p.currency(), p.autobid(), p.feePeriod(), p.billedImpressions(),
                            p.billedClicks(), p.adCostCents(), p.businesses(), p.adCategories(), p.activeFeatures(),
                            p.availableFeatures(), p.futureBudgetChanges(), p.pageUpgradeInfo())).toList();
            long u = System.nanoTime();
            SyncWrites.apply(registry, List.of(), updates, Set.of(), run);
            System.out.printf("update %d programs %d ms%n", updates.size(), ms(u, System.nanoTime()));
        }
        long r = System.nanoTime();
        try (var registry = HibernateProgramRegistry.open(dir)) {
            long open = ms(r, System.nanoTime());
            long a = System.nanoTime();
            registry.findAll();
            System.out.printf("reopen %d ms; first findAll after reopen %d ms; file %d KB%n", open, ms(a, System.nanoTime()),
                    Files.size(dir.resolve("registry.mv.db")) / 1024);
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
