package io.adsdesk.app;

import io.adsdesk.model.Account;
import io.adsdesk.ui.accounts.AccountSession;

import java.nio.file.Path;
import java.util.List;

/** An {@link AccountBackend} that opens nothing: for checks about passwords, not registries. */
final class NoBackend implements AccountBackend {
    @Override
    public String defaultBaseUrl() {
        return "https://partner-api.example";
    }

    @Override
    public List<Account> listAccounts(Path dataRoot) {
        return List.of();
    }

    @Override
    public AccountSession open(Path dataRoot, Account account, char[] password) {
        return new AccountSession(account, false, null, null, () -> { });
    }

    @Override
    public AccountSession openDemo(Path dataRoot) {
        throw new UnsupportedOperationException("no demo here");
    }
}
