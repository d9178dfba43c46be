package io.adsdesk.registry;

import io.adsdesk.model.change.ChangeField;
import io.adsdesk.model.change.ChangeState;
import io.adsdesk.model.change.PendingChange;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The {@code pending_changes} table on plain JDBC: batched writes, one transaction per call. */
final class JdbcChangeStore implements ChangeStore {
    private static final String COLUMNS = "account, program_id, change_field, old_value, new_value, post_at, "
            + "change_state, message, created_at, created_by, updated_at, job_id, audit_id";
    private static final String OPEN = "'PENDING', 'POSTING', 'CONFLICT'";
    private static final int BATCH = 1000;

    private final DataSource source;
    private final Jdbc jdbc;

    /** On a team registry: every write is announced to the account's other dashboards. */
    private final ChangeChannel channel;

    JdbcChangeStore(DataSource source) {
        this(source, ChangeChannel.NONE);
    }

    JdbcChangeStore(DataSource source, ChangeChannel channel) {
        this.source = source;
        this.channel = channel;
        this.jdbc = new Jdbc(source);
    }

    @Override
    public List<PendingChange> insert(List<PendingChange> changes) {
        List<PendingChange> out = new ArrayList<>(changes);
        try (Connection c = source.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<Integer> fresh = new ArrayList<>();
                List<Integer> restored = new ArrayList<>();
                for (int i = 0; i < changes.size(); i++) {
                    (changes.get(i).id() == 0 ? fresh : restored).add(i);
                }
                insertFresh(c, changes, fresh, out);
                insertRestored(c, changes, restored);
                channel.send(c, RegistryChange.Kind.PENDING_CHANGES);
                c.commit();
                DiskSync.force(c);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new RegistryException("Cannot write to the local registry: " + e.getMessage(), e);
        }
        return List.copyOf(out);
    }

    private static void insertFresh(Connection c, List<PendingChange> changes, List<Integer> positions,
                                    List<PendingChange> out) throws SQLException {
        if (positions.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO pending_changes (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            for (int from = 0; from < positions.size(); from += BATCH) {
                List<Integer> part = positions.subList(from, Math.min(positions.size(), from + BATCH));
                for (int i : part) {
                    bind(ps, changes.get(i), 1);
                    ps.addBatch();
                }
                ps.executeBatch();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    for (int i : part) {
                        if (!keys.next()) {
                            throw new SQLException("the database returned fewer keys than rows inserted");
                        }
                        out.set(i, changes.get(i).withId(keys.getLong(1)));
                    }
                }
            }
        }
    }

    private static void insertRestored(Connection c, List<PendingChange> changes, List<Integer> positions)
            throws SQLException {
        if (positions.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO pending_changes (id, " + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (int i : positions) {
                PendingChange p = changes.get(i);
                ps.setLong(1, p.id());
                bind(ps, p, 2);
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    @Override
    public void update(List<PendingChange> changes) {
        update(changes, true);
    }

    @Override
    public void updateSoon(List<PendingChange> changes) {
        update(changes, false);
    }

    private void update(List<PendingChange> changes, boolean force) {
        if (changes.isEmpty()) {
            return;
        }
        batch(force, "UPDATE pending_changes SET account = ?, program_id = ?, change_field = ?, old_value = ?, new_value = ?, "
                + "post_at = ?, change_state = ?, message = ?, created_at = ?, created_by = ?, updated_at = ?, "
                + "job_id = ?, audit_id = ? WHERE id = ?", changes, (ps, p) -> {
                    bind(ps, p, 1);
                    ps.setLong(14, p.id());
                });
    }

    @Override
    public void delete(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        // Changes made together have consecutive ids: one statement per run of them.
        List<long[]> runs = new ArrayList<>();
        long[] run = null;
        for (long id : ids.stream().sorted().toList()) {
            if (run != null && id == run[1] + 1) {
                run[1] = id;
            } else {
                run = new long[] {id, id};
                runs.add(run);
            }
        }
        batch(true, "DELETE FROM pending_changes WHERE id BETWEEN ? AND ?", runs, (ps, r) -> {
            ps.setLong(1, r[0]);
            ps.setLong(2, r[1]);
        });
    }

    @Override
    public List<PendingChange> open(String account) {
        return jdbc.query("SELECT id, " + COLUMNS + " FROM pending_changes WHERE account = ? AND change_state IN ("
                + OPEN + ") ORDER BY id", ps -> ps.setString(1, account), JdbcChangeStore::map);
    }

    @Override
    public List<PendingChange> history(String account, int limit) {
        return jdbc.query("SELECT id, " + COLUMNS + " FROM pending_changes WHERE account = ? AND change_state NOT IN ("
                + OPEN + ") ORDER BY updated_at DESC, id DESC FETCH FIRST ? ROWS ONLY", ps -> {
                    ps.setString(1, account);
                    ps.setInt(2, limit);
                }, JdbcChangeStore::map);
    }

    @Override
    public Optional<PendingChange> find(long id) {
        return jdbc.query("SELECT id, " + COLUMNS + " FROM pending_changes WHERE id = ?", ps -> ps.setLong(1, id),
                JdbcChangeStore::map).stream().findFirst();
    }

    @FunctionalInterface
    private interface ItemBinder<T> {
        void bind(PreparedStatement ps, T item) throws SQLException;
    }

    private <T> void batch(boolean force, String sql, List<T> items, ItemBinder<T> binder) {
        try (Connection c = source.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int n = 0;
                for (T item : items) {
                    binder.bind(ps, item);
                    ps.addBatch();
                    if (++n % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
                channel.send(c, RegistryChange.Kind.PENDING_CHANGES);
                c.commit();
                if (force) {
                    DiskSync.force(c);
                }
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new RegistryException("Cannot write to the local registry: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement ps, PendingChange p, int first) throws SQLException {
        ps.setString(first, p.account());
        ps.setString(first + 1, p.programId());
        ps.setString(first + 2, p.field().name());
        ps.setString(first + 3, p.oldValue());
        ps.setString(first + 4, p.newValue());
        Jdbc.setInstant(ps, first + 5, p.postAt());
        ps.setString(first + 6, p.state().name());
        ps.setString(first + 7, p.message());
        Jdbc.setInstant(ps, first + 8, p.createdAt());
        ps.setString(first + 9, p.createdBy());
        Jdbc.setInstant(ps, first + 10, p.updatedAt());
        ps.setString(first + 11, p.jobId());
        Jdbc.setLong(ps, first + 12, p.auditId());
    }

    private static PendingChange map(ResultSet rs) throws SQLException {
        return new PendingChange(rs.getLong("id"), rs.getString("account"), rs.getString("program_id"),
                ChangeField.valueOf(rs.getString("change_field")), rs.getString("old_value"), rs.getString("new_value"),
                Jdbc.instant(rs, "post_at"), ChangeState.valueOf(rs.getString("change_state")), rs.getString("message"),
                Jdbc.instant(rs, "created_at"), rs.getString("created_by"), Jdbc.instant(rs, "updated_at"),
                rs.getString("job_id"), Jdbc.longOrNull(rs, "audit_id"));
    }
}
