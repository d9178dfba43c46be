package io.adsdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adsdesk.registry.TeamServer;
import io.adsdesk.testing.RegistryEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two processes syncing the same account into one team registry: the second is refused, nothing is corrupted. */
class TeamSyncProcessTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CliProcess.Result sync(TeamServer team, Path dataDir) throws Exception {
        List<String> args = new ArrayList<>(List.of("sync", "--demo", "--data-dir", dataDir.toString(), "--json"));
        args.addAll(RegistryEngine.options(team));
        return CliProcess.run(dir, Map.of(RegistryEngine.PASSWORD_VARIABLE, team.password()), args.toArray(String[]::new));
    }

    @Test
    void aSyncWhileAnotherHoldsTheAccountIsRefusedAndTheRegistryStaysWhole() throws Exception {
        TeamServer team = RegistryEngine.freshDatabase();
        CliProcess.Result first = sync(team, dir.resolve("desk1"));
        assertEquals(0, first.exit(), first.err());
        assertEquals(2000, JSON.readTree(first.out()).get("total_db_after").asInt());

        try (Connection holder = DriverManager.getConnection(team.url(), team.user(), team.password())) {
            String schema = onlySchema(holder);
            holder.setAutoCommit(false);
            try (var s = holder.createStatement()) {
                // Another machine's sync, mid-way: the lock taken in its transaction, its name beside it.
                s.execute("SELECT pg_advisory_xact_lock(hashtextextended('adsdesk-sync:" + schema + "', 0))");
                try (var side = DriverManager.getConnection(team.url(), team.user(), team.password());
                     var w = side.createStatement()) {
                    w.executeUpdate("DELETE FROM " + schema + ".sync_holder");
                    w.executeUpdate("INSERT INTO " + schema + ".sync_holder (id, holder, since) VALUES"
                            + " (1, 'ana on desk-7', TIMESTAMP WITH TIME ZONE '2026-12-05 09:30:00Z')");
                }
                CliProcess.Result refused = sync(team, dir.resolve("desk2"));
                assertNotEquals(0, refused.exit(), refused.out());
                String said = refused.out() + refused.err();
                assertTrue(said.contains("ana on desk-7 since 2026-12-05 09:30:00 UTC"), said);
            }
            holder.rollback();

            try (var s = holder.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + schema + ".programs")) {
                rs.next();
                assertEquals(2000, rs.getInt(1), "the refused sync wrote nothing");
            }
        }
        CliProcess.Result after = sync(team, dir.resolve("desk2"));
        assertEquals(0, after.exit(), after.err());
        JsonNode report = JSON.readTree(after.out());
        assertEquals("up_to_date", report.get("status").asText(), "the registry the first machine wrote is whole");
    }

    private static String onlySchema(Connection c) throws Exception {
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'adsdesk\\_%'")) {
            assertTrue(rs.next());
            String schema = rs.getString(1);
            assertTrue(!rs.next(), "one account, one schema");
            return schema;
        }
    }
}
