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
    private boolean committed;
    private RunChanges log;

    HibernateSyncWriter(StatelessSession session) {
        this.session = session;
        session.setJdbcBatchSize(HibernateBootstrap.BATCH_SIZE);
        this.tx = session.beginTransaction();
    }

    @Override
    public void insert(Collection<Program> programs) {
        if (!programs.isEmpty()) {
            session.doWork(connection -> ProgramRows.insert(connection, programs));
        }
    }

    @Override
    public void replace(Collection<Program> programs) {
        if (!programs.isEmpty()) {
            delete(programs.stream().map(Program::programId).toList());
            insert(programs);
        }
    }

    @Override
    public void remove(Collection<String> programIds) {
        delete(new ArrayList<>(programIds));
    }

    @Override
    public void record(RunChanges changes) {
        log = changes;
    }

    @Override
    public SyncRun commit(SyncRun run) {
        SyncRun stored = HibernateProgramRegistry.insertRun(session, run);
        if (log != null) {
            RunChanges changes = log.withRunId(stored.id());
            session.doWork(c -> {
                ChangeRows.insert(c, changes);
                ChangeRows.prune(c, run.finishedAt());
            });
        }
        session.doWork(ContentsStamp::change);
        tx.commit();
        committed = true;
        session.doWork(DiskSync::force);
        return stored;
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
