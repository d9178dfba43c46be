package io.adsdesk.registry;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Listens on an account's {@link ChangeChannel} over a connection of its own, on a thread the caller
 * gives, until closed. A lost connection is opened again after a pause that doubles up to half a
 * minute; once back, a {@link RegistryChange.Kind#RECONNECTED} change says that anything may have
 * changed meanwhile.
 */
final class ChangeListener implements RegistryChange.Subscription {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ChangeListener.class);
    private static final int WAIT_MS = 500;
    private static final long FIRST_PAUSE_MS = 1_000;
    private static final long LONGEST_PAUSE_MS = 30_000;

    @FunctionalInterface
    interface Connector {
        Connection connect() throws SQLException;
    }

    private final Connector connector;
    private final ChangeChannel channel;
    private final Consumer<RegistryChange> onChange;
    private final Object pause = new Object();
    private volatile boolean closed;

    ChangeListener(Connector connector, ChangeChannel channel, Consumer<RegistryChange> onChange) {
        this.connector = connector;
        this.channel = channel;
        this.onChange = onChange;
    }

    /** Listens until {@link #close()}; run it on a thread of its own. */
    void run() {
        long pauseMs = FIRST_PAUSE_MS;
        boolean heardBefore = false;
        boolean lost = false;
        while (!closed) {
            try (Connection c = connector.connect()) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN \"" + channel.name() + "\"");
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                if (lost) {
                    LOG.info("Hearing of the team registry's changes again");
                }
                deliver(List.of(new RegistryChange(heardBefore ? RegistryChange.Kind.RECONNECTED : RegistryChange.Kind.LISTENING,
                        "", Instant.now(), 0, 0, 0)));
                heardBefore = true;
                lost = false;
                pauseMs = FIRST_PAUSE_MS;
                while (!closed) {
                    PGNotification[] notices = pg.getNotifications(WAIT_MS);
                    if (notices != null && notices.length > 0) {
                        deliver(merged(notices));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    break;
                }
                if (!lost) {
                    LOG.warn("Lost the team registry's change notices, trying again: {}", e.getMessage());
                }
                lost = true;
                sleep(pauseMs);
                pauseMs = Math.min(LONGEST_PAUSE_MS, pauseMs * 2);
            }
        }
    }

    /** One change per kind of a burst (a bulk post updates many jobs at once); a sync's counts add up. */
    private List<RegistryChange> merged(PGNotification[] notices) {
        Map<RegistryChange.Kind, RegistryChange> byKind = new LinkedHashMap<>();
        for (PGNotification n : notices) {
            channel.decode(n.getParameter()).ifPresent(change -> byKind.merge(change.kind(), change, (a, b) ->
                    new RegistryChange(b.kind(), b.madeBy(), b.at(), a.added() + b.added(), a.updated() + b.updated(),
                            a.removed() + b.removed())));
        }
        return new ArrayList<>(byKind.values());
    }

    private void deliver(List<RegistryChange> changes) {
        for (RegistryChange change : changes) {
            if (closed) {
                return;
            }
            try {
                onChange.accept(change);
            } catch (RuntimeException e) {
                LOG.warn("A listener of the team registry's changes failed", e);
            }
        }
    }

    private void sleep(long ms) {
        synchronized (pause) {
            long until = System.currentTimeMillis() + ms;
            long left = ms;
            while (!closed && left > 0) {
                try {
                    pause.wait(left);
                } catch (InterruptedException e) {
                    closed = true;
                    Thread.currentThread().interrupt();
                    return;
                }
                left = until - System.currentTimeMillis();
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (pause) {
            pause.notifyAll();
        }
    }
}
