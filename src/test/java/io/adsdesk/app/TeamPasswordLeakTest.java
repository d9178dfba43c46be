package io.adsdesk.app;

import io.adsdesk.cli.CliProcess;
import io.adsdesk.registry.TeamServer;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxServer;
import io.adsdesk.testing.LeakSearch;
import io.adsdesk.testing.RegistryEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #17: the team registry's database password, a distinctive one for a role of its own, goes
 * through the connect form, Test connection, a sync, a reopening, the command line reading it from the
 * credential store, an unreachable server and sign-out; then every file under the data directory (the
 * settings and the local copy included), the logs and the console are searched for it (and for the
 * partner password). Zero hits. Skipped without ADSDESK_TEST_PG_URL.
 */
class TeamPasswordLeakTest {

    @TempDir
    Path dir;

    @Test
    void theDatabasePasswordIsInNoFileLogOrConsole() throws Exception {
        TeamServer admin = RegistryEngine.freshDatabase();
        String dbPassword = "Db7-canary-" + HexFormat.of().formatHex(randomBytes());
        String role = "team_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String database = admin.url().replaceFirst("jdbc:postgresql://[^/]+/([^?]*).*", "$1");
        try (var c = DriverManager.getConnection(admin.url(), admin.user(), admin.password()); var s = c.createStatement()) {
            s.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + dbPassword + "'");
            s.execute("GRANT CONNECT, CREATE ON DATABASE " + database + " TO " + role);
        }
        String password = "Px9-canary-" + HexFormat.of().formatHex(randomBytes());
        String username = "leak-" + UUID.randomUUID().toString().substring(0, 8);
        int dead;
        try (ServerSocket s = new ServerSocket(0)) {
            dead = s.getLocalPort();
        }
        Path data = dir.resolve("data");
        Path logs = dir.resolve("logs");
        CliProcess.Result run;
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(60).withBusinesses(5)
                .withSeed(17).withCredentials(username, password))) {
            run = CliProcess.runMain(dir, Map.of("ADSDESK_TEST_PASSWORD", password, "ADSDESK_TEST_DB_PASSWORD", dbPassword),
                    TeamPasswordLeakRun.class.getName(), data.toString(), username, sandbox.baseUrl(), admin.url(), role,
                    String.valueOf(dead));
        }
        String console = run.out() + run.err();
        assertEquals(0, run.exit(), console);
        assertTrue(run.out().contains("Test connection: Connected to PostgreSQL"), console);
        assertTrue(run.out().contains("first sync: SYNCED - Added 60"), console);
        assertTrue(run.out().contains("command-line sync with the stored database password: exit 0"), console);
        assertTrue(run.out().contains("Test connection, nothing listening: Nothing answers at 127.0.0.1:" + dead), console);
        assertTrue(run.out().contains("unreachable: offline copy true, 60 programs"), console);
        assertTrue(run.out().contains("stored database password left: false"), console);
        assertTrue(Files.isRegularFile(data.resolve("settings.json")), "the settings were written, so the search covers them");
        assertTrue(Files.readString(data.resolve("settings.json")).contains(role), "the settings name the database user");

        try (var files = Files.walk(logs)) {
            assertTrue(files.anyMatch(f -> f.toString().endsWith(".log")), "the log was written, so the search covers it");
        }
        for (String secret : List.of(dbPassword, password)) {
            List<byte[]> needles = LeakSearch.needles(secret);
            assertEquals(List.of(), LeakSearch.filesContaining(data, needles));
            assertEquals(List.of(), LeakSearch.filesContaining(logs, needles));
            assertFalse(LeakSearch.contains(console, needles), "the console shows a password");
        }
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[8];
        ThreadLocalRandom.current().nextBytes(b);
        return b;
    }
}
