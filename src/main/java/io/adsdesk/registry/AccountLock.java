package io.adsdesk.registry;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive, cross-process lock on an account directory ({@code sync.lock}), held while the
 * account syncs. The OS frees it if the process dies.
 */
public final class AccountLock implements AutoCloseable {
    private static final String FILE = "sync.lock";
    /**
     * Lock files this JVM holds. A second channel on a held file must never be opened and closed:
     * on POSIX systems closing it would drop this process's lock (see {@link FileLock}).
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private AccountLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another process (or another holder in this one) has it. */
    public static Optional<AccountLock> tryAcquire(Path accountDir) {
        Path file = accountDir.resolve(FILE).toAbsolutePath().normalize();
        if (!HELD.add(file)) {
            return Optional.empty();
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(accountDir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                HELD.remove(file);
                return Optional.empty();
            }
            return Optional.of(new AccountLock(file, channel, lock));
        } catch (OverlappingFileLockException held) {
            closeQuietly(channel);
            HELD.remove(file);
            return Optional.empty();
        } catch (IOException e) {
            closeQuietly(channel);
            HELD.remove(file);
            throw RegistryFailures.of("Cannot take the account's sync lock (" + file.getFileName() + ")", e, accountDir);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it too
        }
        closeQuietly(channel);
        HELD.remove(file);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }
}
