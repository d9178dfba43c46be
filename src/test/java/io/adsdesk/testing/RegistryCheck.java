package io.adsdesk.testing;

import io.adsdesk.model.Account;
import io.adsdesk.model.Program;
import io.adsdesk.registry.AccountStore;
import io.adsdesk.registry.ProgramRegistry;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What crash tests look at after a kill: the registry's programs, and whether its tables agree. */
public final class RegistryCheck {
    private static final List<String> ORPHAN_QUERIES = List.of(
            "SELECT COUNT(*) FROM program_businesses b LEFT JOIN programs p ON p.program_id = b.program_id "
                    + "WHERE p.program_id IS NULL",
            "SELECT COUNT(*) FROM programs p WHERE NOT EXISTS "
                    + "(SELECT 1 FROM program_businesses b WHERE b.program_id = p.program_id)");

    private RegistryCheck() {
    }

    /** Every stored program, opened the way the app opens it. */
    public static Set<Program> programs(Path data, Account account) {
        try (ProgramRegistry registry = AccountStore.openRegistry(data, account)) {
            return new HashSet<>(registry.findAll());
        }
    }

    public static Set<String> programIds(Path data, Account account) {
        return programs(data, account).stream().map(Program::programId).collect(Collectors.toSet());
    }

    /** Every link points at a stored program and every program has its links. */
    public static void assertConsistent(Path data, Account account) throws SQLException {
        Path file = AccountStore.accountDir(data, account).resolve("registry");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file, "sa", "");
             Statement s = c.createStatement()) {
            for (String sql : ORPHAN_QUERIES) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    rs.next();
                    assertEquals(0, rs.getInt(1), sql);
                }
            }
        }
    }

    /** Every stored program: on the team registry {@code team} when given, else in the local registry under {@code data}. */
    public static Set<String> programIds(Path data, Account account, io.adsdesk.registry.TeamServer team) {
        if (team == null) {
            return programIds(data, account);
        }
        try (ProgramRegistry registry = io.adsdesk.registry.TeamRegistries.open(team, account, null, null)) {
            return registry.findAll().stream().map(Program::programId).collect(Collectors.toSet());
        }
    }

    /** {@link #assertConsistent(Path, Account)}, on the account's schema of the team registry {@code team} when given. */
    public static void assertConsistent(Path data, Account account, io.adsdesk.registry.TeamServer team) throws SQLException {
        if (team == null) {
            assertConsistent(data, account);
            return;
        }
        try (Connection c = DriverManager.getConnection(team.url(), team.user(), team.password());
             Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + io.adsdesk.registry.TeamRegistries.schemaOf(account));
            for (String sql : ORPHAN_QUERIES) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    rs.next();
                    assertEquals(0, rs.getInt(1), sql);
                }
            }
        }
    }

    /** The trial count of a crash test: the system property if set (scripts/crash-trials.sh), else the suite's. */
    public static int trials(String property, int suiteDefault) {
        return Integer.getInteger(property, suiteDefault);
    }
}
