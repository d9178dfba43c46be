package io.adsdesk.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Rolling backups of a registry in its account directory's {@code backups} folder, named with the
 * time they were taken ({@code registry-20261205-124001-123.zip}, UTC). Each is written with the
 * database's own BACKUP while it is open, so it is consistent; the newest {@link #KEPT} are kept.
 */
public final class RegistryBackups {
    public static final int KEPT = 3;
    static final String FOLDER = "backups";
    private static final String PREFIX = HibernateProgramRegistry.FILE_NAME + "-";
    private static final String SUFFIX = ".zip";
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    /** One backup file and when it was taken. */
    public record Backup(Path file, Instant takenAt) {
    }

    private RegistryBackups() {
    }

    /** The backups of the registry in {@code directory}, newest first. */
    public static List<Backup> list(Path directory) {
        Path folder = directory.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(RegistryBackups::parse).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(Backup::takenAt).reversed()).toList();
        } catch (IOException e) {
            throw RegistryFailures.of("Cannot list the registry backups", e, directory);
        }
    }

    /** A backup file given by the user: its time from its name when it has one, else from when it was last written. */
    public static Backup of(Path file) throws IOException {
        Optional<Backup> named = parse(file);
        return named.isPresent() ? named.get() : new Backup(file, Files.getLastModifiedTime(file).toInstant());
    }

    static Optional<Backup> parse(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String time = name.substring(PREFIX.length(), name.length() - SUFFIX.length());
            return Optional.of(new Backup(file, NAME_TIME.parse(time, Instant::from)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Writes a backup of the open database behind {@code c} (to a temporary name first), then keeps the newest. */
    static Path write(Connection c, Path directory, Instant now) throws SQLException, IOException {
        Path folder = Files.createDirectories(directory.resolve(FOLDER));
        Path target = folder.resolve(PREFIX + NAME_TIME.format(now) + SUFFIX);
        Path partial = folder.resolve(target.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        backUp(c, partial);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        List<Backup> all = list(directory);
        for (Backup old : all.subList(Math.min(KEPT, all.size()), all.size())) {
            Files.deleteIfExists(old.file());
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path left : files.filter(f -> f.getFileName().toString().endsWith(".partial")).toList()) {
                Files.deleteIfExists(left); // from a backup cut short by a crash
            }
        }
        return target;
    }

    /** H2's online backup: a zip holding a consistent copy of the database file. */
    static void backUp(Connection c, Path zip) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
        }
    }
}
