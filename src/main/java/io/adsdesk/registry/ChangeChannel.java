package io.adsdesk.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The PostgreSQL notification channel of one account's team registry (named after its schema):
 * every write that others should see sends a notice on it inside its own transaction, so the
 * notice goes out exactly when the write commits, and never for a write rolled back. On H2 (one
 * process) there is no channel and sending does nothing.
 */
final class ChangeChannel {
    static final ChangeChannel NONE = new ChangeChannel(null);
    private static final String SEPARATOR = "\t";

    /** The channel's name, the account's schema; null on H2. */
    private final String name;
    /** This registry's own notices are not news to it: they carry its origin and its listeners skip them. */
    private final String origin = UUID.randomUUID().toString();

    private ChangeChannel(String name) {
        this.name = name;
    }

    static ChangeChannel of(String schema) {
        return schema == null ? NONE : new ChangeChannel(schema);
    }

    boolean active() {
        return name != null;
    }

    String name() {
        return name;
    }

    void send(Connection c, RegistryChange.Kind kind) throws SQLException {
        send(c, kind, 0, 0, 0);
    }

    /** Sends a notice inside the transaction of {@code c}: it is delivered when that transaction commits. */
    void send(Connection c, RegistryChange.Kind kind, int added, int updated, int removed) throws SQLException {
        if (name == null) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_notify(?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, encode(new RegistryChange(kind, Makers.current(), Instant.now(), added, updated, removed)));
            ps.execute();
        }
    }

    String encode(RegistryChange change) {
        return String.join(SEPARATOR, origin, change.kind().name(), change.madeBy().replace(SEPARATOR, " "),
                Long.toString(change.at().toEpochMilli()), Integer.toString(change.added()),
                Integer.toString(change.updated()), Integer.toString(change.removed()));
    }

    /** The change a notice describes; empty for this registry's own notices and for notices it cannot read. */
    Optional<RegistryChange> decode(String payload) {
        String[] f = payload == null ? new String[0] : payload.split(SEPARATOR, -1);
        if (f.length != 7 || f[0].equals(origin)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RegistryChange(RegistryChange.Kind.valueOf(f[1]), f[2], Instant.ofEpochMilli(Long.parseLong(f[3])),
                    Integer.parseInt(f[4]), Integer.parseInt(f[5]), Integer.parseInt(f[6])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
