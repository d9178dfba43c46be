package io.adsdesk.app;

import io.adsdesk.model.Account;
import io.adsdesk.ui.accounts.AccountSession;

import java.nio.file.Path;
import java.util.List;

/**
 * The non-UI machinery behind an account: its registry on disk, the partner-API client and the
 * synchronizer, and the in-process sandbox for the demo. Blocking; called on workers.
 */
interface AccountBackend {

    String defaultBaseUrl();

    List<Account> listAccounts(Path dataRoot);

    /** Opens an account; with a null password only its cached data (syncing will ask for the password). */
    AccountSession open(Path dataRoot, Account account, char[] password) throws Exception;

    /** As {@link #open(Path, Account, char[])}; {@code allowInsecureHttp} lets plain http:// reach another computer. */
    default AccountSession open(Path dataRoot, Account account, char[] password, boolean allowInsecureHttp) throws Exception {
        return open(dataRoot, account, password);
    }

    /**
     * As {@link #open(Path, Account, char[], boolean)}, with the registry on the team server {@code team}
     * (null: this computer). When the server cannot be reached, the session shows the account's last local
     * copy, read-only; without one, it fails in plain words.
     */
    default AccountSession open(Path dataRoot, Account account, char[] password, boolean allowInsecureHttp,
                                io.adsdesk.registry.TeamServer team) throws Exception {
        if (team != null) {
            throw new UnsupportedOperationException("team registries are not available here");
        }
        return open(dataRoot, account, password, allowInsecureHttp);
    }

    AccountSession openDemo(Path dataRoot) throws Exception;
}
