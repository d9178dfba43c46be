package io.adsdesk.bench;

import io.adsdesk.model.Account;
import io.adsdesk.model.PacificDate;
import io.adsdesk.registry.AccountStore;
import io.adsdesk.ui.programs.ProgramsSnapshot;

import java.nio.file.Path;

/**
 * The worker-side steps of opening a synced account, timed one by one in a fresh JVM: registry open
 * (migrations + Hibernate boot), reading every program and business, building the table's rows.
 * <p>Usage: {@code LoadBenchmark dataDir username baseUrl}
 */
public final class LoadBenchmark {
    private LoadBenchmark() {
    }

    public static void main(String[] args) {
        Path root = Path.of(args[0]);
        Account account = new Account(args[1], args[2]);
        long t0 = System.nanoTime();
        try (var registry = AccountStore.openRegistry(root, account)) {
            long t1 = System.nanoTime();
            var programs = registry.findAll();
            long t2 = System.nanoTime();
            var businesses = registry.findBusinesses();
            long t3 = System.nanoTime();
            var last = registry.lastSyncedAt().orElse(null);
            var snapshot = ProgramsSnapshot.build(programs, businesses, PacificDate.today(), last);
            long t4 = System.nanoTime();
            var programs2 = registry.findAll();
            long t5 = System.nanoTime();
            System.out.printf("open %d ms, findAll %d ms (%d programs), findBusinesses %d ms (%d), snapshot %d ms (%d rows), second findAll %d ms%n",
                    ms(t0, t1), ms(t1, t2), programs.size(), ms(t2, t3), businesses.size(), ms(t3, t4),
                    snapshot.rows().size(), ms(t4, t5));
            if (programs2.size() != programs.size()) {
                throw new IllegalStateException();
            }
        }
    }

    private static long ms(long a, long b) {
        return (b - a) / 1_000_000;
    }
}
