package io.adsdesk.registry;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The {@code program_features} table: the last copy of each program's features, with the time it was read. */
public final class FeatureStore {
    private final DataSource source;
    private final Jdbc jdbc;

    public FeatureStore(DataSource source) {
        this.source = source;
        this.jdbc = new Jdbc(source);
    }

    /** Stores these copies, each replacing the program's previous one, in one transaction. */
    public void put(Collection<StoredFeatures> copies) {
        if (copies.isEmpty()) {
            return;
        }
        try (Connection c = source.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM program_features WHERE program_id = ?");
                 PreparedStatement insert = c.prepareStatement(
                         "INSERT INTO program_features (program_id, features_json, read_at) VALUES (?, ?, ?)")) {
                for (StoredFeatures f : copies) {
                    delete.setString(1, f.programId());
                    delete.addBatch();
                    insert.setString(1, f.programId());
                    insert.setString(2, f.json());
                    Jdbc.setInstant(insert, 3, f.readAt());
                    insert.addBatch();
                }
                delete.executeBatch();
                insert.executeBatch();
                c.commit();
                DiskSync.force(c);
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new RegistryException("Cannot write to the local registry: " + e.getMessage(), e);
        }
    }

    public void put(StoredFeatures copy) {
        put(List.of(copy));
    }

    /** The program's last copy, if any was read. */
    public Optional<StoredFeatures> get(String programId) {
        return jdbc.query("SELECT program_id, features_json, read_at FROM program_features WHERE program_id = ?",
                ps -> ps.setString(1, programId),
                rs -> new StoredFeatures(rs.getString("program_id"), rs.getString("features_json"), Jdbc.instant(rs, "read_at")))
                .stream().findFirst();
    }

    /** How many programs have a copy. */
    public int count() {
        return jdbc.query("SELECT COUNT(*) FROM program_features", ps -> { }, rs -> rs.getInt(1)).getFirst();
    }
}
