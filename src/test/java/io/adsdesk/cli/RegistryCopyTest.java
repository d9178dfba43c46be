package io.adsdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.adsdesk.registry.TeamServer;
import io.adsdesk.testing.RegistryEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code adsdesk registry copy}: a local registry moves to the team server and back, counts verified. */
class RegistryCopyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CliProcess.Result adsdesk(TeamServer team, String... args) throws Exception {
        return CliProcess.run(dir, Map.of(RegistryEngine.PASSWORD_VARIABLE, team.password()), args);
    }

    private static String[] with(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void aLocalRegistryMovesToTheTeamServerAndAColleagueGetsALocalCopy() throws Exception {
        TeamServer team = RegistryEngine.freshDatabase();
        String mine = dir.resolve("mine").toString();
        String theirs = dir.resolve("theirs").toString();
        List<String> login = List.of("--registry-user", team.user(), "--registry-password-env", RegistryEngine.PASSWORD_VARIABLE);
        assertEquals(0, adsdesk(team, "sync", "--demo", "--data-dir", mine).exit());

        CliProcess.Result moved = adsdesk(team, with(List.of("registry", "copy", "--demo", "--data-dir", mine, "--to-url", team.url()),
                login.toArray(String[]::new)));
        assertEquals(0, moved.exit(), moved.err());
        assertTrue(moved.out().contains("2000 programs"), moved.out());
        assertTrue(moved.out().contains("1 sync runs") && moved.out().contains("(counts verified)"), moved.out());
        assertFalse((moved.out() + moved.err()).contains(team.password()));

        CliProcess.Result onServer = adsdesk(team, with(List.of("export", "--demo", "--format", "json", "--data-dir", theirs),
                RegistryEngine.options(team).toArray(String[]::new)));
        assertEquals(0, onServer.exit(), onServer.err());
        assertEquals(2000, JSON.readTree(onServer.out()).size());

        CliProcess.Result again = adsdesk(team, with(List.of("registry", "copy", "--demo", "--data-dir", mine, "--to-url", team.url()),
                login.toArray(String[]::new)));
        assertNotEquals(0, again.exit());
        assertTrue(again.err().contains("already holds programs"), again.err());

        CliProcess.Result back = adsdesk(team, with(List.of("registry", "copy", "--demo", "--data-dir", theirs, "--from-url", team.url()),
                login.toArray(String[]::new)));
        assertEquals(0, back.exit(), back.err());
        CliProcess.Result offline = adsdesk(team, "export", "--demo", "--format", "json", "--data-dir", theirs);
        assertEquals(0, offline.exit(), offline.err());
        assertEquals(JSON.readTree(onServer.out()), JSON.readTree(offline.out()), "the local copy holds what the server holds");
    }
}
