package io.adsdesk.registry;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Small plain-JDBC helpers for the job and audit stores: one connection and transaction per call;
 * a write is on disk when it returns.
 */
final class Jdbc {
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final DataSource source;
    /** Where writes are announced on a team registry (with {@link #kind}); {@link ChangeChannel#NONE} on H2. */
    private final ChangeChannel channel;
    private final RegistryChange.Kind kind;

    Jdbc(DataSource source) {
        this(source, ChangeChannel.NONE, null);
    }

    /** Each write also sends a notice of {@code kind} on {@code channel}, in the same transaction. */
    Jdbc(DataSource source, ChangeChannel channel, RegistryChange.Kind kind) {
        this.source = source;
        this.channel = channel;
        this.kind = kind;
    }

    int update(String sql, Binder binder) {
        try (Connection c = source.getConnection()) {
            return announced(c, () -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    binder.bind(ps);
                    return ps.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new RegistryException("Cannot write to the local registry: " + e.getMessage(), e);
        }
    }

    long insertReturningKey(String sql, Binder binder) {
        try (Connection c = source.getConnection()) {
            return announced(c, () -> {
                try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
                    binder.bind(ps);
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        return keys.getLong(1);
                    }
                }
            });
        } catch (SQLException e) {
            throw new RegistryException("Cannot write to the local registry: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Write<T> {
        T run() throws SQLException;
    }

    /** Runs a write and, on a team registry, its notice in one transaction; on disk when it returns. */
    private <T> T announced(Connection c, Write<T> write) throws SQLException {
        if (!channel.active()) {
            T result = write.run();
            DiskSync.force(c);
            return result;
        }
        c.setAutoCommit(false);
        try {
            T result = write.run();
            channel.send(c, kind);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        try (Connection c = source.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new RegistryException("Cannot read the local registry: " + e.getMessage(), e);
        }
    }

    static void setInstant(PreparedStatement ps, int index, Instant at) throws SQLException {
        if (at == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(index, at.atOffset(ZoneOffset.UTC));
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

}
