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
        try (SyncWriter writer = openSyncWriter()) {
            writer.remove(changes.removedIds());
            writer.replace(changes.updated());
            writer.insert(changes.added());
            return writer.commit(run);
        }
    }

    @Override
    public SyncWriter openSyncWriter() {
        return new HibernateSyncWriter(sessions.openStatelessSession());
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
    public void close() {
        sessions.close();
        pool.dispose();
    }

    static SyncRun insertRun(StatelessSession s, SyncRun run) {
        SyncRunEntity e = EntityMapper.toEntity(run);
        s.insert(e);
        return EntityMapper.toModel(e);
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
