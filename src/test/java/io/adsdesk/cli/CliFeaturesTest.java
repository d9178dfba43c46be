package io.adsdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adsdesk.sandbox.SandboxCommand;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxProgram;
import io.adsdesk.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code adsdesk features show|set|remove} and {@code sync --features} against the sandbox. */
class CliFeaturesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER = "feat";
    private static final String PASSWORD = "feat-Secret-7";

    @TempDir
    Path dir;
    private SandboxServer sandbox;
    private String baseUrl;

    private record Outcome(int exit, String out, String err) {
    }

    @BeforeEach
    void start() throws IOException {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(40).withBusinesses(5)
                .withCredentials(USER, PASSWORD).withSeed(3));
        baseUrl = sandbox.baseUrl();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Outcome run(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--username", USER, "--base-url", baseUrl, "--data-dir", dir.toString(), "--password-env", "PW"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("PW", PASSWORD), false, label -> null);
        Cli.Outcome o = TestCli.create(List.of(SandboxCommand::commandLine)).run(args, terminal);
        return new Outcome(o.exit(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private SandboxProgram cpc() {
        return sandbox.account().programs().stream().filter(p -> p.type().equals("CPC")
                && p.availableFeatures().contains("NEGATIVE_KEYWORD_TARGETING")).findFirst().orElseThrow();
    }

    private Path file(String json) throws IOException {
        Path f = dir.resolve("body.json");
        Files.writeString(f, json);
        return f;
    }

    @Test
    void showJsonPrintsTheGetShape() throws IOException {
        SandboxProgram p = cpc();

        Outcome o = run("features", "show", p.id(), "--json");

        assertEquals(0, o.exit(), o.err());
        JsonNode n = JSON.readTree(o.out());
        assertEquals(p.id(), n.get("program_id").asText());
        assertEquals("CPC", n.get("program_type").asText());
        assertEquals(p.availableFeatures().size(), n.get("features").size());
        assertTrue(n.get("features").get("NEGATIVE_KEYWORD_TARGETING").has("suggested_keywords"));
    }

    @Test
    void showPrintsSummaries() {
        Outcome o = run("features", "show", cpc().id());

        assertEquals(0, o.exit(), o.err());
        assertTrue(o.out().contains("CUSTOM_RADIUS_TARGETING"), o.out());
        assertTrue(o.out().contains("NEGATIVE_KEYWORD_TARGETING"), o.out());
    }

    @Test
    void setChangesAndPrintsTheFeaturesAfter() throws IOException {
        SandboxProgram p = cpc();
        Path f = file("{\"NEGATIVE_KEYWORD_TARGETING\":{\"blocked_keywords\":[\"HVAC Jobs\",\"hvac jobs\",\"free\"]},"
                + "\"CUSTOM_RADIUS_TARGETING\":{\"custom_radius\":15}}");

        Outcome o = run("features", "set", p.id(), "--file", f.toString(), "--json");

        assertEquals(0, o.exit(), o.err());
        JsonNode n = JSON.readTree(o.out()).get("features");
        assertEquals("[\"hvac jobs\",\"free\"]", n.get("NEGATIVE_KEYWORD_TARGETING").get("blocked_keywords").toString());
        assertEquals(15, n.get("CUSTOM_RADIUS_TARGETING").get("custom_radius").asInt());
        assertTrue(run("features", "show", p.id()).out().contains("Radius 15 mi (24 km)"));
    }

    @Test
    void anInvalidValueExits2WithOneLineAndSendsNothing() throws IOException {
        SandboxProgram p = cpc();
        Path f = file("{\"CUSTOM_RADIUS_TARGETING\":{\"custom_radius\":75}}");
        long before = sandbox.stats().routeCount("features");

        Outcome o = run("features", "set", p.id(), "--file", f.toString());

        assertEquals(2, o.exit());
        assertEquals("adsdesk features set: CUSTOM_RADIUS_TARGETING custom_radius: the radius must be between 1 and 60 miles; nothing was sent",
                o.err().strip());
        assertEquals(before, sandbox.stats().routeCount("features"), "no feature request was sent");
    }

    @Test
    void anUnsupportedTypeExits2AndSendsNoChange() throws IOException {
        SandboxProgram p = sandbox.account().programs().stream().filter(x -> !x.availableFeatures().isEmpty()
                && !x.availableFeatures().contains("AD_GOAL")).findFirst().orElseThrow();
        Path f = file("{\"AD_GOAL\":{\"ad_goal\":\"CALLS\"}}");

        Outcome o = run("features", "set", p.id(), "--file", f.toString());

        assertEquals(2, o.exit());
        assertTrue(o.err().contains("AD_GOAL: program " + p.id() + " does not support this feature"), o.err());
        assertFalse(sandbox.account().program(p.id()).orElseThrow().activeFeatures().contains("AD_GOAL"));
    }

    @Test
    void removeTurnsTypesOff() throws IOException {
        SandboxProgram p = cpc();
        run("features", "set", p.id(), "--file", file("{\"NEGATIVE_KEYWORD_TARGETING\":{\"blocked_keywords\":[\"diy\"]}}").toString());

        Outcome o = run("features", "remove", p.id(), "negative_keyword_targeting");

        assertEquals(0, o.exit(), o.err());
        assertFalse(sandbox.account().program(p.id()).orElseThrow().activeFeatures().contains("NEGATIVE_KEYWORD_TARGETING"));
    }

    @Test
    void anUnknownProgramExits2OrWhenYelpIsDown4() {
        Outcome o = run("features", "show", "AAAAAAAAAAAAAAAAAAAAAA");
        assertEquals(2, o.exit());
        assertEquals("adsdesk features show: unknown program AAAAAAAAAAAAAAAAAAAAAA: Yelp does not know it for this account", o.err().strip());

        sandbox.close();
        Outcome down = run("features", "show", "AAAAAAAAAAAAAAAAAAAAAA");
        assertEquals(4, down.exit());
        assertFalse(down.err().contains("Exception"), down.err());
    }

    @Test
    void offlineShowPrintsTheLastCopyAndWhenItWasRead() throws IOException {
        SandboxProgram p = cpc();
        String online = run("features", "show", p.id(), "--json").out();
        sandbox.close();

        Outcome o = run("features", "show", p.id(), "--json");

        assertEquals(0, o.exit(), o.err());
        assertEquals(JSON.readTree(online), JSON.readTree(o.out()));
        assertTrue(o.err().contains("showing the copy read "), o.err());
    }

    @Test
    void featureCredentialsMissingIsSaidInPlainWords() {
        sandbox.knobs().featuresNeedDataIngestion(true);

        Outcome o = run("features", "show", cpc().id());

        assertEquals(3, o.exit());
        assertEquals("adsdesk features show: These credentials can't read features; add Data Ingestion credentials", o.err().strip());
    }

    @Test
    void syncWithFeaturesKeepsEveryProgramsFeaturesForOfflineUse() throws IOException {
        long withFeatures = sandbox.account().programs().stream().filter(p -> !p.availableFeatures().isEmpty()).count();

        Outcome o = run("sync", "--features", "--json");

        assertEquals(0, o.exit(), o.err());
        JsonNode f = JSON.readTree(o.out()).get("features");
        assertEquals(withFeatures, f.get("programs").asLong());
        assertEquals(withFeatures, f.get("read").asLong());
        assertEquals(withFeatures, sandbox.stats().routeCount("features"));
        SandboxProgram p = cpc();
        sandbox.close();
        Outcome offline = run("features", "show", p.id());
        assertEquals(0, offline.exit(), offline.err());
        assertTrue(offline.out().contains("NEGATIVE_KEYWORD_TARGETING"));
    }

    @Test
    void aValueOfAKnownTypeThatCannotBeReadIsBadInput() throws IOException {
        Outcome o = run("features", "set", cpc().id(), "--file", file("{\"AD_GOAL\":{\"ad_goal\":\"LOUDER\"}}").toString());

        assertEquals(2, o.exit());
        assertTrue(o.err().startsWith("adsdesk features set: --file: AD_GOAL: a value is not one Yelp accepts"), o.err());
    }

    @Test
    void syncWithFeaturesWithoutFeatureAccessExits3AndSaysSo() throws IOException {
        sandbox.knobs().featuresNeedDataIngestion(true);

        Outcome o = run("sync", "--features", "--json");

        assertEquals(3, o.exit());
        JsonNode n = JSON.readTree(o.out());
        assertEquals(3, n.get("exit").asInt());
        assertTrue(n.get("features").get("needs_data_ingestion_credentials").asBoolean());
        assertTrue(o.err().contains("These credentials can't read features; add Data Ingestion credentials"), o.err());
    }
}
