package io.adsdesk.registry;

import io.adsdesk.testing.RegistryEngine;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.sql.DriverManager;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Test connection" in plain words: nothing listening, a wrong password, no such database, no right to
 * create the registry, and a usable server with its version. The PostgreSQL cases skip without
 * ADSDESK_TEST_PG_URL.
 */
class TeamServerCheckTest {

    private static int deadPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void aPortNobodyListensOnIsUnreachable() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + deadPort() + "/adsdesk";
        TeamServerCheck.Result r = TeamServerCheck.check(new TeamServer(url, "adsdesk", "pw"), "adsdesk_x");
        assertEquals(TeamServerCheck.Outcome.UNREACHABLE, r.outcome());
        assertTrue(r.message().startsWith("Nothing answers at 127.0.0.1:"), r.message());
        assertTrue(r.message().contains("is PostgreSQL running there"), r.message());
    }

    @Test
    void anUnknownHostIsSaidAsSuch() {
        TeamServerCheck.Result r = TeamServerCheck.check(
                new TeamServer("jdbc:postgresql://no-such-host.invalid:5432/adsdesk", "adsdesk", "pw"), null);
        assertEquals(TeamServerCheck.Outcome.UNREACHABLE, r.outcome());
        assertTrue(r.message().contains("no-such-host.invalid:5432 is unknown"), r.message());
    }

    @Test
    void theMessageNeverQuotesThePassword() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + deadPort() + "/adsdesk";
        TeamServerCheck.Result r = TeamServerCheck.check(new TeamServer(url, "adsdesk", "canary-pw-93"), null);
        assertFalse(r.message().contains("canary-pw-93"));
    }

    @Test
    void aUsableServerSaysItsVersion() {
        TeamServer server = RegistryEngine.server();
        TeamServerCheck.Result r = TeamServerCheck.check(server, "adsdesk_check_" + UUID.randomUUID().toString().replace("-", ""));
        assertEquals(TeamServerCheck.Outcome.OK, r.outcome(), r.message());
        assertTrue(r.message().matches("Connected to PostgreSQL \\d+.*: user .* can keep the registry in database .*\\."), r.message());
    }

    @Test
    void aWrongPasswordIsALoginRefused() {
        TeamServer server = RegistryEngine.server();
        TeamServerCheck.Result r = TeamServerCheck.check(new TeamServer(server.url(), server.user(), "wrong-" + UUID.randomUUID()),
                null);
        assertEquals(TeamServerCheck.Outcome.LOGIN_REFUSED, r.outcome(), r.message());
        assertTrue(r.message().contains("refused user " + server.user() + ": the password is wrong"), r.message());
    }

    @Test
    void aMissingDatabaseIsNamed() {
        TeamServer server = RegistryEngine.server();
        String url = server.url().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1no_such_db");
        TeamServerCheck.Result r = TeamServerCheck.check(new TeamServer(url, server.user(), server.password()), null);
        assertEquals(TeamServerCheck.Outcome.NO_DATABASE, r.outcome(), r.message());
        assertTrue(r.message().startsWith("There is no database no_such_db at "), r.message());
    }

    @Test
    void aUserWithoutTheRightToCreateTheSchemaIsToldWhatToAskFor() throws Exception {
        TeamServer admin = RegistryEngine.freshDatabase();
        String role = "reader_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String database = TeamServerCheck.databaseOf(admin.url());
        try (var c = DriverManager.getConnection(admin.url(), admin.user(), admin.password()); var s = c.createStatement()) {
            s.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'reader-pw'");
            s.execute("REVOKE CREATE ON DATABASE " + database + " FROM PUBLIC");
        }
        TeamServerCheck.Result r = TeamServerCheck.check(new TeamServer(admin.url(), role, "reader-pw"), "adsdesk_someone");
        assertEquals(TeamServerCheck.Outcome.NO_PERMISSION, r.outcome(), r.message());
        assertTrue(r.message().contains("GRANT CREATE ON DATABASE " + database + " TO " + role + ";"), r.message());
    }

    @Test
    void unreachableIsToldApartFromRefusals() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + deadPort() + "/adsdesk";
        try (var c = DriverManager.getConnection(url, "a", "b")) {
            throw new AssertionError("connected to a dead port");
        } catch (java.sql.SQLException e) {
            assertTrue(TeamServerCheck.unreachable(new RegistryException("Cannot open the team registry", e)));
        }
        assertFalse(TeamServerCheck.unreachable(new java.sql.SQLException("password authentication failed", "28P01")));
    }
}
