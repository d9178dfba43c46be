package io.adsdesk.registry;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The {@code audit_log} table: one row per action, completed when its job finishes. */
public final class AuditStore {
    private static final String COLUMNS = "id, at, account, action, program_id, business_id, before_json, request_json, "
            + "after_json, job_id, outcome, receipt_json, message, made_by";

    private final Jdbc jdbc;

    public AuditStore(DataSource source) {
        this(source, ChangeChannel.NONE);
    }

    /** On a team registry: every write is announced to the account's other dashboards. */
    AuditStore(DataSource source, ChangeChannel channel) {
        this.jdbc = new Jdbc(source, channel, RegistryChange.Kind.AUDIT);
    }

    /** Stores a new entry; returns it with its id. */
    public AuditEntry append(AuditEntry e) {
        long id = jdbc.insertReturningKey("INSERT INTO audit_log (at, account, action, program_id, business_id, "
                + "before_json, request_json, after_json, job_id, outcome, receipt_json, message, made_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                    Jdbc.setInstant(ps, 1, e.at());
                    ps.setString(2, e.account());
                    ps.setString(3, e.action());
                    ps.setString(4, e.programId());
                    ps.setString(5, e.businessId());
                    ps.setString(6, e.beforeJson());
                    ps.setString(7, e.requestJson());
                    ps.setString(8, e.afterJson());
                    ps.setString(9, e.jobId());
                    ps.setString(10, e.outcome());
                    ps.setString(11, e.receiptJson());
                    ps.setString(12, e.message());
                    ps.setString(13, e.madeBy());
                });
        return new AuditEntry(id, e.at(), e.account(), e.action(), e.programId(), e.businessId(), e.beforeJson(),
                e.requestJson(), e.afterJson(), e.jobId(), e.outcome(), e.receiptJson(), e.message(), e.madeBy());
    }

    /** Records how an entry ended: the program (new ID on create), values after, outcome, receipt. */
    public void complete(long id, String programId, String afterJson, String outcome, String receiptJson, String message) {
        jdbc.update("UPDATE audit_log SET program_id = COALESCE(?, program_id), after_json = ?, outcome = ?, "
                + "receipt_json = ?, message = ? WHERE id = ?", ps -> {
                    ps.setString(1, programId);
                    ps.setString(2, afterJson);
                    ps.setString(3, outcome);
                    ps.setString(4, receiptJson);
                    ps.setString(5, message);
                    ps.setLong(6, id);
                });
    }

    /** The account's entries, newest first. */
    public List<AuditEntry> newestFirst(String account, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_log WHERE account = ? ORDER BY at DESC, id DESC "
                + "FETCH FIRST ? ROWS ONLY", ps -> {
                    ps.setString(1, account);
                    ps.setInt(2, limit);
                }, AuditStore::map);
    }

    /** One program's entries, newest first. */
    public List<AuditEntry> forProgram(String account, String programId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_log WHERE account = ? AND program_id = ? "
                + "ORDER BY at DESC, id DESC", ps -> {
                    ps.setString(1, account);
                    ps.setString(2, programId);
                }, AuditStore::map);
    }

    private static AuditEntry map(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), Jdbc.instant(rs, "at"), rs.getString("account"), rs.getString("action"),
                rs.getString("program_id"), rs.getString("business_id"), rs.getString("before_json"),
                rs.getString("request_json"), rs.getString("after_json"), rs.getString("job_id"),
                rs.getString("outcome"), rs.getString("receipt_json"), rs.getString("message"), rs.getString("made_by"));
    }
}
