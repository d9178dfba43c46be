package io.adsdesk.app;

import io.adsdesk.model.Account;
import io.adsdesk.ui.accounts.AccountGateway;
import io.adsdesk.ui.accounts.AccountSession;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The dashboard's {@link AccountGateway}: a backend for registries and sync, a credential store for passwords. */
final class LocalAccountGateway implements AccountGateway {
    private final Path dataRoot;
    private final AccountBackend backend;
    private final CredentialStore credentials;

    LocalAccountGateway(Path dataRoot, AccountBackend backend, CredentialStore credentials) {
        this.dataRoot = dataRoot;
        this.backend = backend;
        this.credentials = credentials;
    }

    @Override
    public String defaultBaseUrl() {
        return backend.defaultBaseUrl();
    }

    @Override
    public List<Account> knownAccounts() {
        return backend.listAccounts(dataRoot);
    }

    @Override
    public Optional<char[]> storedPassword(Account account) {
        return credentials.load(account);
    }

    @Override
    public AccountSession connect(Account account, char[] password, boolean remember) throws Exception {
        AccountSession session = backend.open(dataRoot, account, password);
        if (remember) {
            credentials.save(account, password);
        } else {
            // Session-only: still kept in memory so switching back this run needs no retyping.
            if (!credentials.persistent()) {
                credentials.save(account, password);
            }
        }
        return session;
    }

    @Override
    public AccountSession openDemo() throws Exception {
        return backend.openDemo(dataRoot);
    }

    @Override
    public void forgetPassword(Account account) {
        credentials.forget(account);
    }

    @Override
    public String passwordStorageNote() {
        return credentials.description();
    }

    @Override
    public boolean canRememberPasswords() {
        return credentials.persistent();
    }
}
