package io.adsdesk.registry;

import io.adsdesk.registry.RegistryDamagedException.Kind;
import org.h2.mvstore.MVStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Checks a registry file against the {@link CommitCounter} before the database is used: a file that
 * is missing, empty, unreadable or older than the last saved change is refused, and left exactly as
 * it was found (the checks before opening read it only).
 */
final class DamageCheck {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DamageCheck.class);
    static final String DB_FILE = HibernateProgramRegistry.FILE_NAME + ".mv.db";

    private DamageCheck() {
    }

    /** Before the database is opened: the file itself. */
    static void beforeOpening(Path directory) {
        long saved = CommitCounter.read(directory);
        Path file = directory.resolve(DB_FILE);
        if (!Files.exists(file)) {
            if (saved > 0) {
                throw new RegistryDamagedException(Kind.MISSING, directory, file + " was deleted or moved", null);
            }
            return;
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw RegistryFailures.of("Cannot read the local registry", e, directory);
        }
        if (size == 0) {
            if (saved > 0) {
                throw new RegistryDamagedException(Kind.EMPTY, directory, file + " is 0 bytes long", null);
            }
            return;
        }
        readStore(directory, file, saved);
        if (saved > 0) {
            readGeneration(directory, file, saved);
        }
    }

    /**
     * The database's count of changes, read through a read-only connection: opening it for writing
     * would already let the database tidy an older or truncated file, and the file must stay as found.
     */
    private static void readGeneration(Path directory, Path file, long saved) {
        String name = file.getFileName().toString();
        String url = "jdbc:h2:file:" + file.resolveSibling(name.substring(0, name.length() - ".mv.db".length())).toAbsolutePath()
                + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
        long started = System.nanoTime();
        try (Connection c = java.sql.DriverManager.getConnection(url, "sa", "")) {
            compare(ContentsStamp.generation(c), saved, directory);
        } catch (SQLException | RuntimeException e) {
            if (e instanceof RegistryDamagedException) {
                throw (RegistryDamagedException) e;
            }
            if (RegistryFailures.damaged(e)) {
                throw new RegistryDamagedException(Kind.UNREADABLE, directory, RegistryFailures.firstLine(e), e);
            }
            // In use elsewhere, or not readable here: opening the database says which, in its words.
        }
        LOG.debug("Checked the registry's change count in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private static void compare(long held, long saved, Path directory) {
        if (saved > 0 && held < 0) {
            throw new RegistryDamagedException(Kind.EMPTY, directory, "it holds no programs table, though AdsDesk had saved "
                    + saved + " changes to it", null);
        }
        if (saved > 0 && held < saved) {
            throw new RegistryDamagedException(Kind.OLDER, directory, "it holds " + held + " changes; AdsDesk had saved "
                    + saved, null);
        }
    }

    /** The store's header and table list, read-only: a few milliseconds, and nothing is written. */
    private static void readStore(Path directory, Path file, long saved) {
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open()) {
            boolean hasTables = store.getMapNames().stream().anyMatch(n -> n.startsWith("table."));
            if (!hasTables && saved > 0) {
                throw new RegistryDamagedException(Kind.EMPTY, directory, "it holds no tables, though AdsDesk had saved "
                        + saved + " changes to it; it was probably truncated", null);
            }
        } catch (RuntimeException e) {
            if (e instanceof RegistryDamagedException) {
                throw e;
            }
            if (RegistryFailures.damaged(e)) {
                throw new RegistryDamagedException(Kind.UNREADABLE, directory, RegistryFailures.firstLine(e), e);
            }
            // Locked by another process, or not readable here: opening the database says which, in its words.
        }
    }

    /** After opening, before anything is written: the database holds every change AdsDesk saved. */
    static void afterOpening(Connection c, Path directory) throws SQLException {
        long saved = CommitCounter.read(directory);
        long held = ContentsStamp.generation(c);
        compare(held, saved, directory);
        if (held > saved) {
            // Saved by an AdsDesk without the count, or killed between its commit and the count: adopt it.
            CommitCounter.advance(directory, held);
        }
    }
}
