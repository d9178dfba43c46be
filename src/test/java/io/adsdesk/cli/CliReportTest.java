package io.adsdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adsdesk.sandbox.ReportingKnobs;
import io.adsdesk.sandbox.SandboxCommand;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code adsdesk report} against the sandbox's Reporting API. */
class CliReportTest {
    private static final String USER = "rep";
    private static final String PASSWORD = "rep-Secret-7";

    @TempDir
    Path dir;
    private SandboxServer sandbox;

    private record Outcome(int exit, String out, String err) {
    }

    @BeforeEach
    void start() throws IOException {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(40).withBusinesses(6)
                .withCredentials(USER, PASSWORD).withSeed(5));
        sandbox.reporting().buildDelay(Duration.ZERO);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Outcome run(String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--username", USER, "--base-url", sandbox.baseUrl(),
                "--data-dir", dir.toString()));
        if (command.equals("sync")) {
            args.addAll(List.of("--password-env", "PW"));
        } else {
            if (!List.of(more).contains("--api-key-env")) {
                args.addAll(List.of("--api-key-env", "KEY"));
            }
            if (!List.of(more).contains("--reporting-url")) {
                args.addAll(List.of("--reporting-url", sandbox.baseUrl()));
            }
        }
        args.addAll(List.of(more));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("PW", PASSWORD, "KEY", ReportingKnobs.DEFAULT_KEY, "BADKEY", "nope"), false, label -> null);
        Cli.Outcome o = TestCli.create(List.of(SandboxCommand::commandLine)).run(args, terminal);
        return new Outcome(o.exit(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private LocalDate yesterday() {
        return sandbox.account().today().minusDays(1);
    }

    @Test
    void printsOneCsvRecordPerBusinessProgramAndDayAndASecondRunSendsNothing() {
        assertEquals(0, run("sync").exit());
        String from = yesterday().minusDays(9).toString();
        String to = yesterday().toString();

        Outcome first = run("report", "--from", from, "--to", to);

        assertEquals(0, first.exit(), first.err());
        String[] lines = first.out().replace("\uFEFF", "").split("\\R");
        assertEquals("date,business_id,business_name,program_id,program_type,billed_impressions,billed_clicks,ad_cost_cents",
                lines[0]);
        assertTrue(lines.length > 10, first.out());
        Set<String> businesses = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",");
            LocalDate d = LocalDate.parse(cells[0]);
            assertFalse(d.isBefore(LocalDate.parse(from)) || d.isAfter(LocalDate.parse(to)));
            businesses.add(cells[1]);
        }
        assertTrue(businesses.size() > 1, "every business of the registry");
        int sent = sandbox.reporting().reportRequests();
        assertEquals(1, sent, "6 businesses and 10 days fit in one request");

        Outcome second = run("report", "--from", from, "--to", to);

        assertEquals(0, second.exit(), second.err());
        assertEquals(first.out(), second.out(), "the same figures, from the cache");
        assertEquals(sent, sandbox.reporting().reportRequests(), "no request the second time");
    }

    @Test
    void monthlyJsonForOneBusinessWithoutLocalData() throws IOException {
        String business = sandbox.account().programs().stream().filter(p -> p.type().equals("CPC"))
                .findFirst().orElseThrow().businessIds().get(0);
        LocalDate lastMonth = sandbox.account().today().minusMonths(1);
        Outcome o = run("report", "--monthly", "--format", "json", "--business", business,
                "--from", lastMonth.withDayOfMonth(1).toString(), "--to", lastMonth.withDayOfMonth(lastMonth.lengthOfMonth()).toString());

        assertEquals(0, o.exit(), o.err());
        JsonNode rows = new ObjectMapper().readTree(o.out());
        assertTrue(rows.size() >= 1, o.out());
        for (JsonNode r : rows) {
            assertEquals(lastMonth.toString().substring(0, 7), r.get("date").asText());
            assertEquals(business, r.get("business_id").asText());
            assertTrue(r.has("ad_cost_cents") && r.has("billed_clicks") && r.has("program_type"));
        }
    }

    @Test
    void badInputExitsTwoAndSendsNothing() {
        String today = sandbox.account().today().toString();
        String b = "--business";
        assertEquals(2, run("report", b, "x", "--from", today, "--to", sandbox.account().today().minusDays(1).toString()).exit());
        Outcome lookback = run("report", b, "x", "--from", sandbox.account().today().minusDays(800).toString(), "--to", today);
        assertEquals(2, lookback.exit());
        assertTrue(lookback.err().contains("730 days"), lookback.err());
        assertEquals(2, run("report", b, "x", "--from", "2026-13-01", "--to", today).exit());
        assertEquals(2, run("report", b, "x", "--from", today, "--to", today, "--format", "xml").exit());
        assertEquals(2, run("report", b, "not an id!", "--from", today, "--to", today).exit());
        assertEquals(2, run("report", "--from", today, "--to", today).exit(), "no business and no local data");
        assertEquals(0, sandbox.reporting().reportRequests(), "nothing sent");
    }

    @Test
    void aRefusedKeyExitsThreeAndAnUnreachableApiFour() throws IOException {
        String business = sandbox.account().businesses().get(0).id();
        String day = yesterday().toString();
        List<String> base = List.of("--business", business, "--from", day, "--to", day);

        Outcome refused = run("report", concat(base, "--api-key-env", "BADKEY"));
        assertEquals(3, refused.exit(), refused.err());
        assertFalse(refused.err().contains("nope"), "the key is never printed");

        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Outcome down = run("report", concat(base, "--reporting-url", "http://127.0.0.1:" + closedPort));
        assertEquals(4, down.exit(), down.err());
    }

    @Test
    void theDemoAccountReportsWithItsOwnKey() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), false, label -> null);
        Cli cli = new Cli(new io.adsdesk.app.DemoWiring(Duration.ofMillis(300)), Path.of("target", "test-logs"), List.of());
        assertEquals(0, cli.run(List.of("sync", "--demo", "--data-dir", dir.toString()), terminal).exit(),
                err.toString(StandardCharsets.UTF_8));
        out.reset();
        LocalDate yesterday = io.adsdesk.model.PacificDate.today().minusDays(1);

        Cli.Outcome o = cli.run(List.of("report", "--demo", "--data-dir", dir.toString(), "--from",
                yesterday.minusDays(2).toString(), "--to", yesterday.toString()), terminal);

        assertEquals(0, o.exit(), err.toString(StandardCharsets.UTF_8));
        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(csv.lines().count() > 40, "figures for the demo's businesses");
        assertTrue(csv.contains(",CPC,"), csv.lines().limit(3).toList().toString());
    }

    private static String[] concat(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
