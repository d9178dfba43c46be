package io.adsdesk.app;

import io.adsdesk.model.Account;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps passwords in memory for this run only: nothing is written to disk, so AdsDesk asks for the
 * password again at the next start. The fallback when the OS has no usable credential store.
 */
final class SessionCredentialStore implements CredentialStore {
    static final String DEFAULT_DESCRIPTION =
            "AdsDesk keeps the password in memory only, never on disk: it asks for it again at each start.";

    private final Map<String, char[]> passwords = new ConcurrentHashMap<>();
    private final String description;

    SessionCredentialStore() {
        this(DEFAULT_DESCRIPTION);
    }

    /** A session store whose connect-dialog sentence says why passwords are not kept. */
    SessionCredentialStore(String description) {
        this.description = description;
    }

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
        return description;
    }
}
