package io.adsdesk.registry;

import io.adsdesk.model.Business;
import io.adsdesk.model.Program;
import io.adsdesk.model.RunChanges;
import io.adsdesk.model.SyncRun;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The local mirror of one account's programs. Every method may be called from any worker thread
 * (never the FX thread); each call opens and closes its own session. A file registry has a write
 * on disk when its call returns, so a crash afterwards does not lose it.
 */
public interface ProgramRegistry extends AutoCloseable {

    /** Every program, in program-ID order. */
    List<Program> findAll();

    int countPrograms();

    /** Makes the next {@link #loadContents()} in another process fast, if the registry keeps a copy for that. */
    default void refreshContentsCache() {
    }

    /** Every program and business as of one state, for a screen that shows them all. */
    default RegistryContents loadContents() {
        return new RegistryContents("", findAll(), findBusinesses());
    }

    /** Every business referenced by a program or known from Business Info, in ID order. */
    List<Business> findBusinesses();

    /**
     * What one run changed; empty when there is no such run.
     */
    default Optional<RunChanges> changesOf(long runId) {
        return Optional.empty();
    }

    /**
     * What the last sync that completed (synced, or found the registry up to date) changed; empty
     * when the account never completed one.
     */
    default Optional<RunChanges> lastChanges() {
        return Optional.empty();
    }

    /**
     * Opens a write transaction for a sync, to be used from the calling thread only. Readers keep
     * seeing the last committed state until it commits: either all of the sync is stored, with its
     * run, or none of it.
     */
    SyncWriter openSyncWriter();

    /** Logs a run that wrote no programs (up to date, failed, cancelled). Returns the stored run. */
    SyncRun recordRun(SyncRun run);

    /** Inserts or updates businesses by yelpBusinessId (names, refresh time). */
    void upsertBusinesses(Collection<Business> businesses);

    /** Newest first. */
    List<SyncRun> syncHistory(int limit);

    /**
     * Inserts or replaces one program (and its business links) without logging a sync run: the
     * read-back after a write. Registries that cannot do it refuse.
     */
    default void upsertProgram(Program program) {
        throw new UnsupportedOperationException("this registry cannot store single programs");
    }

    /** The write jobs stored with this registry. Registries that keep none refuse. */
    default JobStore jobStore() {
        throw new UnsupportedOperationException("this registry keeps no jobs");
    }

    /** The audit log stored with this registry. Registries that keep none refuse. */
    default AuditStore auditStore() {
        throw new UnsupportedOperationException("this registry keeps no audit log");
    }

    /** The performance figures and report requests stored with this registry. Registries that keep none refuse. */
    default ReportCache reportCache() {
        throw new UnsupportedOperationException("this registry keeps no report figures");
    }

    /** The last copies of programs' features read from Yelp. Registries that keep none refuse. */
    default FeatureStore featureStore() {
        throw new UnsupportedOperationException("this registry keeps no features");
    }

    /** The pending-change queue stored with this registry. Registries that keep none refuse. */
    default ChangeStore changeStore() {
        throw new UnsupportedOperationException("this registry keeps no pending changes");
    }

    /** One program by ID. */
    default Optional<Program> findProgram(String programId) {
        return findAll().stream().filter(p -> p.programId().equals(programId)).findFirst();
    }

    /**
     * Keeps a backup of the registry as it is now, if this registry keeps backups: called after a
     * sync that changed something. Never throws; returns a note when the backup could not be written.
     */
    default Optional<String> backUp() {
        return Optional.empty();
    }

    /**
     * {@link #backUp()} on {@code executor}, after any backup started before it: for a caller that
     * has reported its work done and should not wait for a copy of the whole registry. {@link #close()}
     * waits for it, so a backup started is a backup finished (or noted as failed in the log).
     *
     * @return the backup's note, as {@link #backUp()} returns it
     */
    default java.util.concurrent.CompletableFuture<Optional<String>> backUpLater(java.util.concurrent.Executor executor) {
        return java.util.concurrent.CompletableFuture.completedFuture(backUp());
    }

    /**
     * Set when this is only the local copy of a team registry that could not be reached: read-only,
     * and when it was copied. Empty for every registry that is the real thing.
     */
    default Optional<OfflineCopy> offlineCopy() {
        return Optional.empty();
    }

    /**
     * Hears the changes others commit to this registry (a team registry's other dashboards and
     * commands) on {@code thread}, until the subscription or the registry is closed. A registry with
     * one user hears nothing.
     */
    default RegistryChange.Subscription listen(java.util.concurrent.Executor thread,
                                               java.util.function.Consumer<RegistryChange> onChange) {
        return RegistryChange.Subscription.NONE;
    }

    /** Finish time of the last run that ended SYNCED or UP_TO_DATE. */
    Optional<Instant> lastSyncedAt();

    @Override
    void close();
}
