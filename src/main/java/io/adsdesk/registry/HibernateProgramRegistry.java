package io.adsdesk.registry;

import io.adsdesk.model.Business;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.model.SyncRun;
import org.h2.jdbcx.JdbcConnectionPool;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.Transaction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The registry on H2 through Hibernate. Every call opens and closes its own stateless session on
 * the calling (worker) thread; entities are mapped to records before they leave.
 */
public final class HibernateProgramRegistry implements ProgramRegistry {
    static final String FILE_NAME = "registry";
    private static final int IN_CHUNK = 1000;

    private final JdbcConnectionPool pool;
    private final SessionFactory sessions;

    private HibernateProgramRegistry(JdbcConnectionPool pool, SessionFactory sessions) {
        this.pool = pool;
        this.sessions = sessions;
    }

    /** Opens (creating or migrating as needed) the file database in {@code directory}. */
    public static HibernateProgramRegistry open(Path directory) {
        return open(directory, SchemaMigrator.SCRIPTS);
    }

    static HibernateProgramRegistry open(Path directory, List<String> scripts) {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new RegistryException("Cannot create the data directory " + directory + ": " + e.getMessage(), e);
        }
        String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve(FILE_NAME) + ";DB_CLOSE_ON_EXIT=FALSE";
        return start(url, directory, scripts);
    }

    /** A private in-memory database, for tests. */
    public static HibernateProgramRegistry inMemory(String name) {
        return start("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", null, SchemaMigrator.SCRIPTS);
    }

    private static HibernateProgramRegistry start(String url, Path backupDir, List<String> scripts) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try {
            migrate(pool, backupDir, new SchemaMigrator(scripts));
            return new HibernateProgramRegistry(pool, HibernateBootstrap.sessionFactory(pool));
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            if (e instanceof RegistryException re) {
                throw re;
            }
            throw new RegistryException("Cannot open the local registry: " + firstLine(e), e);
        }
    }

    /** Before an existing database is migrated, a consistent copy of it is kept beside it. */
    private static void migrate(JdbcConnectionPool pool, Path backupDir, SchemaMigrator migrator) throws SQLException {
        try (Connection c = pool.getConnection()) {
            int current = SchemaMigrator.currentVersion(c);
            if (backupDir != null && current > 0 && current < migrator.latestVersion()) {
                Path backup = backupDir.resolve(FILE_NAME + "-schema-v" + current + "-backup.zip");
                try (var s = c.createStatement()) {
                    s.execute("BACKUP TO '" + backup.toAbsolutePath().toString().replace("'", "''") + "'");
                }
            }
            migrator.migrate(c);
        }
    }

    @Override
    public List<Program> findAll() {
        return read(s -> {
            List<ProgramEntity> rows = s.createSelectionQuery("from ProgramEntity order by programId", ProgramEntity.class)
                    .getResultList();
            Map<String, List<ProgramBusiness>> links = new HashMap<>(rows.size() * 2);
            s.createSelectionQuery("from ProgramBusinessEntity order by programId, position", ProgramBusinessEntity.class)
                    .getResultList()
                    .forEach(l -> links.computeIfAbsent(l.programId, k -> new ArrayList<>(1))
                            .add(new ProgramBusiness(l.yelpBusinessId, l.partnerBusinessId)));
            List<Program> programs = new ArrayList<>(rows.size());
            for (ProgramEntity e : rows) {
                programs.add(EntityMapper.toModel(e, links.getOrDefault(e.programId, List.of())));
            }
            return programs;
        });
    }

    @Override
    public int countPrograms() {
        return read(s -> s.createSelectionQuery("select count(*) from ProgramEntity", Long.class).getSingleResult().intValue());
    }

    @Override
    public List<Business> findBusinesses() {
        return read(s -> {
            Map<String, Business> byId = new TreeMap<>();
            s.createSelectionQuery("select distinct yelpBusinessId from ProgramBusinessEntity", String.class)
                    .getResultList()
                    .forEach(id -> byId.put(id, new Business(id, null, null, null, false, false, null)));
            s.createSelectionQuery("from BusinessEntity", BusinessEntity.class).getResultList()
                    .forEach(e -> byId.put(e.yelpBusinessId, EntityMapper.toModel(e)));
            return List.copyOf(byId.values());
        });
    }

    @Override
    public SyncRun applySync(ProgramChanges changes, SyncRun run) {
        return write(s -> {
            // An update is a delete and a fresh insert of the program and its business links.
            List<String> replaced = new ArrayList<>(changes.removedIds());
            changes.updated().forEach(p -> replaced.add(p.programId()));
            deleteIn(s, "delete from ProgramBusinessEntity where programId in :ids", replaced);
            deleteIn(s, "delete from ProgramEntity where programId in :ids", replaced);
            List<Program> inserted = new ArrayList<>(changes.added());
            inserted.addAll(changes.updated());
            s.doWork(connection -> ProgramRows.insert(connection, inserted));
            return insertRun(s, run);
        });
    }

    @Override
    public SyncRun recordRun(SyncRun run) {
        return write(s -> insertRun(s, run));
    }

    @Override
    public void upsertBusinesses(Collection<Business> businesses) {
        write(s -> {
            businesses.forEach(b -> s.upsert(EntityMapper.toEntity(b)));
            return null;
        });
    }

    @Override
    public List<SyncRun> syncHistory(int limit) {
        return read(s -> s.createSelectionQuery("from SyncRunEntity order by id desc", SyncRunEntity.class)
                .setMaxResults(limit).getResultList().stream().map(EntityMapper::toModel).toList());
    }

    @Override
    public Optional<Instant> lastSyncedAt() {
        return read(s -> Optional.ofNullable(s.createSelectionQuery(
                "select max(finishedAt) from SyncRunEntity where outcome in ('SYNCED', 'UP_TO_DATE')", Instant.class)
                .getSingleResultOrNull()));
    }

    @Override
    public void upsertProgram(Program program) {
        write(s -> {
            List<String> id = List.of(program.programId());
            deleteIn(s, "delete from ProgramBusinessEntity where programId in :ids", id);
            deleteIn(s, "delete from ProgramEntity where programId in :ids", id);
            s.doWork(connection -> ProgramRows.insert(connection, List.of(program)));
            return null;
        });
    }

    @Override
    public Optional<Program> findProgram(String programId) {
        return read(s -> {
            ProgramEntity e = s.get(ProgramEntity.class, programId);
            if (e == null) {
                return Optional.<Program>empty();
            }
            List<ProgramBusiness> links = s.createSelectionQuery(
                    "from ProgramBusinessEntity where programId = :id order by position", ProgramBusinessEntity.class)
                    .setParameter("id", programId).getResultList().stream()
                    .map(l -> new ProgramBusiness(l.yelpBusinessId, l.partnerBusinessId)).toList();
            return Optional.of(EntityMapper.toModel(e, links));
        });
    }

    /** The write jobs of this registry's account, on the same database. */
    public JobStore jobStore() {
        return new JobStore(pool);
    }

    /** The audit log of this registry's account, on the same database. */
    public AuditStore auditStore() {
        return new AuditStore(pool);
    }

    @Override
    public void close() {
        sessions.close();
        pool.dispose();
    }

    private static SyncRun insertRun(StatelessSession s, SyncRun run) {
        SyncRunEntity e = EntityMapper.toEntity(run);
        s.insert(e);
        return EntityMapper.toModel(e);
    }

    private static void deleteIn(StatelessSession s, String hql, List<String> ids) {
        for (int i = 0; i < ids.size(); i += IN_CHUNK) {
            s.createMutationQuery(hql).setParameterList("ids", ids.subList(i, Math.min(ids.size(), i + IN_CHUNK)))
                    .executeUpdate();
        }
    }

    private <T> T read(Function<StatelessSession, T> work) {
        return write(work);
    }

    /** One stateless session and one transaction: all of the work is stored, or none of it. */
    private <T> T write(Function<StatelessSession, T> work) {
        try (StatelessSession s = sessions.openStatelessSession()) {
            s.setJdbcBatchSize(HibernateBootstrap.BATCH_SIZE);
            Transaction tx = s.beginTransaction();
            try {
                T result = work.apply(s);
                tx.commit();
                return result;
            } catch (RuntimeException e) {
                if (tx.isActive()) {
                    tx.rollback();
                }
                throw e;
            }
        }
    }

    private static String firstLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = String.valueOf(t.getMessage());
        return m.lines().findFirst().orElse(m);
    }

}
