package io.adsdesk.cli;

import io.adsdesk.model.Account;
import io.adsdesk.registry.TeamServer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The team registry's password on the command line: the named variable, else the credential store. */
class TeamRegistryOptionTest {
    private static final Account ALICE = new Account("alice", "https://partner-api.yelp.com");
    private static final String URL = "jdbc:postgresql://db.example.com:5432/adsdesk";

    private final List<String> asked = new ArrayList<>();
    private final TeamPasswords store = (account, url, user) -> {
        asked.add(account.username() + " " + url + " " + user);
        return Optional.of("from-store");
    };

    private static AccountOptions options(String passwordEnv) {
        AccountOptions o = new AccountOptions();
        o.registryUrl = URL;
        o.registryUser = "adsdesk";
        o.registryPasswordEnv = passwordEnv;
        return o;
    }

    @Test
    void withoutPasswordEnvThePasswordComesFromTheStoreForThatAccountUrlAndUser() throws Exception {
        TeamServer server = TeamRegistryOption.of(options(null), Map.of(), ALICE, store);
        assertEquals("from-store", server.password());
        assertEquals(List.of("alice " + URL + " adsdesk"), asked);
    }

    @Test
    void passwordEnvWinsAndTheStoreIsNotAsked() throws Exception {
        TeamServer server = TeamRegistryOption.of(options("DB_PW"), Map.of("DB_PW", "from-env"), ALICE, store);
        assertEquals("from-env", server.password());
        assertTrue(asked.isEmpty());
    }

    @Test
    void anUnsetPasswordEnvIsBadInputNotAFallback() {
        UsageException e = assertThrows(UsageException.class,
                () -> TeamRegistryOption.of(options("DB_PW"), Map.of(), ALICE, store));
        assertEquals("--registry-password-env: the environment variable DB_PW is not set", e.getMessage());
        assertTrue(asked.isEmpty());
    }

    @Test
    void withNothingStoredThereIsNoPassword() throws Exception {
        assertNull(TeamRegistryOption.of(options(null), Map.of(), ALICE, TeamPasswords.NONE).password());
    }

    @Test
    void helpSaysThePasswordMayComeFromTheCredentialStore() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TestCli.create(List.of()).run(List.of("sync", "--help"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        String help = out.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        assertTrue(help.contains("without it, the password the dashboard keeps in the OS credential store for this account,"
                + " URL and user (if any)"), help);
    }

    @Test
    void aTeamRegistryNobodyAnswersForIsSaidInOneLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        int dead;
        try (var socket = new java.net.ServerSocket(0)) {
            dead = socket.getLocalPort();
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = TestCli.create(List.of()).run(List.of("sync", "--demo", "--data-dir", dir.toString(), "--registry-url",
                        "jdbc:postgresql://127.0.0.1:" + dead + "/adsdesk", "--registry-user", "adsdesk"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).exit();
        assertEquals(ExitCode.OTHER.code, exit);
        assertEquals("adsdesk sync: cannot open the team registry: Nothing answers at 127.0.0.1:" + dead
                + ": is PostgreSQL running there, on that port, and reachable from this computer?", err.toString(StandardCharsets.UTF_8).strip());
    }
}
