package io.adsdesk.registry;

import java.time.Instant;

/**
 * A change another dashboard or command committed to a team registry, as its listeners hear of it.
 *
 * @param madeBy who committed it: the operating-system user and machine, as "ana on desk-7"
 * @param added programs a sync added (0 for other kinds)
 */
public record RegistryChange(Kind kind, String madeBy, Instant at, int added, int updated, int removed) {

    /** What changed; {@link #LISTENING}: notices are heard from now on; {@link #RECONNECTED}: heard again after the server was out of reach, anything may have changed meanwhile. */
    public enum Kind { SYNC, PROGRAMS, JOBS, AUDIT, PENDING_CHANGES, LISTENING, RECONNECTED }

    /** Whether the programs or businesses may differ: the table must be read again. */
    public boolean programsChanged() {
        return kind == Kind.SYNC || kind == Kind.PROGRAMS || kind == Kind.RECONNECTED;
    }

    /** Whether a sync added, updated or removed programs. */
    public boolean syncChangedPrograms() {
        return kind == Kind.SYNC && added + updated + removed > 0;
    }

    /** Stops hearing of changes. */
    public interface Subscription extends AutoCloseable {
        Subscription NONE = () -> { };

        @Override
        void close();
    }
}
