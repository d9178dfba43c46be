package io.adsdesk.testing;

import io.adsdesk.model.Account;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.registry.TeamRegistries;
import io.adsdesk.registry.TeamServer;
import org.junit.jupiter.api.Assumptions;

import java.util.UUID;
import java.util.stream.Stream;

/**
 * The two databases a registry runs on, for suites parameterized over both: the embedded H2 and a
 * team's PostgreSQL. PostgreSQL needs a server named by {@code ADSDESK_TEST_PG_URL},
 * {@code ADSDESK_TEST_PG_USER} and {@code ADSDESK_TEST_PG_PASSWORD_ENV} (the name of the variable
 * holding the password); {@code .ci/run} starts one and sets them. Without them, its cases are
 * skipped with that reason.
 */
public enum RegistryEngine {
    H2, POSTGRESQL;

    /** For {@code @MethodSource}: both engines. */
    public static Stream<RegistryEngine> both() {
        return Stream.of(values());
    }

    /** A new, empty registry of its own (a private in-memory database, or a new account's schema on the server). */
    public HibernateProgramRegistry open(String name) {
        if (this == H2) {
            return HibernateProgramRegistry.inMemory(name + "-" + UUID.randomUUID());
        }
        return TeamRegistries.open(server(), freshAccount(name), null, null);
    }

    /** An account no other test uses. */
    public static Account freshAccount(String name) {
        return new Account(name + "-" + UUID.randomUUID(), "http://127.0.0.1:1");
    }

    /** The test server; skips the calling test when none is configured. */
    public static TeamServer server() {
        String url = System.getenv("ADSDESK_TEST_PG_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                "no PostgreSQL for the tests: set ADSDESK_TEST_PG_URL, ADSDESK_TEST_PG_USER and ADSDESK_TEST_PG_PASSWORD_ENV"
                        + " (.ci/run starts one and sets them)");
        String passwordEnv = System.getenv("ADSDESK_TEST_PG_PASSWORD_ENV");
        return new TeamServer(url, System.getenv("ADSDESK_TEST_PG_USER"), passwordEnv == null ? null : System.getenv(passwordEnv));
    }

    /** A new, empty database on the test server, for tests whose account is fixed (the demo's). */
    public static TeamServer freshDatabase() {
        TeamServer server = server();
        String name = "adsdesk_test_" + UUID.randomUUID().toString().replace("-", "");
        try (var c = java.sql.DriverManager.getConnection(server.url(), server.user(), server.password());
             var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new AssertionError("cannot create a test database: " + e.getMessage(), e);
        }
        String url = server.url().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
        return new TeamServer(url, server.user(), server.password());
    }

    /** The command-line options naming {@code server}, its password in the variable {@link #PASSWORD_VARIABLE}. */
    public static java.util.List<String> options(TeamServer server) {
        return java.util.List.of("--registry-url", server.url(), "--registry-user", server.user(),
                "--registry-password-env", PASSWORD_VARIABLE);
    }

    public static final String PASSWORD_VARIABLE = "ADSDESK_TEST_REGISTRY_PASSWORD";

    /** Whether a test server is configured. */
    public static boolean serverConfigured() {
        String url = System.getenv("ADSDESK_TEST_PG_URL");
        return url != null && !url.isBlank();
    }
}
