package io.adsdesk.sync;

import io.adsdesk.model.Account;
import io.adsdesk.registry.AccountLock;
import io.adsdesk.registry.AccountStore;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/** Makes sure two syncs of one account never run at once. */
@FunctionalInterface
public interface SyncGuard {

    /** A held permit to sync, or null when another sync of the account is running. */
    Permit tryAcquire();

    /** Released when the sync ends. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /** Excludes syncs of the same account key within this process. */
    static SyncGuard inProcess(String accountKey) {
        ReentrantLock lock = InProcessLocks.LOCKS.computeIfAbsent(accountKey, k -> new ReentrantLock());
        return () -> lock.tryLock() ? lock::unlock : null;
    }

    /**
     * The guard every sync of an account uses: in-process first, then the account directory's file
     * lock, so a second process (another app window, a scheduled command-line sync) is refused too.
     */
    static SyncGuard forAccount(Account account, Path dataRoot) {
        Path dir = AccountStore.accountDir(dataRoot, account);
        return inProcess(account.key()).and(() -> AccountLock.tryAcquire(dir).<Permit>map(lock -> lock::close).orElse(null));
    }

    /** Both guards, in order; the first is released if the second refuses. */
    default SyncGuard and(SyncGuard other) {
        return () -> {
            Permit first = tryAcquire();
            if (first == null) {
                return null;
            }
            Permit second = other.tryAcquire();
            if (second == null) {
                first.close();
                return null;
            }
            return () -> {
                second.close();
                first.close();
            };
        };
    }

    final class InProcessLocks {
        private static final Map<String, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

        private InProcessLocks() {
        }
    }
}
