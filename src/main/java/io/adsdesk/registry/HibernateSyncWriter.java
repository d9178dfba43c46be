package io.adsdesk.registry;

import io.adsdesk.model.Program;
import io.adsdesk.model.RunChanges;
import io.adsdesk.model.SyncRun;
import org.hibernate.StatelessSession;
import org.hibernate.Transaction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A {@link SyncWriter} on one stateless session and one transaction. */
final class HibernateSyncWriter implements SyncWriter {
    private static final int IN_CHUNK = 1000;

    private final StatelessSession session;
    private final Transaction tx;
    private final org.hibernate.jdbc.Work afterCommit;
    /** The account directory, for messages; null in memory. */
    private final java.nio.file.Path directory;
    /** The account's notice channel on a team registry: the commit tells the other dashboards. */
    private final ChangeChannel channel;
    private boolean committed;
    private RunChanges log;

    /** {@code afterCommit} runs once the commit is on disk. */
    HibernateSyncWriter(StatelessSession session, org.hibernate.jdbc.Work afterCommit, java.nio.file.Path directory,
                        ChangeChannel channel) {
        this.session = session;
        this.channel = channel;
        this.afterCommit = afterCommit;
        this.directory = directory;
        session.setJdbcBatchSize(HibernateBootstrap.BATCH_SIZE);
        this.tx = session.beginTransaction();
    }

    /** Runs JDBC work inside this writer's transaction. */
    void doWork(org.hibernate.jdbc.Work work) {
        session.doWork(work);
    }

    @Override
    public void insert(Collection<Program> programs) {
        if (!programs.isEmpty()) {
            writing(() -> session.doWork(connection -> ProgramRows.insert(connection, programs)));
        }
    }

    /** Runs a write, saying what went wrong in plain words (a full disk, a read-only file) if it fails. */
    private void writing(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            throw RegistryFailures.of("Cannot write to the local registry", e, directory);
        }
    }

    @Override
    public void replace(Collection<Program> programs) {
        if (!programs.isEmpty()) {
            writing(() -> delete(programs.stream().map(Program::programId).toList()));
            insert(programs);
        }
    }

    @Override
    public void remove(Collection<String> programIds) {
        writing(() -> delete(new ArrayList<>(programIds)));
    }

    @Override
    public void record(RunChanges changes) {
        log = changes;
    }

    @Override
    public SyncRun commit(SyncRun run) {
        SyncRun[] stored = new SyncRun[1];
        writing(() -> {
            stored[0] = HibernateProgramRegistry.insertRun(session, run);
            if (log != null) {
                RunChanges changes = log.withRunId(stored[0].id());
                session.doWork(c -> {
                    ChangeRows.insert(c, changes);
                    ChangeRows.prune(c, run.finishedAt());
                });
            }
            session.doWork(ContentsStamp::change);
            session.doWork(c -> channel.send(c, RegistryChange.Kind.SYNC, run.added(), run.updated(), run.removed()));
            tx.commit();
            committed = true;
            session.doWork(DiskSync::force);
            session.doWork(afterCommit);
        });
        return stored[0];
    }

    @Override
    public void close() {
        try {
            if (!committed && tx.isActive()) {
                tx.rollback();
            }
        } finally {
            session.close();
        }
    }

    private void delete(List<String> ids) {
        for (int i = 0; i < ids.size(); i += IN_CHUNK) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + IN_CHUNK));
            session.createMutationQuery("delete from ProgramBusinessEntity where programId in :ids")
                    .setParameterList("ids", chunk).executeUpdate();
            session.createMutationQuery("delete from ProgramEntity where programId in :ids")
                    .setParameterList("ids", chunk).executeUpdate();
        }
    }
}
