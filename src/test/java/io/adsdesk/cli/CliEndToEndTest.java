package io.adsdesk.cli;

import io.adsdesk.testing.Bytes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxServer;
import io.adsdesk.testing.RegistryEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CliProcess.Result adsdesk(Map<String, String> env, String... args) throws Exception {
        return CliProcess.run(dir, env, args);
    }

    private String dataDir() {
        return dir.resolve("data").toString();
    }

    /** The command line with the registry options of {@code engine}: none for H2, a new database for PostgreSQL. */
    private CliProcess.Result adsdesk(RegistryEngine engine, String... args) throws Exception {
        if (engine == RegistryEngine.H2) {
            return adsdesk(Map.of(), args);
        }
        if (team == null) {
            team = RegistryEngine.freshDatabase();
        }
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(RegistryEngine.options(team));
        return adsdesk(Map.of(RegistryEngine.PASSWORD_VARIABLE, team.password()), all.toArray(String[]::new));
    }

    private io.adsdesk.registry.TeamServer team;

    @ParameterizedTest
    @MethodSource("io.adsdesk.testing.RegistryEngine#both")
    void demoSyncThenResyncThenExport(RegistryEngine engine) throws Exception {
        CliProcess.Result first = adsdesk(engine, "sync", "--demo", "--data-dir", dataDir(), "--json");
        assertEquals(0, first.exit(), first.err());
        JsonNode report = JSON.readTree(first.out());
        assertEquals("synced", report.get("status").asText());
        assertEquals(2000, report.get("added").asInt());
        assertEquals(2000, report.get("total_db_after").asInt());

        CliProcess.Result second = adsdesk(engine, "sync", "--demo", "--data-dir", dataDir(), "--json");
        JsonNode again = JSON.readTree(second.out());
        assertEquals("up_to_date", again.get("status").asText());
        assertEquals(0, again.get("added").asInt() + again.get("updated").asInt() + again.get("removed").asInt());

        CliProcess.Result export = adsdesk(engine, "export", "--demo", "--format", "json", "--data-dir", dataDir());
        assertEquals(0, export.exit(), export.err());
        JsonNode rows = JSON.readTree(export.out());
        assertEquals(2000, rows.size());
        for (String field : List.of("program_id", "program_type", "status", "pause_status", "yelp_business_ids",
                "business_names", "start_date", "end_date", "budget_cents", "max_bid_cents", "currency")) {
            assertTrue(rows.get(0).has(field), field);
        }
        assertTrue(stream(rows).anyMatch(r -> r.get("end_date").isNull()), "open-ended programs export a null end date");
        assertTrue(stream(rows).allMatch(r -> r.get("business_names").get(0).asText().length() > 0), "every business is named");

        String business = rows.get(0).get("yelp_business_ids").get(0).asText();
        CliProcess.Result csv = adsdesk(engine, "export", "--demo", "--format", "csv", "--status", "current",
                "--business", business, "--data-dir", dataDir());
        assertEquals(0, csv.exit(), csv.err());
        List<String> lines = csv.out().lines().toList();
        assertTrue(lines.getFirst().startsWith("\uFEFFprogram_id,program_type,status"), "a byte order mark, then the header");
        long expected = stream(rows).filter(r -> r.get("status").asText().equals("CURRENT"))
                .filter(r -> stream(r.get("yelp_business_ids")).anyMatch(b -> b.asText().equals(business))).count();
        assertEquals(expected, lines.size() - 1);
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",CURRENT,")));
        if (team != null) {
            for (CliProcess.Result r : List.of(first, second, export, csv)) {
                assertFalse((r.out() + r.err()).contains(team.password()), "the database password is never printed");
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    assertFalse(Bytes.indexOf(Files.readAllBytes(f), team.password().getBytes(StandardCharsets.UTF_8)) >= 0,
                            "the database password is in " + f);
                }
            }
            assertTrue(Files.exists(dir.resolve("data")), "the local directory keeps the copy of the contents");
        }
    }

    @Test
    void badInputGetsOneClearLineAndExitCodeTwo() throws Exception {
        List<List<String>> cases = List.of(
                List.of("sync", "--demo", "--concurrency", "abc"),
                List.of("sync", "--demo", "--concurrency", "0"),
                List.of("sync"),
                List.of("sync", "--demo", "--frobnicate"),
                List.of("sync", "--username", "u", "--base-url", "ftp://example.com", "--password-env", "X"),
                List.of("sync", "--username", "u", "--password-env", "ADSDESK_TEST_UNSET_VARIABLE"),
                List.of("sync", "--username", "u"),
                List.of("export", "--demo", "--format", "xml"),
                List.of("export", "--demo", "--format", "csv", "--status", "'; DROP TABLE programs; --"),
                List.of("export", "--demo", "--format", "csv", "--data-dir", dir.resolve("empty").toString()),
                List.of("export", "--demo"));
        for (List<String> args : cases) {
            CliProcess.Result r = adsdesk(Map.of(), args.toArray(String[]::new));
            assertEquals(2, r.exit(), args + " -> " + r.err());
            assertEquals(1, r.err().lines().count(), args + " -> " + r.err());
            assertFalse(r.err().contains("Exception"), r.err());
            assertTrue(r.out().isEmpty(), r.out());
        }
    }

    @Test
    void refusedCredentialsExitThreeAndThePasswordIsNeverWrittenAnywhere() throws Exception {
        String password = "Zq7-unique-S3cret-" + System.nanoTime();
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(300).withBusinesses(6)
                .withCredentials("alice", password))) {
            CliProcess.Result refused = adsdesk(Map.of("PW", "wrong"), "sync", "--base-url", sandbox.baseUrl(),
                    "--username", "alice", "--password-env", "PW", "--data-dir", dataDir());
            assertEquals(3, refused.exit(), refused.err());
            assertTrue(refused.err().contains("refused"), refused.err());

            CliProcess.Result ok = adsdesk(Map.of("PW", password), "sync", "--base-url", sandbox.baseUrl(),
                    "--username", "alice", "--password-env", "PW", "--data-dir", dataDir());
            assertEquals(0, ok.exit(), ok.err());
            assertTrue(ok.out().startsWith("Synced 300 programs"), ok.out());

            assertFalse((ok.out() + ok.err() + refused.out() + refused.err()).contains(password));
            assertEquals(List.of(), filesContaining(dir, password));
        }
    }

    @Test
    void aSecondProcessCannotSyncTheSameAccountAtOnce() throws Exception {
        Path accountDir = io.adsdesk.registry.AccountStore.accountDir(dir.resolve("data"), io.adsdesk.sandbox.DemoAccount.ACCOUNT);
        try (var held = io.adsdesk.registry.AccountLock.tryAcquire(accountDir).orElseThrow()) {
            CliProcess.Result r = adsdesk(Map.of(), "sync", "--demo", "--data-dir", dataDir());
            assertEquals(5, r.exit(), r.err());
            assertTrue(r.err().contains("Another sync of this account is already running"), r.err());
        }
        CliProcess.Result after = adsdesk(Map.of(), "sync", "--demo", "--data-dir", dataDir(), "--json");
        assertEquals(0, after.exit(), after.err());
    }

    @Test
    void aRegistryOpenInTheAppIsReportedInPlainWords() throws Exception {
        assertEquals(0, adsdesk(Map.of(), "sync", "--demo", "--data-dir", dataDir()).exit());
        try (var open = io.adsdesk.registry.AccountStore.openRegistry(dir.resolve("data"), io.adsdesk.sandbox.DemoAccount.ACCOUNT)) {
            CliProcess.Result r = adsdesk(Map.of(), "export", "--demo", "--format", "csv", "--data-dir", dataDir());
            assertEquals(5, r.exit(), r.err());
            assertTrue(r.err().contains("is open in another AdsDesk process"), r.err());
            assertEquals(1, r.err().lines().count(), r.err());

            CliProcess.Result json = adsdesk(Map.of(), "sync", "--demo", "--data-dir", dataDir(), "--json");
            assertEquals(5, json.exit(), json.err());
            JsonNode failed = JSON.readTree(json.out());
            assertEquals("failed", failed.get("status").asText());
            assertEquals(5, failed.get("exit").asInt());
            assertEquals("BUSY", failed.get("failure").asText());
            assertTrue(failed.get("message").asText().contains("is open in another AdsDesk process"), json.out());
        }
    }

    @Test
    void anUnreachableApiExitsFour() throws Exception {
        CliProcess.Result r = adsdesk(Map.of("PW", "x"), "sync", "--base-url", "http://127.0.0.1:1",
                "--username", "u", "--password-env", "PW", "--data-dir", dataDir());
        assertEquals(4, r.exit(), r.err());
        assertTrue(r.err().contains("could not be reached"), r.err());
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    /** Every file under root whose bytes contain the text (the H2 file and logs included). */
    private static List<Path> filesContaining(Path root, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                try {
                    return Bytes.indexOf(Files.readAllBytes(f), needle) >= 0;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
