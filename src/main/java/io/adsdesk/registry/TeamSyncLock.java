package io.adsdesk.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One sync per account across every machine on a team registry: a PostgreSQL advisory lock on a
 * key derived from the account's schema, held by the sync's transaction (released by its commit,
 * rollback or a dropped connection). Who holds it and since when is written beside it, so a second
 * sync is refused saying so.
 */
final class TeamSyncLock {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private TeamSyncLock() {
    }

    /**
     * Takes the lock inside the transaction of {@code tx}, or throws {@link RegistryBusyException}
     * naming the holder. {@code side} is a second connection (auto-commit) for the holder's row.
     */
    static void take(Connection tx, Connection side, String schema, Instant now) throws SQLException {
        boolean taken;
        try (PreparedStatement ps = tx.prepareStatement("SELECT pg_try_advisory_xact_lock(hashtextextended(?, 0))")) {
            ps.setString(1, "adsdesk-sync:" + schema);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                taken = rs.getBoolean(1);
            }
        }
        if (!taken) {
            throw new RegistryBusyException(holder(side));
        }
        try (PreparedStatement del = side.prepareStatement("DELETE FROM sync_holder");
             PreparedStatement ins = side.prepareStatement("INSERT INTO sync_holder (id, holder, since) VALUES (1, ?, ?)")) {
            side.setAutoCommit(false);
            del.executeUpdate();
            ins.setString(1, Makers.current());
            ins.setObject(2, now.atOffset(ZoneOffset.UTC));
            ins.executeUpdate();
            side.commit();
        } finally {
            side.setAutoCommit(true);
        }
    }

    private static String holder(Connection side) throws SQLException {
        try (PreparedStatement ps = side.prepareStatement("SELECT holder, since FROM sync_holder WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                OffsetDateTime since = rs.getObject(2, OffsetDateTime.class);
                return "Another sync of this account is running on the team registry: " + rs.getString(1) + " since "
                        + SHOWN.format(since.toInstant()) + ". Try again when it has finished.";
            }
        }
        return "Another sync of this account is running on the team registry. Try again when it has finished.";
    }
}
