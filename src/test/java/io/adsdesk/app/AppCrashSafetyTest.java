package io.adsdesk.app;

import io.adsdesk.model.Account;
import io.adsdesk.model.Program;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;
import io.adsdesk.registry.AccountStore;
import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.sandbox.DemoAccount;
import io.adsdesk.testing.RegistryCheck;
import io.adsdesk.testing.SyncWrites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static io.adsdesk.testing.RegistryCheck.assertConsistent;
import static io.adsdesk.testing.RegistryCheck.programs;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SIGKILL of the dashboard at random moments of its sync: afterwards the registry opens, is
 * consistent, and holds the state before or after the killed sync, never a mix; a sync the app
 * logged as finished is never lost; the next launch's sync completes.
 *
 * <p>The demo sandbox serves the same account on every launch, so before each launch the test takes
 * the registry back from that account (some programs removed, some budgets changed): each sync then
 * has real work to write, and the "before" state is a committed one the app must not lose.
 */
class AppCrashSafetyTest {
    /** scripts/crash-trials.sh sets more. */
    private static final int TRIALS = RegistryCheck.trials("adsdesk.appCrashTrials", 5);
    /** Every third trial kills the app as soon as it logs that its sync finished. */
    private static final int KILL_AT_FINISH_EVERY = 3;
    private static final long LATENCY_MS = 80;
    private static final int REMOVED = 60;
    private static final int CHANGED = 40;
    private static final Account DEMO = DemoAccount.ACCOUNT;

    @TempDir
    Path dir;

    @Test
    void killingTheAppDuringItsSyncNeverLeavesAMixedOrBrokenRegistry() throws Exception {
        Random random = new Random(11);
        Path data = dir.resolve("data");
        long syncMs;
        try (DashboardProcess app = launch(0)) {
            long started = awaitNanos(app, DashboardProcess.SYNC_STARTED);
            assertTrue(app.await(DashboardProcess.SYNC_FINISHED).contains("SYNCED"), "the first sync must succeed");
            syncMs = (System.nanoTime() - started) / 1_000_000;
            app.kill();
        }
        Set<Program> complete = programs(data, DEMO);
        assertFalse(complete.isEmpty(), "the first sync stored the demo account");

        int midway = 0;
        int afterFinish = 0;
        for (int trial = 1; trial <= TRIALS; trial++) {
            Set<Program> before = takeBack(data, random);
            assertNotEquals(complete, before);
            try (DashboardProcess app = launch(trial)) {
                app.await(DashboardProcess.SYNC_STARTED);
                if (trial % KILL_AT_FINISH_EVERY == 0) {
                    app.await(DashboardProcess.SYNC_FINISHED);
                } else {
                    Thread.sleep((long) (syncMs * 0.8 * random.nextDouble()));
                }
                app.kill();
                boolean finished = app.loggedLine(DashboardProcess.SYNC_FINISHED) != null;
                assertConsistent(data, DEMO);
                Set<Program> now = programs(data, DEMO);
                if (finished) {
                    afterFinish++;
                    assertTrue(now.equals(complete), "trial " + trial + ": a sync the app logged as finished was lost");
                } else {
                    assertTrue(now.equals(before) || now.equals(complete), "trial " + trial
                            + ": the registry holds a mix of two states (" + now.size() + " programs)");
                    midway += now.equals(before) ? 1 : 0;
                }
            }
        }
        assertTrue(midway > 0, "some kills must land during syncs");
        System.out.printf("crash-trials: app killed during %d syncs (%d before the commit, %d after it logged "
                + "finished); registry consistent, never a mix, no finished sync lost%n", TRIALS, midway, afterFinish);

        takeBack(data, random);
        try (DashboardProcess app = launch(TRIALS + 1)) {
            assertTrue(app.await(DashboardProcess.SYNC_FINISHED).contains("SYNCED"), "the sync after the kills completes");
            app.kill();
        }
        assertConsistent(data, DEMO);
        assertTrue(programs(data, DEMO).equals(complete), "the last sync restored the demo account");
    }

    private DashboardProcess launch(int run) throws Exception {
        return DashboardProcess.launchDemo(dir.resolve("data"), dir.resolve("logs-" + run), LATENCY_MS);
    }

    private static long awaitNanos(DashboardProcess app, String text) throws Exception {
        app.await(text);
        return System.nanoTime();
    }

    /**
     * Moves the registry away from the demo account with a committed change, as if another sync had
     * stored an older state: removes some programs, changes the budget of others. Returns the result.
     */
    private static Set<Program> takeBack(Path data, Random random) {
        try (ProgramRegistry registry = AccountStore.openRegistry(data, DEMO)) {
            List<Program> all = new ArrayList<>(registry.findAll());
            Collections.shuffle(all, random);
            Set<String> removed = all.subList(0, REMOVED).stream().map(Program::programId).collect(Collectors.toSet());
            List<Program> changed = all.subList(REMOVED, REMOVED + CHANGED).stream().map(AppCrashSafetyTest::withOtherBudget).toList();
            Instant now = Instant.now();
            SyncWrites.apply(registry, List.of(), changed, removed, new SyncRun(0, now, now, SyncOutcome.SYNCED,
                    all.size(), all.size(), all.size() - REMOVED, 0, CHANGED, REMOVED, 0, "crash test: older state"));
        }
        return programs(data, DEMO);
    }

    private static Program withOtherBudget(Program p) {
        long budget = p.budgetCents() == null ? 0 : p.budgetCents();
        return new Program(p.programId(), p.programType(), p.startDate(), p.endDate(), p.active(), p.paused(),
                budget + 1234, p.maxBidCents(), p.currency(), p.autobid(), p.feePeriod(), p.billedImpressions(),
                p.billedClicks(), p.adCostCents(), p.businesses(), p.adCategories(), p.activeFeatures(),
                p.availableFeatures(), p.futureBudgetChanges(), p.pageUpgradeInfo());
    }
}
