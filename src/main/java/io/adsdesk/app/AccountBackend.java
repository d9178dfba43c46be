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

    AccountSession open(Path dataRoot, Account account, char[] password) throws Exception;

    AccountSession openDemo(Path dataRoot) throws Exception;
}
