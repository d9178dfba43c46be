package io.adsdesk.app;

import io.adsdesk.testing.Bytes;
import io.adsdesk.cli.CliProcess;
import io.adsdesk.sandbox.SandboxBusiness;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxServer;
import io.adsdesk.registry.TeamServer;
import io.adsdesk.testing.RegistryEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #7: a full sync and a program action with a known, distinctive password, then every byte the
 * app left behind is searched for it: each file under the data directory (the H2 .mv.db included) and
 * the log directory, and the console output. Searched as UTF-8, UTF-16LE and UTF-16BE, and as the
 * Base64 "user:password" of an HTTP Basic header. Zero hits. Runs the app's path in a child JVM
 * ({@link PasswordLeakRun}) so logs and console are the real ones. Again with the registry on a team's
 * PostgreSQL server (skipped without one), where the database password is searched for too.
 */
class PasswordLeakTest {
    private static final String USERNAME = "dora";
    private static final Set<String> RESTRICTED = Set.of("landmarks", "airportterminals", "publicservicesgovt",
            "religiousorgs", "cannabis_clinics", "cannabisdispensaries", "guns_and_ammo", "bailbondsmen");

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("io.adsdesk.testing.RegistryEngine#both")
    void aFullSyncAndAProgramActionLeaveThePasswordInNoFileLogOrConsole(RegistryEngine engine) throws Exception {
        String password = "Qx7-canary-" + HexFormat.of().formatHex(randomBytes());
        Path data = dir.resolve("data");
        Path logs = dir.resolve("logs");
        TeamServer team = engine == RegistryEngine.H2 ? null : RegistryEngine.freshDatabase();
        CliProcess.Result run;
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(150).withBusinesses(8)
                .withSeed(11).withCredentials(USERNAME, password).withJobDelayMs(0))) {
            List<String> args = new ArrayList<>(List.of(data.toString(), USERNAME, sandbox.baseUrl(), openBusinessId(sandbox)));
            Map<String, String> env = new java.util.HashMap<>(Map.of("ADSDESK_TEST_PASSWORD", password));
            if (team != null) {
                args.addAll(List.of(team.url(), team.user()));
                env.put("ADSDESK_TEST_REGISTRY_PASSWORD", team.password());
            }
            run = CliProcess.runMain(dir, env, PasswordLeakRun.class.getName(), args.toArray(String[]::new));
        }
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("first sync: SYNCED - Added 150"), run.out());
        assertTrue(run.out().contains("Create job COMPLETED"), run.out());
        assertTrue(run.out().contains("stored password left: false"), run.out());
        if ("1".equals(System.getenv("ADSDESK_EXPECT_OS_STORE"))) {
            // Set by scripts/keyring-check.sh: the password went through a real OS credential store.
            assertTrue(run.out().contains("Credential store: AdsDesk keeps the password in your desktop's Secret Service keyring"),
                    run.out());
        }
        assertTrue(hasFileEnding(data, team == null ? ".mv.db" : "contents.cache"),
                "the registry (or the team registry's local copy) was written, so the search covers it");
        assertTrue(hasFileEnding(logs, ".log"), "the log was written, so the search covers it");

        List<byte[]> needles = needles(password);
        if (team != null) {
            needles.addAll(needles(team.user(), team.password()));
        }
        assertEquals(List.of(), filesContaining(data, needles));
        assertEquals(List.of(), filesContaining(logs, needles));
        String console = run.out() + run.err();
        for (byte[] needle : needles) {
            assertFalse(Bytes.indexOf(console.getBytes(StandardCharsets.UTF_8), needle) >= 0, "the console shows the password");
        }
    }

    @Test
    void dataIngestionCredentialsSavedFromTheAppLeaveThePasswordInNoFileLogOrConsole() throws Exception {
        String password = "Qx7-canary-" + HexFormat.of().formatHex(randomBytes());
        String ingestUser = "dora-ingest";
        String ingestPassword = "Ig9-canary-" + HexFormat.of().formatHex(randomBytes());
        Path data = dir.resolve("data");
        Path logs = dir.resolve("logs");
        CliProcess.Result run;
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(40).withBusinesses(4)
                .withSeed(11).withCredentials(USERNAME, password))) {
            sandbox.acceptDataIngestionCredentials(ingestUser, ingestPassword);
            sandbox.knobs().featuresNeedDataIngestion(true);
            String programId = sandbox.account().programs().stream().filter(p -> p.availableFeatures().contains("AD_GOAL"))
                    .findFirst().orElseThrow().id();
            run = CliProcess.runMain(dir, Map.of("ADSDESK_TEST_PASSWORD", password, "ADSDESK_TEST_INGEST_PASSWORD", ingestPassword),
                    DataIngestionLeakRun.class.getName(), data.toString(), USERNAME, sandbox.baseUrl(), ingestUser, programId);
        }
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("Without them: NO_FEATURE_ACCESS"), run.out());
        assertTrue(run.out().contains("Ad goal saved"), run.out());
        assertTrue(run.out().contains("Next session: read "), run.out());
        assertTrue(hasFileEnding(data, ".mv.db"), "the registry was written, so the search covers it");
        assertTrue(hasFileEnding(logs, ".log"), "the log was written, so the search covers it");

        List<byte[]> needles = new ArrayList<>(needles(USERNAME, password));
        needles.addAll(needles(ingestUser, ingestPassword));
        assertEquals(List.of(), filesContaining(data, needles));
        assertEquals(List.of(), filesContaining(logs, needles));
        String console = run.out() + run.err();
        for (byte[] needle : needles) {
            assertFalse(Bytes.indexOf(console.getBytes(StandardCharsets.UTF_8), needle) >= 0, "the console shows a password");
        }
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[8];
        ThreadLocalRandom.current().nextBytes(b);
        return b;
    }

    private static List<byte[]> needles(String password) {
        return needles(USERNAME, password);
    }

    private static List<byte[]> needles(String username, String password) {
        List<byte[]> needles = new ArrayList<>();
        for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            needles.add(password.getBytes(cs));
        }
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        needles.add(basic.getBytes(StandardCharsets.UTF_8));
        return needles;
    }

    private static String openBusinessId(SandboxServer sandbox) {
        return sandbox.account().businesses().stream()
                .filter(b -> !b.closed() && !b.removedFromSearch() && b.country().equals("US")
                        && !b.categories().isEmpty() && b.categories().stream().noneMatch(RESTRICTED::contains))
                .map(SandboxBusiness::id).findFirst().orElseThrow();
    }

    private static boolean hasFileEnding(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.anyMatch(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(suffix));
        }
    }

    /** Files under {@code root} holding any of the needles, with the needle's index. */
    private static List<String> filesContaining(Path root, List<byte[]> needles) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).flatMap(f -> {
                byte[] bytes = read(f);
                List<String> hits = new ArrayList<>();
                for (int i = 0; i < needles.size(); i++) {
                    if (Bytes.indexOf(bytes, needles.get(i)) >= 0) {
                        hits.add(root.relativize(f) + " (needle " + i + ")");
                    }
                }
                return hits.stream();
            }).toList();
        }
    }

    private static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
