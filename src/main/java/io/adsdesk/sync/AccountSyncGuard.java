package io.adsdesk.sync;

import io.adsdesk.model.Account;
import io.adsdesk.registry.AccountLock;
import io.adsdesk.registry.AccountStore;

import java.nio.file.Path;

/** The guard every sync of a stored account uses. */
public final class AccountSyncGuard {
    private AccountSyncGuard() {
    }

    /**
     * In-process first, then the account directory's file lock, so a second process (another app
     * window, a scheduled command-line sync) is refused too.
     */
    public static SyncGuard forAccount(Account account, Path dataRoot) {
        Path dir = AccountStore.accountDir(dataRoot, account);
        SyncGuard fileLock = () -> AccountLock.tryAcquire(dir).<SyncGuard.Permit>map(lock -> lock::close).orElse(null);
        return SyncGuard.inProcess(account.key()).and(fileLock);
    }
}
