package io.adsdesk.ui.testing;

import io.adsdesk.ui.accounts.AccountGateway;
import io.adsdesk.ui.accounts.AccountSession;
import io.adsdesk.ui.accounts.PasswordStorage;

import io.adsdesk.model.Account;

import java.util.List;
import java.util.Optional;

/** Hands every call of {@link AccountGateway} on to another one; tests override what they watch. */
public class DelegatingGateway implements AccountGateway {
    private final AccountGateway to;

    public DelegatingGateway(AccountGateway to) {
        this.to = to;
    }

    @Override
    public String defaultBaseUrl() {
        return to.defaultBaseUrl();
    }

    @Override
    public List<Account> knownAccounts() {
        return to.knownAccounts();
    }

    @Override
    public Optional<char[]> storedPassword(Account account) {
        return to.storedPassword(account);
    }

    @Override
    public AccountSession connect(Account account, char[] password, boolean remember) throws Exception {
        return to.connect(account, password, remember);
    }

    @Override
    public AccountSession openDemo() throws Exception {
        return to.openDemo();
    }

    @Override
    public AccountSession openCached(Account account) throws Exception {
        return to.openCached(account);
    }

    @Override
    public void forgetPassword(Account account) {
        to.forgetPassword(account);
    }

    @Override
    public PasswordStorage passwordStorage() {
        return to.passwordStorage();
    }
}
