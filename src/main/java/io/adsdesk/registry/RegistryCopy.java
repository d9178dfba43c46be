package io.adsdesk.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies one account's registry into another database (local H2 to a team server, or back): every
 * program, business, sync run and its changes, job and audit entry, in one transaction on the
 * target, whose counts are compared with the source's before it commits. The target must be empty.
 */
public final class RegistryCopy {
    /** The tables copied, parents first; a table that exists in only one of the two databases is skipped. */
    static final List<String> TABLES = List.of("programs", "program_businesses", "businesses", "sync_runs", "sync_changes",
            "jobs", "audit_log", "pending_changes");
    private static final int BATCH = 1000;

    private RegistryCopy() {
    }

    /** Rows copied per table, in {@link #TABLES} order. */
    public static Map<String, Integer> copy(HibernateProgramRegistry from, HibernateProgramRegistry to) {
        try (Connection source = from.connection(); Connection target = to.connection()) {
            source.setAutoCommit(false);
            source.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            target.setAutoCommit(false);
            try {
                int already = count(target, "programs") + count(target, "sync_runs") + count(target, "jobs");
                if (already > 0) {
                    throw new RegistryException("The target registry of this account already holds programs, syncs or jobs;"
                            + " nothing was copied. Copy only into a registry that was never synced.");
                }
                Map<String, Integer> copied = new LinkedHashMap<>();
                for (String table : TABLES) {
                    if (exists(source, table) && exists(target, table)) {
                        copied.put(table, copyTable(source, target, table));
                    }
                }
                for (Map.Entry<String, Integer> e : copied.entrySet()) {
                    int there = count(target, e.getKey());
                    if (there != count(source, e.getKey())) {
                        throw new RegistryException("The copy of " + e.getKey() + " holds " + there + " rows, the original "
                                + count(source, e.getKey()) + "; nothing was copied.");
                    }
                }
                restartIdentity(target, "sync_runs");
                restartIdentity(target, "audit_log");
                ContentsStamp.change(target);
                target.commit();
                source.commit();
                to.afterCopy();
                return copied;
            } catch (SQLException | RuntimeException e) {
                target.rollback();
                source.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw RegistryFailures.of("Cannot copy the registry", e, null);
        }
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        return SchemaMigrator.tableExists(c, Vendor.of(c) == Vendor.H2 ? null : c.getSchema(), table);
    }

    private static int copyTable(Connection source, Connection target, String table) throws SQLException {
        int rows = 0;
        try (Statement s = source.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            int n = meta.getColumnCount();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                columns.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
            String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")";
            try (PreparedStatement ps = target.prepareStatement(sql)) {
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        bind(ps, i, rs, i, meta.getColumnType(i));
                    }
                    ps.addBatch();
                    if (++rows % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        }
        return rows;
    }

    private static void bind(PreparedStatement ps, int to, ResultSet rs, int from, int type) throws SQLException {
        switch (type) {
            case Types.CLOB, Types.NCLOB, Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.NVARCHAR -> ps.setString(to, rs.getString(from));
            case Types.TIMESTAMP_WITH_TIMEZONE -> ps.setObject(to, rs.getObject(from, OffsetDateTime.class));
            case Types.DATE -> ps.setObject(to, rs.getObject(from, LocalDate.class));
            case Types.NUMERIC, Types.DECIMAL, Types.DOUBLE, Types.FLOAT, Types.REAL, Types.OTHER -> {
                java.math.BigDecimal v = rs.getBigDecimal(from);
                if (v == null) {
                    ps.setNull(to, Types.NUMERIC);
                } else {
                    ps.setBigDecimal(to, v);
                }
            }
            default -> {
                Object v = rs.getObject(from);
                if (v == null) {
                    ps.setNull(to, type);
                } else {
                    ps.setObject(to, v);
                }
            }
        }
    }

    private static int count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** New rows get ids after the copied ones. */
    private static void restartIdentity(Connection c, String table) throws SQLException {
        long next;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            rs.next();
            next = rs.getLong(1);
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
        }
    }
}
