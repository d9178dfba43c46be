package io.adsdesk.registry;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The number of content changes AdsDesk last saved to a registry, kept in a small file beside the
 * database ({@code registry.commits}). It is written only after the change is on disk, so the
 * database always holds at least this many changes; one that holds fewer (or none) was replaced,
 * truncated or lost part of its file, and is refused instead of being taken as the truth.
 */
final class CommitCounter {
    static final String FILE_NAME = "registry.commits";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CommitCounter.class);

    private CommitCounter() {
    }

    /** The count last saved in {@code directory}; 0 when none was (a new or older registry). */
    static long read(Path directory) {
        try {
            String text = Files.readString(directory.resolve(FILE_NAME), StandardCharsets.US_ASCII).strip();
            return Long.parseLong(text);
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException | NumberFormatException e) {
            LOG.warn("Ignoring the unreadable commit count in {}: {}", directory, e.toString());
            return 0;
        }
    }

    /**
     * Records that the database now holds {@code generation} changes, unless a higher count is already saved.
     * Synchronized: writes from several threads (read-backs of posted changes) share one temporary file.
     */
    static synchronized void advance(Path directory, long generation) {
        if (generation > read(directory)) {
            write(directory, generation);
        }
    }

    /** Sets the count, lower or higher: after a registry was restored from a backup or rebuilt. */
    static synchronized void write(Path directory, long generation) {
        try {
            Path tmp = directory.resolve(FILE_NAME + ".tmp");
            Files.writeString(tmp, Long.toString(generation), StandardCharsets.US_ASCII);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, directory.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // The database has the change; a count left behind only makes the next check less strict.
            LOG.warn("Could not save the commit count in {}: {}", directory, e.toString());
        }
    }
}
