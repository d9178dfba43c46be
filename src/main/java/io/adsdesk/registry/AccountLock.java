package io.adsdesk.registry;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An exclusive, cross-process lock on an account directory ({@code sync.lock}), held while the
 * account syncs. The OS frees it if the process dies.
 */
public final class AccountLock implements AutoCloseable {
    private static final String FILE = "sync.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private AccountLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another process (or another holder in this one) has it. */
    public static Optional<AccountLock> tryAcquire(Path accountDir) {
        FileChannel channel = null;
        try {
            Files.createDirectories(accountDir);
            channel = FileChannel.open(accountDir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new AccountLock(channel, lock));
        } catch (OverlappingFileLockException held) {
            closeQuietly(channel);
            return Optional.empty();
        } catch (IOException e) {
            closeQuietly(channel);
            throw new RegistryException("Cannot lock " + accountDir + ": " + e.getMessage(), e);
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
