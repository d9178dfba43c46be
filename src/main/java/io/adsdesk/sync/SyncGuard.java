package io.adsdesk.sync;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

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
        Semaphore permit = InProcessLocks.LOCKS.computeIfAbsent(accountKey, k -> new Semaphore(1));
        return () -> permit.tryAcquire() ? permit::release : null;
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
        private static final Map<String, Semaphore> LOCKS = new ConcurrentHashMap<>();

        private InProcessLocks() {
        }
    }
}
