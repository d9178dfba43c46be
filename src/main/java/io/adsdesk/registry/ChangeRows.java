package io.adsdesk.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.adsdesk.model.ChangeKind;
import io.adsdesk.model.ChangedField;
import io.adsdesk.model.Program;
import io.adsdesk.model.RunChanges;
import io.adsdesk.model.SyncChange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The change log of sync runs in {@code sync_changes}: one row per changed program, written in one
 * batch inside the sync's transaction, and pruned there too.
 */
final class ChangeRows {
    /** Changes are kept for this many syncs that changed something… */
    static final int KEEP_RUNS = 50;
    /** …and never longer than this. */
    static final Duration KEEP_FOR = Duration.ofDays(90);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<List<String>>> FIELD_LIST = new TypeReference<>() {
    };
    private static final String INSERT = "INSERT INTO sync_changes (run_id, position, program_id, business_id, kind, "
            + "fields, removed_program) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final int BATCH = 1000;

    private ChangeRows() {
    }

    /** Stores the changes of a run already inserted (its id set), and whether it was a first sync. */
    static void insert(Connection c, RunChanges changes) throws SQLException {
        if (changes.initial()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE sync_runs SET initial_sync = TRUE WHERE id = ?")) {
                ps.setLong(1, changes.runId());
                ps.executeUpdate();
            }
            return;
        }
        java.util.Map<String, Program> removed = new java.util.HashMap<>();
        changes.removedPrograms().forEach(p -> removed.put(p.programId(), p));
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            int position = 0;
            for (SyncChange change : changes.changes()) {
                ps.setLong(1, changes.runId());
                ps.setInt(2, position++);
                ps.setString(3, change.programId());
                ps.setString(4, change.businessId());
                ps.setString(5, change.kind().name());
                ps.setString(6, change.fields().isEmpty() ? null : fields(change.fields()));
                Program gone = change.kind() == ChangeKind.REMOVED ? removed.get(change.programId()) : null;
                ps.setString(7, gone == null ? null : RemovedProgramJson.write(gone));
                ps.addBatch();
                if (position % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /**
     * Drops the changes of runs older than the last {@value #KEEP_RUNS} that changed something, or
     * finished more than {@link #KEEP_FOR} before {@code now}.
     */
    static void prune(Connection c, Instant now) throws SQLException {
        long oldestKept = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM sync_runs WHERE outcome = 'SYNCED' ORDER BY id DESC LIMIT 1 OFFSET " + (KEEP_RUNS - 1));
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                oldestKept = rs.getLong(1);
            }
        }
        OffsetDateTime cutoff = now.minus(KEEP_FOR).atOffset(ZoneOffset.UTC);
        String expired = "(id < ? OR finished_at < ?)";
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM sync_changes WHERE run_id IN "
                + "(SELECT id FROM sync_runs WHERE changes_recorded AND " + expired + ")")) {
            ps.setLong(1, oldestKept);
            ps.setObject(2, cutoff);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE sync_runs SET changes_recorded = FALSE "
                + "WHERE changes_recorded AND outcome = 'SYNCED' AND NOT initial_sync AND " + expired)) {
            ps.setLong(1, oldestKept);
            ps.setObject(2, cutoff);
            ps.executeUpdate();
        }
    }

    /** The changes of one run; empty when there is no such run. */
    static Optional<RunChanges> read(Connection c, long runId) throws SQLException {
        boolean initial;
        boolean recorded;
        try (PreparedStatement ps = c.prepareStatement("SELECT initial_sync, changes_recorded FROM sync_runs WHERE id = ?")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                initial = rs.getBoolean(1);
                recorded = rs.getBoolean(2);
            }
        }
        List<SyncChange> changes = new ArrayList<>();
        List<Program> removed = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT program_id, business_id, kind, fields, removed_program "
                + "FROM sync_changes WHERE run_id = ? ORDER BY position")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String fields = rs.getString(4);
                    changes.add(new SyncChange(rs.getString(1), rs.getString(2), ChangeKind.valueOf(rs.getString(3)),
                            fields == null ? List.of() : fields(fields)));
                    String gone = rs.getString(5);
                    if (gone != null) {
                        removed.add(RemovedProgramJson.read(gone));
                    }
                }
            }
        }
        return Optional.of(new RunChanges(runId, initial, recorded, changes, removed));
    }

    /** The id of the last run that brought the registry up to date (synced or already up to date). */
    static Optional<Long> lastCompletedRun(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT MAX(id) FROM sync_runs WHERE outcome IN ('SYNCED', 'UP_TO_DATE')");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            long id = rs.getLong(1);
            return rs.wasNull() ? Optional.empty() : Optional.of(id);
        }
    }

    private static String fields(List<ChangedField> fields) {
        try {
            return JSON.writeValueAsString(fields.stream().map(f -> java.util.Arrays.asList(f.field(), f.oldValue(), f.newValue())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ChangedField> fields(String json) {
        try {
            return JSON.readValue(json, FIELD_LIST).stream().map(l -> new ChangedField(l.get(0), l.get(1), l.get(2))).toList();
        } catch (JsonProcessingException e) {
            throw new RegistryException("The change log of a sync is damaged: " + e.getOriginalMessage(), e);
        }
    }
}
