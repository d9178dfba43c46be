package io.adsdesk.cli;

import io.adsdesk.model.Account;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxServer;
import io.adsdesk.testing.ChildJvm;
import io.adsdesk.testing.RegistryCheck;
import io.adsdesk.registry.TeamServer;
import io.adsdesk.testing.RegistryEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static io.adsdesk.testing.RegistryCheck.assertConsistent;
import static io.adsdesk.testing.RegistryCheck.programIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * SIGKILL at random moments of a command-line sync: afterwards the registry opens, is internally
 * consistent, and holds exactly the state before or after the killed sync, never a mix; the next
 * sync completes. A sync the command reported done survives a kill right after the report. Both
 * into the local registry and into a team registry on PostgreSQL (skipped without a server).
 */
class CrashSafetyTest {
    /** scripts/crash-trials.sh sets more. */
    private static final int TRIALS = RegistryCheck.trials("adsdesk.cliCrashTrials", 20);
    /** Into PostgreSQL: every trial starts a JVM that connects to the server, so fewer by default. */
    private static final int TEAM_TRIALS = RegistryCheck.trials("adsdesk.cliCrashTrials", 10);
    private static final int REPORTED_TRIALS = 3;
    private static final String PASSWORD = "crash-test-password";

    @TempDir
    Path dir;

    /** The team registry the syncs write to; null: the local registry. */
    private TeamServer team;

    @ParameterizedTest
    @MethodSource("io.adsdesk.testing.RegistryEngine#both")
    void killingASyncAtRandomMomentsNeverLeavesAMixedOrBrokenRegistry(RegistryEngine engine) throws Exception {
        team = engine == RegistryEngine.H2 ? null : RegistryEngine.freshDatabase();
        int trials = team == null ? TRIALS : TEAM_TRIALS;
        Random random = new Random(42);
        try (SandboxServer api = sandbox()) {
            Account account = new Account("crash", api.baseUrl());
            Path data = dir.resolve("data");
            long started = System.nanoTime();
            assertEquals(0, sync(api, data, ProcessBuilder.Redirect.DISCARD).waitFor());
            // Kill within the span a whole sync takes on this machine, so most kills land mid-sync.
            long windowMs = Math.max(500, (System.nanoTime() - started) / 1_000_000);
            Set<String> before = programIds(data, account, team);
            int killedMidway = 0;
            for (int trial = 0; trial < trials; trial++) {
                api.account().applyDrift(7, 5, 9);
                Set<String> after = new HashSet<>(api.account().programIds());
                Process p = sync(api, data, ProcessBuilder.Redirect.DISCARD);
                long sleepMs = (long) (windowMs * (0.15 + 0.8 * random.nextDouble()));
                Thread.sleep(sleepMs);
                boolean finishedFirst = !p.isAlive();
                if (finishedFirst) {
                    // Re-syncs write less than the first sync, and a busy machine slows the first one:
                    // aim the next kills inside the time this sync took at most.
                    windowMs = Math.max(500, sleepMs);
                }
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
                if (!finishedFirst) {
                    killedMidway++;
                }
                assertConsistent(data, account, team);
                Set<String> now = programIds(data, account, team);
                if (!now.equals(before) && !now.equals(after)) {
                    Path kept = keepForInspection(data, trial);
                    Set<String> old = before;
                    fail("trial " + trial + ": the registry holds a mix of two states (" + now.size() + " programs; "
                            + before.size() + " before, " + after.size() + " after, "
                            + now.stream().filter(id -> !old.contains(id)).count() + " not in before, "
                            + old.stream().filter(id -> !now.contains(id)).count() + " of before missing); kept in " + kept);
                }
                before = now;
            }
            assertTrue(killedMidway >= trials / 3, "kills must land during syncs: " + killedMidway);
            System.out.printf("crash-trials: CLI sync into %s killed %d times (%d mid-sync); registry consistent, "
                    + "never a mix%n", engine, trials, killedMidway);

            Process last = sync(api, data, ProcessBuilder.Redirect.DISCARD);
            assertEquals(0, last.waitFor());
            assertEquals(new HashSet<>(api.account().programIds()), programIds(data, account, team));
        }
    }

    @ParameterizedTest
    @MethodSource("io.adsdesk.testing.RegistryEngine#both")
    void aSyncReportedDoneSurvivesAKillRightAfterTheReport(RegistryEngine engine) throws Exception {
        team = engine == RegistryEngine.H2 ? null : RegistryEngine.freshDatabase();
        try (SandboxServer api = sandbox()) {
            Account account = new Account("crash", api.baseUrl());
            Path data = dir.resolve("data");
            assertEquals(0, sync(api, data, ProcessBuilder.Redirect.DISCARD).waitFor());
            for (int trial = 0; trial < REPORTED_TRIALS; trial++) {
                Set<String> before = programIds(data, account, team);
                api.account().applyDrift(7, 5, 9);
                Set<String> after = new HashSet<>(api.account().programIds());
                assertNotEquals(before, after);
                Process p = sync(api, data, ProcessBuilder.Redirect.PIPE);
                String line = firstLineStartingWith(p, "Synced ");
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
                assertNotNull(line, "trial " + trial + ": the sync did not report success");
                assertConsistent(data, account, team);
                Set<String> now = programIds(data, account, team);
                assertTrue(now.equals(after), "trial " + trial + ": the reported sync was lost (" + now.size()
                        + " programs stored, " + after.size() + " synced)");
            }
        }
    }

    /** A failing trial's data directory, copied where it outlives the test (target/crash-failures). */
    private static Path keepForInspection(Path data, int trial) throws java.io.IOException {
        Path target = Path.of("target", "crash-failures", "trial-" + trial + "-" + System.currentTimeMillis());
        try (var paths = java.nio.file.Files.walk(data)) {
            for (Path p : paths.toList()) {
                Path to = target.resolve(data.relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) {
                    java.nio.file.Files.createDirectories(to);
                } else {
                    java.nio.file.Files.copy(p, to);
                }
            }
        }
        return target.toAbsolutePath();
    }

    private static SandboxServer sandbox() throws Exception {
        return SandboxServer.start(SandboxConfig.defaults().withPrograms(4000).withBusinesses(80)
                .withCredentials("crash", PASSWORD).withLatencyMs(20));
    }

    /** Reads the child's output until a line starts with {@code prefix}; null if it ends first. */
    private static String firstLineStartingWith(Process p, String prefix) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        return null;
    }

    private Process sync(SandboxServer api, Path data, ProcessBuilder.Redirect output) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("sync", "--base-url", api.baseUrl(),
                "--username", "crash", "--password-env", "PW", "--data-dir", data.toString()));
        if (team != null) {
            args.addAll(RegistryEngine.options(team));
        }
        ProcessBuilder pb = new ProcessBuilder(ChildJvm.adsdesk(List.of(), args));
        pb.environment().put("PW", PASSWORD);
        if (team != null) {
            pb.environment().put(RegistryEngine.PASSWORD_VARIABLE, team.password());
        }
        pb.environment().put("ADSDESK_LOG_DIR", dir.resolve("logs").toString());
        pb.redirectOutput(output).redirectError(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }
}
