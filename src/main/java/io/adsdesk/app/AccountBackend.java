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

    AccountSession openDemo(Path dataRoot) throws Exception;
}
