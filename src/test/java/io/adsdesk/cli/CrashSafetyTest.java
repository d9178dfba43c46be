package io.adsdesk.cli;

import io.adsdesk.model.Account;
import io.adsdesk.model.Program;
import io.adsdesk.registry.AccountStore;
import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SIGKILL at random moments of a command-line sync: afterwards the registry opens, is internally
 * consistent, and holds exactly the state before or after the killed sync, never a mix; the next
 * sync completes.
 */
class CrashSafetyTest {
    private static final int TRIALS = 20;
    private static final String PASSWORD = "crash-test-password";

    @TempDir
    Path dir;

    @Test
    void killingASyncAtRandomMomentsNeverLeavesAMixedOrBrokenRegistry() throws Exception {
        Random random = new Random(42);
        try (SandboxServer api = SandboxServer.start(SandboxConfig.defaults().withPrograms(4000).withBusinesses(80)
                .withCredentials("crash", PASSWORD).withLatencyMs(20))) {
            Account account = new Account("crash", api.baseUrl());
            Path data = dir.resolve("data");
            long started = System.nanoTime();
            assertEquals(0, sync(api, data).waitFor());
            // Kill within the span a whole sync takes on this machine, so most kills land mid-sync.
            long syncMs = Math.max(500, (System.nanoTime() - started) / 1_000_000);
            Set<String> before = registryIds(data, account);
            int killedMidway = 0;
            for (int trial = 0; trial < TRIALS; trial++) {
                api.account().applyDrift(7, 5, 9);
                Set<String> after = new HashSet<>(api.account().programIds());
                Process p = sync(api, data);
                Thread.sleep((long) (syncMs * (0.15 + 0.8 * random.nextDouble())));
                boolean finishedFirst = !p.isAlive();
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
                if (!finishedFirst) {
                    killedMidway++;
                }
                assertConsistent(data, account);
                Set<String> now = registryIds(data, account);
                assertTrue(now.equals(before) || now.equals(after),
                        "trial " + trial + ": the registry holds a mix of two states (" + now.size() + " programs)");
                before = now;
            }
            assertTrue(killedMidway >= TRIALS / 3, "kills must land during syncs: " + killedMidway);

            Process last = sync(api, data);
            assertEquals(0, last.waitFor());
            assertEquals(new HashSet<>(api.account().programIds()), registryIds(data, account));
        }
    }

    private Process sync(SandboxServer api, Path data) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-Dlogback.configurationFile=logback.xml", "-cp", System.getProperty("java.class.path"),
                "io.adsdesk.app.Main", "sync", "--base-url", api.baseUrl(), "--username", "crash",
                "--password-env", "PW", "--data-dir", data.toString()));
        pb.environment().put("PW", PASSWORD);
        pb.environment().put("ADSDESK_LOG_DIR", dir.resolve("logs").toString());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }

    private static Set<String> registryIds(Path data, Account account) {
        try (ProgramRegistry registry = AccountStore.openRegistry(data, account)) {
            return registry.findAll().stream().map(Program::programId).collect(Collectors.toSet());
        }
    }

    /** Every link points at a stored program, every program has its links, and the counts agree. */
    private static void assertConsistent(Path data, Account account) throws Exception {
        Path file = AccountStore.accountDir(data, account).resolve("registry");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file, "sa", "");
             Statement s = c.createStatement()) {
            List<String> checks = new ArrayList<>(List.of(
                    "SELECT COUNT(*) FROM program_businesses b LEFT JOIN programs p ON p.program_id = b.program_id "
                            + "WHERE p.program_id IS NULL",
                    "SELECT COUNT(*) FROM programs p WHERE NOT EXISTS "
                            + "(SELECT 1 FROM program_businesses b WHERE b.program_id = p.program_id)"));
            for (String sql : checks) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    rs.next();
                    assertEquals(0, rs.getInt(1), sql);
                }
            }
        }
    }
}
