package io.adsdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adsdesk.export.CsvReader;
import io.adsdesk.model.Account;
import io.adsdesk.queue.BulkEdit;
import io.adsdesk.queue.ChangeQueue;
import io.adsdesk.registry.AccountStore;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.sandbox.SandboxCommand;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxKnobs;
import io.adsdesk.sandbox.SandboxProgram;
import io.adsdesk.sandbox.SandboxServer;
import io.adsdesk.sandbox.SandboxStats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code apply FILE} and {@code post --due} against a sandbox: export, edit, apply, check Yelp's state. */
class CliApplyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER = "apl";
    private static final String PASSWORD = "apl-Secret-7";
    private static final String BOM = "\uFEFF";

    @TempDir
    Path dir;
    private SandboxServer sandbox;

    private record Outcome(int exit, String out, String err) {
    }

    @BeforeEach
    void start() throws IOException {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(150).withBusinesses(20)
                .withCredentials(USER, PASSWORD).withSeed(4));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Outcome run(String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of(more));
        args.addAll(List.of("--username", USER, "--base-url", sandbox.baseUrl(), "--data-dir", dir.toString()));
        if (!command.equals("export")) {
            args.addAll(List.of("--password-env", "PW"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("PW", PASSWORD), false, label -> null);
        Cli.Outcome o = TestCli.create(List.of(SandboxCommand::commandLine)).run(args, terminal);
        return new Outcome(o.exit(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Running CPC programs (from the export) whose business can advertise. */
    private List<Map<String, String>> runningCpc(int n) throws IOException {
        Outcome export = run("export", "--format", "csv");
        assertEquals(0, export.exit(), export.err());
        List<Map<String, String>> rows = new ArrayList<>();
        for (Map<String, String> r : CsvReader.read(new StringReader(export.out()))) {
            SandboxProgram p = sandbox.account().program(r.get("program_id")).orElseThrow();
            boolean open = sandbox.account().business(p.businessIds().getFirst())
                    .map(b -> !b.closed() && !b.removedFromSearch()).orElse(false);
            if (r.get("program_type").equals("CPC") && r.get("status").equals("CURRENT") && open) {
                rows.add(r);
            }
            if (rows.size() == n) {
                return rows;
            }
        }
        throw new IllegalStateException("too few running CPC programs");
    }

    private Path file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private long budget(String id) {
        return sandbox.account().program(id).orElseThrow().budget();
    }

    @Test
    void exportEditApplyThenReapplyFindsNothing() throws Exception {
        assertEquals(0, run("sync").exit());
        List<Map<String, String>> rows = runningCpc(3);
        String a = rows.get(0).get("program_id");
        String b = rows.get(1).get("program_id");
        String c = rows.get(2).get("program_id");
        long budgetA = budget(a);
        long budgetB = budget(b);
        // Any column order, a stale read-only cell, an action column, Excel's quoting, a BOM.
        Path edited = file("edited.csv", BOM + "status,\"budget_cents\",program_id,action\r\n"
                + "CURRENT," + (budgetA + 1000) + "," + a + ",\r\n"
                + "PAST," + (budgetB + 2500) + "," + b + ",\r\n"
                + "CURRENT,," + c + ",PAUSE\r\n");

        Outcome dry = run("apply", edited.toString(), "--dry-run", "--json");
        assertEquals(0, dry.exit(), dry.err());
        JsonNode plan = JSON.readTree(dry.out());
        assertEquals(3, plan.get("changes").size(), plan.toString());
        assertEquals("budget_cents", plan.get("changes").get(0).get("field").asText());
        assertEquals(2, plan.get("changes").get(0).get("row").asInt());
        assertEquals(String.valueOf(budgetA), plan.get("changes").get(0).get("old").asText());
        assertEquals(String.valueOf(budgetA + 1000), plan.get("changes").get(0).get("new").asText());
        assertEquals(0, plan.get("posted").asInt());
        assertTrue(dry.err().contains("warning: Row 3, status"), dry.err());
        assertEquals(0, sandbox.stats().routeCount(SandboxStats.PROGRAM_EDIT), "a dry run sends nothing");
        assertEquals(budgetA, budget(a));

        Outcome applied = run("apply", edited.toString(), "--json");
        assertEquals(0, applied.exit(), applied.err());
        JsonNode result = JSON.readTree(applied.out());
        assertEquals(3, result.get("posted").asInt(), result.toString());
        assertEquals(3, result.get("completed").asInt());
        assertEquals(0, result.get("rejected").size());
        assertEquals(budgetA + 1000, budget(a));
        assertEquals(budgetB + 2500, budget(b));
        assertTrue(sandbox.account().program(c).orElseThrow().paused());

        Outcome again = run("apply", edited.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("0 changes"), again.out());
    }

    @Test
    void invalidRowsExitTwoWithOneLineEachAndNothingSent() throws Exception {
        assertEquals(0, run("sync").exit());
        List<Map<String, String>> rows = runningCpc(2);
        Path bad = file("bad.csv", "program_id,budget_cents,end_date,action\n"
                + rows.get(0).get("program_id") + ",12abc,,\n"
                + "no-such-program,5000,,\n"
                + rows.get(1).get("program_id") + ",100,31/12/2030,STOP\n");

        Outcome o = run("apply", bad.toString());

        assertEquals(2, o.exit());
        List<String> lines = o.err().lines().filter(l -> !l.contains("warning")).toList();
        assertTrue(lines.contains("adsdesk apply: Row 2, budget_cents: '12abc' is not a whole number of cents (e.g. 12500 for $125.00)."), o.err());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("adsdesk apply: Row 3, program_id: there is no program no-such-program")), o.err());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("adsdesk apply: Row 4, end_date:")), o.err());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("adsdesk apply: Row 4, action:")), o.err());
        assertEquals(0, sandbox.stats().routeCount(SandboxStats.PROGRAM_EDIT));
        Account account = new Account(USER, sandbox.baseUrl());
        try (HibernateProgramRegistry registry = AccountStore.openRegistry(dir, account)) {
            assertTrue(ChangeQueue.forAccount(account, registry, Clock.systemUTC()).open().isEmpty(), "nothing queued");
        }

        Path rule = file("rule.csv", "program_id,budget_cents\n" + rows.get(0).get("program_id") + ",100\n");
        Outcome broken = run("apply", rule.toString());
        assertEquals(2, broken.exit());
        assertTrue(broken.err().contains("Row 2, budget_cents: The budget must be at least $25.00 a month."), broken.err());
    }

    @Test
    void aRejectionExitsSixWithTheReasonOnItsOwnLine() throws Exception {
        assertEquals(0, run("sync").exit());
        String id = runningCpc(1).getFirst().get("program_id");
        Path f = file("up.csv", "program_id,budget_cents\n" + id + "," + (budget(id) + 500) + "\n");
        sandbox.knobs().forceJobOutcome(SandboxKnobs.JobOutcome.REJECTED, "CAMPAIGN_BUDGET_VIOLATES_PROMO_RESTRICTIONS");

        Outcome o = run("apply", f.toString());

        assertEquals(6, o.exit(), o.err());
        assertTrue(o.err().lines().anyMatch(l -> l.startsWith("adsdesk apply: rejected program " + id + ", budget:")), o.err());
    }

    @Test
    void postDuePostsWhatCameDueAndSaysItIsLate() throws Exception {
        assertEquals(0, run("sync").exit());
        List<Map<String, String>> rows = runningCpc(2);
        String late = rows.get(0).get("program_id");
        String later = rows.get(1).get("program_id");
        Account account = new Account(USER, sandbox.baseUrl());
        try (HibernateProgramRegistry registry = AccountStore.openRegistry(dir, account)) {
            ChangeQueue queue = ChangeQueue.forAccount(account, registry, Clock.systemUTC());
            queue.queue(new BulkEdit.Pause(), List.of(late), Instant.now().minus(Duration.ofHours(3)));
            queue.queue(new BulkEdit.Pause(), List.of(later), Instant.now().plus(Duration.ofHours(3)));
        }

        Outcome o = run("post", "--due");

        assertEquals(0, o.exit(), o.err());
        assertTrue(sandbox.account().program(late).orElseThrow().paused());
        assertTrue(!sandbox.account().program(later).orElseThrow().paused(), "not due yet");
        assertTrue(o.err().contains("late: program " + late) && o.err().contains("posted late"), o.err());
        assertTrue(o.out().startsWith("1 change due: 1 completed, 1 late"), o.out());

        Outcome nothing = run("post", "--due");
        assertEquals(0, nothing.exit());
        assertTrue(nothing.out().startsWith("0 changes due"), nothing.out());
    }
}
