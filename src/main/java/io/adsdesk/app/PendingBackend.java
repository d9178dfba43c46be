package io.adsdesk.app;

import io.adsdesk.model.Account;
import io.adsdesk.ui.accounts.AccountSession;

import java.nio.file.Path;
import java.util.List;

/** Stand-in until the registry and the partner-API client are merged: says so in plain words. */
final class PendingBackend implements AccountBackend {
    static final String MESSAGE = "This build has no partner-API client or registry yet; run a build from main.";

    @Override
    public String defaultBaseUrl() {
        return "https://partner-api.yelp.com";
    }

    @Override
    public List<Account> listAccounts(Path dataRoot) {
        return List.of();
    }

    @Override
    public AccountSession open(Path dataRoot, Account account, char[] password) {
        throw new IllegalStateException(MESSAGE);
    }

    @Override
    public AccountSession openDemo(Path dataRoot) {
        throw new IllegalStateException(MESSAGE);
    }
}
