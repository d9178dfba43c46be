package io.adsdesk.cli;

import io.adsdesk.model.Account;
import io.adsdesk.registry.AccountStore;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A damaged registry on the command line: sync and export refuse it with exit 5 and one line, and
 * leave it as it is; registry check says what is wrong; registry restore and rebuild recover it.
 */
class RegistryCommandTest {
    private static final String USER = "reg";
    private static final String PASSWORD = "reg-Secret-5";

    @TempDir
    Path dir;
    private SandboxServer sandbox;

    private record Outcome(int exit, String out, String err) {
    }

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(60).withBusinesses(4).withSeed(9)
                .withCredentials(USER, PASSWORD));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Outcome run(String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of(more));
        args.addAll(List.of("--username", USER, "--base-url", sandbox.baseUrl(), "--data-dir", dir.toString()));
        if (command.equals("sync")) {
            args.addAll(List.of("--password-env", "PW"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("PW", PASSWORD), false, label -> null);
        Cli.Outcome o = TestCli.create(List.of()).run(args, terminal);
        return new Outcome(o.exit(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path registryFile() {
        return AccountStore.accountDir(dir, new Account(USER, sandbox.baseUrl())).resolve("registry.mv.db");
    }

    private void syncTwiceWithADriftBetween() {
        assertEquals(0, run("sync").exit());
        sandbox.account().applyDrift(3, 1, 2);
        assertEquals(0, run("sync").exit());
    }

    private static void assertRefused(Outcome o, String command, String what) {
        assertEquals(5, o.exit(), o.err());
        assertEquals(1, o.err().lines().count(), o.err());
        assertTrue(o.err().startsWith("adsdesk " + command + ": The local registry cannot be trusted: " + what), o.err());
        assertTrue(o.err().contains("adsdesk registry restore"), o.err());
    }

    @Test
    void aRegistryTruncatedToNothingIsRefusedByExportSyncAndCheckAndLeftAsItIs() throws Exception {
        syncTwiceWithADriftBetween();
        try (var raf = new RandomAccessFile(registryFile().toFile(), "rw")) {
            raf.setLength(0);
        }

        assertRefused(run("export", "--format", "json"), "export", "the registry file is empty");
        assertEquals("", run("export", "--format", "json").out(), "no empty export");
        assertRefused(run("sync"), "sync", "the registry file is empty");
        assertRefused(run("registry check"), "registry check", "the registry file is empty");
        assertEquals(0, Files.size(registryFile()), "nothing written over it");
    }

    @Test
    void garbageIsRefusedAndTheNewestBackupRestoresTheLastSync() throws Exception {
        syncTwiceWithADriftBetween();
        assertEquals(0, run("registry check").exit());
        byte[] garbage = new byte[(int) Files.size(registryFile())];
        new Random(5).nextBytes(garbage);
        Files.write(registryFile(), garbage);

        assertRefused(run("export", "--format", "csv"), "export", "the registry file is damaged");
        assertRefused(run("sync"), "sync", "the registry file is damaged");
        assertArrayEquals(garbage, Files.readAllBytes(registryFile()));

        Outcome restored = run("registry restore");
        assertEquals(0, restored.exit(), restored.err());
        assertTrue(restored.out().startsWith("Restored the backup from "), restored.out());
        assertEquals(0, run("registry check").exit());
        Outcome export = run("export", "--format", "json");
        assertEquals(0, export.exit(), export.err());
        assertEquals(62, new com.fasterxml.jackson.databind.ObjectMapper().readTree(export.out()).size(),
                "the programs of the last sync (60 + 3 added - 1 removed)");
        assertEquals(0, run("sync").exit(), "and it syncs again");
    }

    @Test
    void restoreTakesAGivenBackupAndRefusesAMissingOne() throws Exception {
        syncTwiceWithADriftBetween();
        Path backups = registryFile().resolveSibling("backups");
        Path oldest;
        try (var files = Files.list(backups)) {
            oldest = files.sorted().findFirst().orElseThrow();
        }
        Outcome missing = run("registry restore", "--backup", dir.resolve("nope.zip").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("--backup: no such file"), missing.err());

        Outcome restored = run("registry restore", "--backup", oldest.toString());
        assertEquals(0, restored.exit(), restored.err());
        Outcome export = run("export", "--format", "json");
        assertEquals(60, new com.fasterxml.jackson.databind.ObjectMapper().readTree(export.out()).size(), "the first sync's programs");
    }

    @Test
    void rebuildThenSyncFetchesEveryProgramAgain() throws Exception {
        syncTwiceWithADriftBetween();
        Files.write(registryFile(), new byte[(int) Files.size(registryFile())]);

        Outcome rebuilt = run("registry rebuild");
        assertEquals(0, rebuilt.exit(), rebuilt.err());
        assertEquals(0, run("sync").exit());
        Outcome export = run("export", "--format", "json");
        assertEquals(62, new com.fasterxml.jackson.databind.ObjectMapper().readTree(export.out()).size());
    }

    @Test
    void checkSaysAHealthyRegistryIsHealthy() {
        assertEquals(0, run("sync").exit());
        Outcome check = run("registry check");
        assertEquals(0, check.exit(), check.err());
        assertTrue(check.out().contains("is healthy (every row read); 1 backup"), check.out());
    }
}
