package io.adsdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adsdesk.sandbox.SandboxCommand;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxDrift;
import io.adsdesk.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code sync --json} lists the changed program IDs; {@code changes} prints a run's changes. */
class CliChangesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER = "chg";
    private static final String PASSWORD = "chg-Secret-7";

    @TempDir
    Path dir;
    private SandboxServer sandbox;

    private record Outcome(int exit, String out, String err) {
    }

    @BeforeEach
    void start() throws IOException {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(60).withBusinesses(5)
                .withCredentials(USER, PASSWORD).withSeed(3));
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
        }
        args.addAll(List.of(more));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("PW", PASSWORD), false, label -> null);
        Cli.Outcome o = TestCli.create(List.of(SandboxCommand::commandLine)).run(args, terminal);
        return new Outcome(o.exit(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Set<String> ids(JsonNode array) {
        Set<String> ids = new HashSet<>();
        array.forEach(n -> ids.add(n.asText()));
        return ids;
    }

    @Test
    void syncJsonListsTheChangedProgramIdsPerKind() throws IOException {
        JsonNode first = JSON.readTree(run("sync", "--json").out());
        assertTrue(first.get("changes").get("initial").asBoolean(), first.toString());
        assertEquals(0, first.get("changes").get("added").size(), "a first sync lists no program: all are new");

        SandboxDrift drift = sandbox.account().applyDrift(2, 1, 3);
        JsonNode second = JSON.readTree(run("sync", "--json").out());

        JsonNode changes = second.get("changes");
        assertEquals(Set.copyOf(drift.added()), ids(changes.get("added")));
        assertEquals(Set.copyOf(drift.removed()), ids(changes.get("removed")));
        assertEquals(Set.copyOf(drift.modified()), ids(changes.get("updated")));
        assertEquals(second.get("updated").asInt(), changes.get("updated").size());

        JsonNode third = JSON.readTree(run("sync", "--json").out());
        assertEquals("up_to_date", third.get("status").asText());
        assertEquals(0, third.get("changes").get("updated").size());
    }

    @Test
    void changesPrintsTheLastRunAsCsvAndAnyRunAsJson() throws IOException {
        run("sync");
        SandboxDrift drift = sandbox.account().applyDrift(1, 1, 0);
        String id = sandbox.account().programs().stream()
                .filter(p -> p.type().equals("CPC") && !drift.added().contains(p.id()))
                .findFirst().orElseThrow().id();
        long oldBudget = sandbox.account().program(id).orElseThrow().budget();
        sandbox.account().changeBudget(id, oldBudget + 1000);
        JsonNode synced = JSON.readTree(run("sync", "--json").out());
        long runId = synced.get("changes").get("run_id").asLong();
        run("sync");   // up to date: the last run now has no changes

        Outcome last = run("changes");
        assertEquals(0, last.exit(), last.err());
        assertEquals(List.of(io.adsdesk.export.CsvWriter.BYTE_ORDER_MARK + String.join(",", io.adsdesk.export.ChangeExport.COLUMNS)),
                last.out().lines().toList(), "the one CSV format: a byte order mark, then the header");

        Outcome csv = run("changes", "--run", Long.toString(runId), "--format", "csv");
        assertEquals(0, csv.exit(), csv.err());
        List<String> lines = csv.out().lines().toList();
        assertEquals(4, lines.size(), csv.out());
        String budgetLine = lines.stream().filter(l -> l.contains(id)).findFirst().orElseThrow();
        assertTrue(budgetLine.startsWith(runId + ",updated," + id + ","), budgetLine);
        assertTrue(budgetLine.endsWith(",Monthly budget," + java.math.BigDecimal.valueOf(oldBudget, 2)
                + "," + java.math.BigDecimal.valueOf(oldBudget + 1000, 2)), budgetLine);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(runId + ",added," + drift.added().getFirst() + ",")), csv.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(runId + ",removed," + drift.removed().getFirst() + ",")), csv.out());

        Outcome json = run("changes", "--run", Long.toString(runId), "--format", "json");
        assertEquals(0, json.exit(), json.err());
        JsonNode n = JSON.readTree(json.out());
        assertEquals(runId, n.get("run_id").asLong());
        assertEquals(3, n.get("changes").size());
        JsonNode updated = n.get("changes").get(0).get("change").asText().equals("updated") ? n.get("changes").get(0)
                : n.get("changes").get(1).get("change").asText().equals("updated") ? n.get("changes").get(1) : n.get("changes").get(2);
        assertEquals(id, updated.get("program_id").asText());
        assertEquals("Monthly budget", updated.get("fields").get(0).get("field").asText());
    }

    @Test
    void anUnknownRunIsBadInput() {
        run("sync");

        Outcome o = run("changes", "--run", "999");

        assertEquals(2, o.exit(), o.err());
        assertEquals("", o.out());
        assertEquals(1, o.err().lines().count(), o.err());
        assertTrue(o.err().startsWith("adsdesk changes: --run: there is no sync run 999"), o.err());
    }

    @Test
    void theFirstSyncsChangesSayWhyTheyAreEmpty() {
        run("sync");

        Outcome o = run("changes", "--format", "json");

        assertEquals(0, o.exit(), o.err());
        assertTrue(o.out().contains("\"initial\" : true"), o.out());
        assertTrue(o.err().contains("first sync"), o.err());
    }
}
