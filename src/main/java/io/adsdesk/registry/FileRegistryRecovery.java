package io.adsdesk.registry;

import io.adsdesk.registry.RegistryBackups.Backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file-based {@link RegistryRecovery}: checks an account's registry and recovers a damaged one, without a screen: the command line and
 * the app's recovery dialog both use it. A damaged file is never deleted: it is moved aside as
 * {@code registry-damaged-<time>.mv.db} for support. The registry must not be open while this runs.
 */
final class FileRegistryRecovery implements RegistryRecovery {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FileRegistryRecovery.class);
    private static final DateTimeFormatter ASIDE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    /** Tables that describe programs: emptied by a rebuild, which gets them again from Yelp. */
    private static final List<String> PROGRAM_TABLES = List.of("program_businesses", "programs", "businesses");

    private final Path directory;
    private final Clock clock;

    FileRegistryRecovery(Path accountDirectory) {
        this(accountDirectory, Clock.systemUTC());
    }

    FileRegistryRecovery(Path accountDirectory, Clock clock) {
        this.directory = accountDirectory;
        this.clock = clock;
    }

    /** The backups to restore from, newest first. */
    @Override
    public List<Backup> backups() {
        return RegistryBackups.list(directory);
    }

    /**
     * Opens the registry and reads every row of every table: empty when it is healthy, else the
     * problem (a {@link RegistryDamagedException} when the file is damaged). Slower than opening,
     * which reads only what a screen needs.
     */
    @Override
    public Optional<RegistryException> check() {
        try (HibernateProgramRegistry registry = HibernateProgramRegistry.open(directory)) {
            registry.readEveryRow();
            return Optional.empty();
        } catch (RegistryException e) {
            return Optional.of(e);
        }
    }

    /**
     * Replaces the registry with {@code backup}: the backup is checked first, then the current file
     * (damaged or not) is moved aside and the backup put in its place. Returns where the old file went
     * (empty when there was none).
     */
    @Override
    public Optional<Path> restore(Backup backup) {
        Path candidate = readable(backup).orElseThrow(() -> new RegistryException("The backup from "
                + backup.takenAt() + " cannot be read either; choose another one, or rebuild from Yelp."));
        return swapIn(candidate);
    }

    /**
     * Prepares a rebuild from Yelp: the current file is moved aside and replaced by the newest readable
     * backup with its programs and businesses removed (keeping sync history, jobs and audit log), or
     * by nothing (a new empty registry) when no backup can be read. The next sync fills it again.
     * Returns the backup whose history was kept, if any.
     */
    @Override
    public Optional<Backup> rebuild() {
        for (Backup backup : backups()) {
            Optional<Path> candidate = readable(backup);
            if (candidate.isPresent()) {
                Path file = candidate.get();
                try {
                    withoutPrograms(file.getParent());
                } catch (RegistryException e) {
                    LOG.warn("Could not empty the backup from {}: {}", backup.takenAt(), e.getMessage());
                    continue;
                }
                swapIn(file);
                return Optional.of(backup);
            }
        }
        ensureUnused();
        moveAside();
        CommitCounter.write(directory, 0);
        return Optional.empty();
    }

    /** The backup's database, extracted next to the registry and checked; empty when it cannot be read. */
    private Optional<Path> readable(Backup backup) {
        Path work = directory.resolve("restore-" + ASIDE_TIME.format(clock.instant()) + "-" + System.nanoTime());
        Path file = work.resolve(DamageCheck.DB_FILE);
        try {
            Files.createDirectories(work);
            extract(backup.file(), file);
            try (HibernateProgramRegistry registry = HibernateProgramRegistry.open(work)) {
                registry.readEveryRow();
            }
            return Optional.of(file);
        } catch (IOException | RegistryException e) {
            LOG.warn("The backup {} cannot be read: {}", backup.file(), e.getMessage());
            deleteQuietly(work);
            return Optional.empty();
        }
    }

    private static void extract(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(DamageCheck.DB_FILE)) {
                    copy(in, target);
                    return;
                }
            }
        }
        throw new IOException(zip + " holds no registry");
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Removes programs and businesses from the database in {@code dir}, keeping everything else. */
    private static void withoutPrograms(Path dir) {
        try (HibernateProgramRegistry registry = HibernateProgramRegistry.open(dir)) {
            registry.clearPrograms(PROGRAM_TABLES);
        }
    }

    /** Moves the current file aside and the checked one in, then sets the saved count to what it holds. */
    private Optional<Path> swapIn(Path checked) {
        try {
            ensureUnused();
            Optional<Path> aside = moveAside();
            Files.move(checked, directory.resolve(DamageCheck.DB_FILE), StandardCopyOption.ATOMIC_MOVE);
            CommitCounter.write(directory, generationOf(directory));
            deleteQuietly(checked.getParent());
            return aside;
        } catch (IOException | SQLException e) {
            throw RegistryFailures.of("Cannot restore the local registry", e, directory);
        }
    }

    private static long generationOf(Path dir) throws SQLException {
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve(HibernateProgramRegistry.FILE_NAME) + ";IFEXISTS=TRUE";
        try (Connection c = java.sql.DriverManager.getConnection(url, "sa", "")) {
            return Math.max(0, ContentsStamp.generation(c));
        }
    }

    /** Moves the registry file (and its contents cache) aside, keeping it; empty when there was no file. */
    private Optional<Path> moveAside() {
        Path file = directory.resolve(DamageCheck.DB_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Path aside = directory.resolve(HibernateProgramRegistry.FILE_NAME + "-damaged-" + ASIDE_TIME.format(clock.instant())
                    + ".mv.db");
            for (int n = 2; Files.exists(aside); n++) {
                aside = directory.resolve(HibernateProgramRegistry.FILE_NAME + "-damaged-" + ASIDE_TIME.format(clock.instant())
                        + "-" + n + ".mv.db");
            }
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(directory.resolve(ContentsCache.FILE_NAME));
            LOG.warn("Moved the registry {} aside to {}", file, aside);
            return Optional.of(aside);
        } catch (IOException e) {
            throw RegistryFailures.of("Cannot move the damaged registry aside", e, directory);
        }
    }

    /** Refuses while another process has the registry open or is syncing the account. */
    private void ensureUnused() {
        Path file = directory.resolve(DamageCheck.DB_FILE);
        if (!Files.exists(file)) {
            return;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                throw inUse();
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw inUse();
        } catch (IOException e) {
            throw RegistryFailures.of("Cannot restore the local registry", e, directory);
        }
    }

    private RegistryException inUse() {
        return new RegistryException("The local registry in " + directory + " is open in another AdsDesk process; close it"
                + " (the app, or a running command) and try again.");
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(files.toList());
            java.util.Collections.reverse(all);
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove {}: {}", dir, e.toString());
        }
    }
}
