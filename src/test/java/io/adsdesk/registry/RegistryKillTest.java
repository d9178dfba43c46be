package io.adsdesk.registry;

import io.adsdesk.model.Program;
import io.adsdesk.testing.ChildJvm;
import io.adsdesk.testing.RegistryCheck;
import io.adsdesk.testing.RegistryEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static io.adsdesk.registry.RegistryKillChild.ACCOUNT;
import static io.adsdesk.testing.RegistryCheck.assertConsistent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SIGKILL of a process in the middle of large sync writes (thousands of rows added, changed and
 * removed in one transaction), many times over: afterwards the registry is consistent and holds
 * exactly one whole committed round, never a mix, and never less than the process reported stored.
 *
 * <p>This is the storage engine's own crash test, faster and harsher than the end-to-end ones: it
 * is what showed that H2 2.5.252 can bring back part of a killed transaction (a few percent
 * of kills), which is why the build pins 2.4.240.
 */
class RegistryKillTest {
    /** scripts/crash-trials.sh sets more. */
    private static final int TRIALS = RegistryCheck.trials("adsdesk.registryKillTrials", 20);
    private static final int ROUNDS = 3;
    /** Kills of a sync into PostgreSQL: the server rolls the dropped transaction back. */
    private static final int TEAM_TRIALS = RegistryCheck.trials("adsdesk.teamKillTrials", 10);

    private TeamServer team;

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("io.adsdesk.testing.RegistryEngine#both")
    void killingLargeSyncWritesLeavesExactlyOneWholeCommittedRound(RegistryEngine engine) throws Exception {
        Path data = dir.resolve("data");
        team = engine == RegistryEngine.H2 ? null : RegistryEngine.freshDatabase();
        int trials = team == null ? TRIALS : TEAM_TRIALS;
        Random random = new Random(5);
        Process first = child(data, "first");
        long started = awaitOpened(first, dir.resolve("first.txt"));
        assertEquals(0, first.waitFor(), "the child completes its rounds when nobody kills it");
        // Kills land within the span the rounds took to write, counted from the registry being open.
        long spanMs = (System.nanoTime() - started) / 1_000_000;

        int midway = 0;
        for (int trial = 1; trial <= trials; trial++) {
            Process p = child(data, "trial-" + trial);
            awaitOpened(p, dir.resolve("trial-" + trial + ".txt"));
            Thread.sleep((long) (spanMs * random.nextDouble()));
            midway += p.isAlive() ? 1 : 0;
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the child ended after SIGKILL");
            int reported = lastReported(dir.resolve("trial-" + trial + ".txt"));

            if (team == null) {
                assertConsistent(data, ACCOUNT);
            }
            try (ProgramRegistry registry = RegistryKillChild.open(data, team)) {
                int round = RegistryKillChild.storedRound(registry);
                Set<Program> stored = new HashSet<>(registry.findAll());
                assertTrue(round >= reported, "trial " + trial + ": round " + reported + " was reported stored, the registry holds "
                        + round);
                assertEquals(new HashSet<>(RegistryKillChild.state(round).values()), stored,
                        "trial " + trial + ": the registry holds a mix, not round " + round);
            }
        }
        assertTrue(midway >= trials / 2, "kills must land while the child writes: " + midway);
        System.out.printf("crash-trials: %s storage killed %d times (%d while writing); one whole committed round "
                + "every time%n", engine, trials, midway);
    }

    private Process child(Path data, String name) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of(data.toString(), Integer.toString(ROUNDS)));
        if (team != null) {
            args.add(team.url());
        }
        ProcessBuilder pb = new ProcessBuilder(ChildJvm.java(List.of(), RegistryKillChild.class.getName(), args));
        pb.environment().put("ADSDESK_LOG_DIR", dir.resolve("logs").toString());
        pb.redirectErrorStream(true).redirectOutput(dir.resolve(name + ".txt").toFile());
        return pb.start();
    }

    /** Waits until the child says its registry is open; returns that moment (System.nanoTime). */
    private static long awaitOpened(Process p, Path output) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (Files.readAllLines(output).contains(RegistryKillChild.OPENED)) {
                return System.nanoTime();
            }
            assertTrue(p.isAlive(), "the child ended before opening its registry: " + Files.readString(output));
            Thread.sleep(5);
        }
        throw new AssertionError("the child did not open its registry in 60 s");
    }

    private static int lastReported(Path output) throws Exception {
        return Files.readAllLines(output).stream().filter(l -> l.startsWith(RegistryKillChild.COMMITTED))
                .mapToInt(l -> Integer.parseInt(l.substring(RegistryKillChild.COMMITTED.length()).trim()))
                .max().orElse(0);
    }
}
