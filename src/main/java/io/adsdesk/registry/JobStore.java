package io.adsdesk.registry;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The {@code jobs} table: every write job, stored before its first poll so that a restart finds
 * it again. Callable from any worker thread.
 */
public final class JobStore {
    private static final String COLUMNS = "job_id, account, kind, program_id, business_id, request_json, submitted_at, "
            + "status, last_polled_at, polls, receipt_json, error_codes, message, finished_at, audit_id, made_by";

    private final Jdbc jdbc;

    public JobStore(DataSource source) {
        this(source, ChangeChannel.NONE);
    }

    /** On a team registry: every write is announced to the account's other dashboards. */
    JobStore(DataSource source, ChangeChannel channel) {
        this.jdbc = new Jdbc(source, channel, RegistryChange.Kind.JOBS);
    }

    public void insert(JobRecord job) {
        jdbc.update("INSERT INTO jobs (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ps -> bindAll(ps, job));
    }

    /** Overwrites the stored record of {@code job.jobId()}. */
    public void update(JobRecord job) {
        int rows = jdbc.update("UPDATE jobs SET program_id = ?, status = ?, last_polled_at = ?, polls = ?, "
                + "receipt_json = ?, error_codes = ?, message = ?, finished_at = ? WHERE job_id = ?", ps -> {
                    ps.setString(1, job.programId());
                    ps.setString(2, job.status());
                    Jdbc.setInstant(ps, 3, job.lastPolledAt());
                    ps.setInt(4, job.polls());
                    ps.setString(5, job.receiptJson());
                    ps.setString(6, job.errorCodes());
                    ps.setString(7, job.message());
                    Jdbc.setInstant(ps, 8, job.finishedAt());
                    ps.setString(9, job.jobId());
                });
        if (rows != 1) {
            throw new RegistryException("No stored job " + job.jobId());
        }
    }

    public Optional<JobRecord> find(String jobId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM jobs WHERE job_id = ?", ps -> ps.setString(1, jobId),
                JobStore::map).stream().findFirst();
    }

    /** The account's jobs not yet finished, oldest first. */
    public List<JobRecord> pending(String account) {
        return jdbc.query("SELECT " + COLUMNS + " FROM jobs WHERE account = ? AND finished_at IS NULL "
                + "ORDER BY submitted_at, job_id", ps -> ps.setString(1, account), JobStore::map);
    }

    /** The account's jobs, newest first. */
    public List<JobRecord> recent(String account, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM jobs WHERE account = ? ORDER BY submitted_at DESC, job_id "
                + "FETCH FIRST ? ROWS ONLY", ps -> {
                    ps.setString(1, account);
                    ps.setInt(2, limit);
                }, JobStore::map);
    }

    private static void bindAll(PreparedStatement ps, JobRecord j) throws SQLException {
        ps.setString(1, j.jobId());
        ps.setString(2, j.account());
        ps.setString(3, j.kind());
        ps.setString(4, j.programId());
        ps.setString(5, j.businessId());
        ps.setString(6, j.requestJson());
        Jdbc.setInstant(ps, 7, j.submittedAt());
        ps.setString(8, j.status());
        Jdbc.setInstant(ps, 9, j.lastPolledAt());
        ps.setInt(10, j.polls());
        ps.setString(11, j.receiptJson());
        ps.setString(12, j.errorCodes());
        ps.setString(13, j.message());
        Jdbc.setInstant(ps, 14, j.finishedAt());
        Jdbc.setLong(ps, 15, j.auditId());
        ps.setString(16, j.madeBy());
    }

    private static JobRecord map(ResultSet rs) throws SQLException {
        return new JobRecord(rs.getString("job_id"), rs.getString("account"), rs.getString("kind"),
                rs.getString("program_id"), rs.getString("business_id"), rs.getString("request_json"),
                Jdbc.instant(rs, "submitted_at"), rs.getString("status"), Jdbc.instant(rs, "last_polled_at"),
                rs.getInt("polls"), rs.getString("receipt_json"), rs.getString("error_codes"), rs.getString("message"),
                Jdbc.instant(rs, "finished_at"), Jdbc.longOrNull(rs, "audit_id"), rs.getString("made_by"));
    }
}
