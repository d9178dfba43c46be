package io.adsdesk.app;

import io.adsdesk.model.Account;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps passwords in memory for this run only: nothing is written to disk, so AdsDesk asks for the
 * password again at the next start. Used until an OS keyring integration is added.
 */
final class SessionCredentialStore implements CredentialStore {
    private final Map<String, char[]> passwords = new ConcurrentHashMap<>();

    @Override
    public Optional<char[]> load(Account account) {
        return Optional.ofNullable(passwords.get(account.key())).map(char[]::clone);
    }

    @Override
    public void save(Account account, char[] password) {
        char[] old = passwords.put(account.key(), password.clone());
        if (old != null) {
            Arrays.fill(old, '\0');
        }
    }

    @Override
    public void forget(Account account) {
        char[] old = passwords.remove(account.key());
        if (old != null) {
            Arrays.fill(old, '\0');
        }
    }

    @Override
    public boolean persistent() {
        return false;
    }

    @Override
    public String description() {
        return "AdsDesk keeps the password in memory only, never on disk: it asks for it again at each start.";
    }
}
