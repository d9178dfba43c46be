package io.adsdesk.registry;

import io.adsdesk.model.Business;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.model.RunChanges;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The registry on H2 through Hibernate. Every call opens and closes its own stateless session on
 * the calling (worker) thread; entities are mapped to records before they leave.
 */
public final class HibernateProgramRegistry implements ProgramRegistry {
    static final String FILE_NAME = "registry";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HibernateProgramRegistry.class);

    private final JdbcConnectionPool pool;
    /**
     * Hibernate boots on first use: the reads behind the first screen need only JDBC, so opening an
     * account shows its programs without waiting for (or competing with) the boot.
     */
    private SessionFactory sessions;
    /** Null for in-memory registries. */
    private final ContentsCache cache;
    /**
     * Opened for a screen: its loads rewrite a stale cache. Other users (a command-line sync) leave
     * that to {@link #refreshContentsCache()} once they are done, instead of writing it twice.
     */
    private final boolean forScreen;
    /** Where a registry opened for a screen reads and rewrites the cache file; null otherwise. */
    private final Executor background;
    /** The cache file read in the background while the database opened; taken by the first load. */
    private CompletableFuture<Optional<RegistryContents>> prefetched;
    /** The contents last loaded, kept while the stamp says they are current. */
    private volatile RegistryContents lastLoaded;
    /** The account directory; null for in-memory registries. */
    private final Path directory;
    /** The last backup started by {@link #backUpLater}; done when none is running. */
    private CompletableFuture<Optional<String>> lastBackup = CompletableFuture.completedFuture(Optional.empty());

    /** Which database this is: H2 keeps a file per account, PostgreSQL a schema per account. */
    private final Vendor vendor;
    /** The PostgreSQL schema of this account; null on H2. */
    private final String schema;
    /** Where this registry's writes are announced to the account's other dashboards (team registries only). */
    private final ChangeChannel channel;
    /** A connection of its own for hearing others' changes; null on H2. */
    private final ChangeListener.Connector listenConnector;
    private final List<ChangeListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    private HibernateProgramRegistry(JdbcConnectionPool pool, Vendor vendor, String schema, Path directory, ContentsCache cache,
                                     CompletableFuture<Optional<RegistryContents>> prefetched, Executor background,
                                     ChangeListener.Connector listenConnector) {
        this.pool = pool;
        this.vendor = vendor;
        this.schema = schema;
        this.channel = listenConnector == null ? ChangeChannel.NONE : ChangeChannel.of(schema);
        this.listenConnector = listenConnector;
        this.directory = directory;
        this.cache = cache;
        this.prefetched = prefetched;
        this.forScreen = prefetched != null;
        this.background = background;
    }

    /** Opens (creating or migrating as needed) the file database in {@code directory}. */
    public static HibernateProgramRegistry open(Path directory) {
        return open(directory, SchemaMigrator.latest(), null);
    }

    /**
     * Like {@link #open(Path)}, for a screen about to show every program: the contents cache is read
     * on {@code background} while the database opens, so the first {@link #loadContents()} finds it
     * ready, and a stale cache is rewritten there after a load.
     */
    public static HibernateProgramRegistry openForReading(Path directory, Executor background) {
        return open(directory, SchemaMigrator.latest(), java.util.Objects.requireNonNull(background));
    }

    /** The contents cache beside the database in {@code directory} (see {@link #loadContents()}). */
    public static Path contentsCacheFile(Path directory) {
        return directory.resolve(ContentsCache.FILE_NAME);
    }

    static HibernateProgramRegistry open(Path directory, SchemaMigrator migrator) {
        return open(directory, migrator, null);
    }

    private static HibernateProgramRegistry open(Path directory, SchemaMigrator migrator, Executor background) {
        String unusable = DataDirectories.unusable(directory.toAbsolutePath());
        if (unusable != null) {
            throw new RegistryException("Cannot use " + directory + ": " + unusable);
        }
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw RegistryFailures.of("Cannot create the data directory " + directory, e, directory);
        }
        DamageCheck.beforeOpening(directory);
        String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve(FILE_NAME) + ";DB_CLOSE_ON_EXIT=FALSE";
        ContentsCache cache = new ContentsCache(directory);
        CompletableFuture<Optional<RegistryContents>> prefetched = null;
        if (background != null) {
            prefetched = CompletableFuture.supplyAsync(cache::read, background);
        }
        return start(JdbcConnectionPool.create(url, "sa", ""), Vendor.H2, null, directory, migrator, cache, prefetched, background, null);
    }

    /**
     * Opens an account's registry on a team's PostgreSQL server: the account's own schema there
     * (created and migrated as needed). {@code cacheDir}, when given, keeps a local copy of the
     * contents for a fast start. {@code listenConnector} opens the connection that hears other
     * dashboards' changes (see {@link #listen}).
     */
    static HibernateProgramRegistry openOnServer(JdbcConnectionPool pool, String schema, Path cacheDir, Executor background,
                                                 ChangeListener.Connector listenConnector) {
        ContentsCache cache = cacheDir == null ? null : new ContentsCache(cacheDir);
        CompletableFuture<Optional<RegistryContents>> prefetched = null;
        if (cache != null && background != null) {
            prefetched = CompletableFuture.supplyAsync(cache::read, background);
        }
        return start(pool, Vendor.POSTGRESQL, schema, null, SchemaMigrator.latest(), cache, prefetched, background,
                java.util.Objects.requireNonNull(listenConnector));
    }

    /** A private in-memory database, for tests. */
    public static HibernateProgramRegistry inMemory(String name) {
        return start(JdbcConnectionPool.create("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", ""), Vendor.H2, null, null,
                SchemaMigrator.latest(), null, null, null, null);
    }

    private static HibernateProgramRegistry start(JdbcConnectionPool pool, Vendor vendor, String schema, Path backupDir,
                                                  SchemaMigrator migrator, ContentsCache cache,
                                                  CompletableFuture<Optional<RegistryContents>> prefetched,
                                                  Executor background, ChangeListener.Connector listenConnector) {
        try {
            migrate(pool, vendor, schema, backupDir, migrator);
            return new HibernateProgramRegistry(pool, vendor, schema, backupDir, cache, prefetched, background, listenConnector);
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            throw RegistryFailures.of(vendor == Vendor.H2 ? "Cannot open the local registry" : "Cannot open the team registry",
                    e, backupDir);
        }
    }

    /** Before an existing database is migrated, a consistent copy of it is kept beside it. */
    private static void migrate(JdbcConnectionPool pool, Vendor vendor, String schema, Path backupDir, SchemaMigrator migrator)
            throws SQLException {
        if (backupDir != null) {
            try (Connection c = pool.getConnection()) {
                DamageCheck.afterOpening(c, backupDir);
            }
        }
        migrator.migrate(pool, vendor, schema, current -> {
            if (backupDir != null) {
                try (Connection c = pool.getConnection()) {
                    RegistryBackups.backUp(c, backupDir.resolve(FILE_NAME + "-schema-v" + current + "-backup.zip"));
                }
            }
        });
    }

    @Override
    public List<Program> findAll() {
        return jdbc(ProgramRows::readAll);
    }

    /**
     * Every program and business, from the fastest current source: the contents loaded last time,
     * else the contents cache file, else the database (which then refreshes the cache, for a
     * registry opened for a screen). Current
     * means carrying the database's {@link ContentsStamp}; nothing stale is ever returned.
     */
    @Override
    public RegistryContents loadContents() {
        String stamp = jdbc(ContentsStamp::read);
        RegistryContents last = lastLoaded;
        if (last != null && last.stamp().equals(stamp)) {
            return last;
        }
        Optional<RegistryContents> cached = takePrefetched();
        if (cached == null && cache != null) {
            cached = cache.read();
        }
        RegistryContents contents = cached == null ? null : cached.filter(c -> c.stamp().equals(stamp)).orElse(null);
        if (contents == null) {
            // Stamp first, rows after: rows committed in between are newer than the stamp says, so
            // the copy only looks stale next time, never current when it is not.
            contents = readContents(stamp);
            if (cache != null && forScreen) {
                RegistryContents copy = contents;
                try {
                    background.execute(() -> cache.write(copy));
                } catch (java.util.concurrent.RejectedExecutionException closing) {
                    // the app is closing: the next start reads the database and writes the cache then
                }
            }
        }
        lastLoaded = contents;
        return contents;
    }

    /**
     * Rewrites the contents cache now if it is not current, and returns when it is on disk: for a
     * process about to end after changing the registry (the command-line sync), so that the next
     * start of the app reads the cache instead of the database.
     */
    @Override
    public void refreshContentsCache() {
        if (cache == null) {
            return;
        }
        try {
            String stamp = jdbc(ContentsStamp::read);
            if (cache.stamp().filter(stamp::equals).isEmpty()) {
                cache.write(readContents(stamp));
            }
        } catch (RegistryException e) {
            LOG.warn("Could not refresh the contents cache: {}", e.getMessage());
        }
    }

    private RegistryContents readContents(String stamp) {
        return new RegistryContents(stamp, findAll(), findBusinesses());
    }

    private synchronized Optional<RegistryContents> takePrefetched() {
        CompletableFuture<Optional<RegistryContents>> pending = prefetched;
        prefetched = null;
        return pending == null ? null : pending.join();
    }

    @Override
    public int countPrograms() {
        return jdbc(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM programs")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Override
    public List<Business> findBusinesses() {
        return jdbc(c -> {
            Map<String, Business> byId = new TreeMap<>();
            try (var st = c.createStatement();
                 var rs = st.executeQuery("SELECT DISTINCT yelp_business_id FROM program_businesses")) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    byId.put(id, new Business(id, null, null, null, false, false, null));
                }
            }
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT yelp_business_id, name, partner_business_id, "
                    + "city, closed, removed_from_search, refreshed_at FROM businesses")) {
                while (rs.next()) {
                    java.time.OffsetDateTime at = rs.getObject(7, java.time.OffsetDateTime.class);
                    byId.put(rs.getString(1), new Business(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getBoolean(5), rs.getBoolean(6), at == null ? null : at.toInstant()));
                }
            }
            return List.copyOf(byId.values());
        });
    }

    @Override
    public Optional<RunChanges> changesOf(long runId) {
        return jdbc(c -> ChangeRows.read(c, runId));
    }

    @Override
    public Optional<RunChanges> lastChanges() {
        return jdbc(c -> {
            Optional<Long> last = ChangeRows.lastCompletedRun(c);
            return last.isEmpty() ? Optional.<RunChanges>empty() : ChangeRows.read(c, last.get());
        });
    }

    @Override
    public SyncWriter openSyncWriter() {
        HibernateSyncWriter writer = new HibernateSyncWriter(sessions().openStatelessSession(), this::committed, directory, channel);
        if (vendor == Vendor.POSTGRESQL) {
            try (Connection side = pool.getConnection()) {
                writer.doWork(c -> TeamSyncLock.take(c, side, schema, Instant.now()));
            } catch (SQLException | RuntimeException e) {
                writer.close();
                throw RegistryFailures.of("Cannot start the sync on the team registry", e, null);
            }
        }
        return writer;
    }

    /**
     * Writes a consistent backup of this registry while it is open, keeping the last
     * {@link RegistryBackups#KEPT}: call after a sync that changed something. A failure is logged and
     * returned as a note, never thrown: a sync that stored its result succeeded.
     */
    @Override
    public Optional<String> backUp() {
        if (directory == null) {
            return Optional.empty();
        }
        try (Connection c = pool.getConnection()) {
            RegistryBackups.write(c, directory, Instant.now());
            return Optional.empty();
        } catch (SQLException | java.io.IOException | RuntimeException e) {
            LOG.warn("Could not back up the registry in {}", directory, e);
            return Optional.of("The registry backup could not be written (" + RegistryFailures.of("Cannot back up the local registry",
                    e, directory).getMessage() + ")");
        }
    }

    /**
     * Backups run one after another, each after the one before it; {@link #close()} waits for the last.
     * A backup that cannot start on {@code executor} (it is shutting down) runs on the calling thread.
     */
    @Override
    public synchronized CompletableFuture<Optional<String>> backUpLater(Executor executor) {
        if (directory == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        CompletableFuture<Optional<String>> next;
        try {
            next = lastBackup.handleAsync((earlier, failed) -> backUp(), executor);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            next = CompletableFuture.completedFuture(backUp());
        }
        lastBackup = next;
        return next;
    }

    /** After a change is on disk: the count beside the database follows (see {@link CommitCounter}). */
    private void committed(Connection c) throws SQLException {
        if (directory != null) {
            CommitCounter.advance(directory, ContentsStamp.generation(c));
        }
    }

    @Override
    public SyncRun recordRun(SyncRun run) {
        return writeToDisk(s -> {
            SyncRun stored = insertRun(s, run);
            if (run.outcome() == io.adsdesk.model.SyncOutcome.SYNCED || run.outcome() == io.adsdesk.model.SyncOutcome.UP_TO_DATE) {
                s.doWork(c -> channel.send(c, RegistryChange.Kind.SYNC)); // "last synced" moves for everyone
            }
            return stored;
        });
    }

    @Override
    public void upsertBusinesses(Collection<Business> businesses) {
        writeToDisk(s -> {
            businesses.forEach(b -> s.upsert(EntityMapper.toEntity(b)));
            s.doWork(this::contentsChanged);
            return null;
        });
    }

    /** Inside a transaction that changes programs or businesses: a new stamp, and a notice to the team. */
    private void contentsChanged(Connection c) throws SQLException {
        ContentsStamp.change(c);
        channel.send(c, RegistryChange.Kind.PROGRAMS);
    }

    /**
     * Hears the changes other dashboards and commands commit to this account's team registry, on
     * {@code thread} (taken for as long as the subscription lasts), until the subscription or this
     * registry is closed; {@code onChange} is called on that thread. A local registry has one user:
     * nothing is heard.
     */
    @Override
    public RegistryChange.Subscription listen(Executor thread, java.util.function.Consumer<RegistryChange> onChange) {
        if (listenConnector == null) {
            return RegistryChange.Subscription.NONE;
        }
        ChangeListener listener = new ChangeListener(listenConnector, channel, onChange);
        listeners.add(listener);
        thread.execute(listener::run);
        return () -> {
            listener.close();
            listeners.remove(listener);
        };
    }

    @Override
    public List<SyncRun> syncHistory(int limit) {
        return read(s -> s.createSelectionQuery("from SyncRunEntity order by id desc", SyncRunEntity.class)
                .setMaxResults(limit).getResultList().stream().map(EntityMapper::toModel).toList());
    }

    @Override
    public Optional<Instant> lastSyncedAt() {
        return jdbc(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT MAX(finished_at) FROM sync_runs WHERE outcome IN ('SYNCED', 'UP_TO_DATE')")) {
                rs.next();
                java.time.OffsetDateTime at = rs.getObject(1, java.time.OffsetDateTime.class);
                return Optional.ofNullable(at == null ? null : at.toInstant());
            }
        });
    }

    @Override
    public void upsertProgram(Program program) {
        writeToDisk(s -> {
            s.createMutationQuery("delete from ProgramBusinessEntity where programId = :id")
                    .setParameter("id", program.programId()).executeUpdate();
            s.createMutationQuery("delete from ProgramEntity where programId = :id")
                    .setParameter("id", program.programId()).executeUpdate();
            s.doWork(connection -> ProgramRows.insert(connection, List.of(program)));
            s.doWork(this::contentsChanged);
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

    /** Reads every value of every table, so that a damaged page anywhere in the file shows (see {@link RegistryRecovery#check()}). */
    void readEveryRow() {
        jdbc(c -> {
            List<String> tables = new ArrayList<>();
            try (var st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getString(i);
                        }
                    }
                }
            }
            return null;
        });
        // and the way the app reads them: through the primary keys' order, whose pages a plain scan skips
        findAll();
        findBusinesses();
    }

    /** Empties the given tables in one transaction and marks the contents changed: a rebuild starts from no programs. */
    void clearPrograms(List<String> tables) {
        writeToDisk(s -> {
            s.doWork(c -> {
                try (var st = c.createStatement()) {
                    for (String table : tables) {
                        st.executeUpdate("DELETE FROM " + table);
                    }
                }
                contentsChanged(c);
            });
            return null;
        });
    }

    /** A connection of this registry's database, for {@link RegistryCopy}. */
    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** After a copy committed into this registry: on disk, and counted. */
    void afterCopy() {
        try (Connection c = pool.getConnection()) {
            DiskSync.force(c);
            committed(c);
        } catch (SQLException e) {
            throw RegistryFailures.of("Cannot write to the local registry", e, directory);
        }
    }

    /** The write jobs of this registry's account, on the same database. */
    @Override
    public JobStore jobStore() {
        return new JobStore(pool, channel);
    }

    /** The performance figures and report requests of this registry's account, on the same database. */
    @Override
    public ReportCache reportCache() {
        return new JdbcReportCache(pool);
    }

    /** The features read for this registry's account, on the same database. */
    @Override
    public FeatureStore featureStore() {
        return new FeatureStore(pool);
    }

    /** The audit log of this registry's account, on the same database. */
    @Override
    public AuditStore auditStore() {
        return new AuditStore(pool, channel);
    }

    /** The pending-change queue of this registry's account, on the same database. */
    @Override
    public ChangeStore changeStore() {
        return new JdbcChangeStore(pool, channel);
    }

    @Override
    public synchronized void close() {
        listeners.forEach(ChangeListener::close);
        listeners.clear();
        try {
            // A backup started after a sync is finished before the database closes: never left half-written.
            lastBackup.exceptionally(e -> Optional.empty()).join();
        } finally {
            closeNow();
        }
    }

    private void closeNow() {
        try {
            if (sessions != null) {
                sessions.close();
            }
        } finally {
            pool.dispose();
        }
    }

    private synchronized SessionFactory sessions() {
        if (sessions == null) {
            try {
                sessions = HibernateBootstrap.sessionFactory(pool, vendor);
            } catch (RuntimeException e) {
                throw new RegistryException("Cannot start the local registry: " + firstLine(e), e);
            }
        }
        return sessions;
    }

    /** Plain JDBC on a pooled connection, for the bulk reads the dashboard makes on every start. */
    private <T> T jdbc(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.apply(c);
        } catch (SQLException | RuntimeException e) {
            throw RegistryFailures.of("Cannot read the local registry", e, directory);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T apply(Connection c) throws SQLException;
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
        try (StatelessSession s = sessions().openStatelessSession()) {
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
                throw RegistryFailures.of("Cannot use the local registry", e, directory);
            }
        }
    }

    /** {@link #write}, then on disk before returning: the writes that end a sync or an action. */
    private <T> T writeToDisk(Function<StatelessSession, T> work) {
        T result = write(work);
        try (Connection c = pool.getConnection()) {
            DiskSync.force(c);
            committed(c);
        } catch (SQLException e) {
            throw RegistryFailures.of("Cannot write to the local registry", e, directory);
        }
        return result;
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
