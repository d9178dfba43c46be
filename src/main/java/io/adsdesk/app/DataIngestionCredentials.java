package io.adsdesk.app;

import io.adsdesk.api.Credentials;
import io.adsdesk.model.Account;

import java.util.Arrays;
import java.util.Optional;

/**
 * An account's second username and password for Yelp's Program Feature API ("Data Ingestion"),
 * kept in the same credential store as the account's password (the OS store; never a file or a
 * log), under the account's own key with a suffix. The entry holds the username, a new line and the password.
 */
final class DataIngestionCredentials {
    static final String KEY_SUFFIX = " (Data Ingestion)";

    private final CredentialStore store;

    DataIngestionCredentials(CredentialStore store) {
        this.store = store;
    }

    private static Account key(Account account) {
        return new Account(account.username() + KEY_SUFFIX, account.baseUrl());
    }

    /** The stored Data Ingestion credentials of the account, if any. Blocking. */
    Optional<Credentials> load(Account account) {
        Optional<char[]> entry = store.load(key(account));
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        char[] chars = entry.get();
        try {
            int newline = -1;
            for (int i = 0; i < chars.length; i++) {
                if (chars[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            if (newline <= 0 || newline == chars.length - 1) {
                return Optional.empty();
            }
            char[] password = Arrays.copyOfRange(chars, newline + 1, chars.length);
            try {
                return Optional.of(new Credentials(new String(chars, 0, newline), password));
            } finally {
                Arrays.fill(password, '\0');
            }
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** Stores them; the username must not contain a line break. Blocking. */
    void save(Account account, String username, char[] password) {
        if (username == null || username.isBlank() || username.contains("\n") || password == null || password.length == 0) {
            throw new IllegalArgumentException("Username and password are required");
        }
        char[] entry = new char[username.length() + 1 + password.length];
        username.getChars(0, username.length(), entry, 0);
        entry[username.length()] = '\n';
        System.arraycopy(password, 0, entry, username.length() + 1, password.length);
        try {
            store.save(key(account), entry);
        } finally {
            Arrays.fill(entry, '\0');
        }
    }

    /** Removes them. Blocking. */
    void forget(Account account) {
        store.forget(key(account));
    }
}
