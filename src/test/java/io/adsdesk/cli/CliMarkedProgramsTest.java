package io.adsdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adsdesk.sandbox.OddValues;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliMarkedProgramsTest {
    @TempDir
    Path dir;

    @Test
    void syncJsonCountsAndNamesTheProgramsItKeptMarked() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(80).withBusinesses(5))) {
            sandbox.knobs().oddValues().set(OddValues.Kind.HUGE_BUDGETS, 2);
            List<String> odd = sandbox.knobs().oddValues().affected(OddValues.Kind.HUGE_BUDGETS, sandbox.account().programIds());

            CliProcess.Result r = CliProcess.run(dir, Map.of("PW", SandboxConfig.DEFAULT_PASSWORD), "sync", "--base-url",
                    sandbox.baseUrl(), "--username", "demo", "--password-env", "PW", "--data-dir", dir.resolve("data").toString(),
                    "--json");

            assertEquals(0, r.exit(), r.err());
            JsonNode report = new ObjectMapper().readTree(r.out());
            assertEquals("synced", report.get("status").asText());
            assertEquals(80, report.get("total_db_after").asInt());
            assertEquals(2, report.get("marked").asInt());
            List<String> named = new ArrayList<>();
            report.get("marked_programs").forEach(n -> named.add(n.asText()));
            assertEquals(odd.stream().sorted().toList(), named);
            assertTrue(report.get("message").asText().contains(odd.getFirst()), report.get("message").asText());
        }
    }
}
