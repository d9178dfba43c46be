package io.adsdesk.app;

import io.adsdesk.model.Account;

import java.util.Arrays;
import java.util.Optional;

/**
 * An account's team-registry database password, in the same credential store as the account's
 * password (the OS store; never a file or a log), under the account's key with a suffix. The entry
 * holds the JDBC URL, the user and the password, one a line: the password is only ever handed back
 * for the same URL and user, so a changed URL never receives it.
 */
final class TeamRegistryPasswords {
    static final String KEY_SUFFIX = " (Team registry)";

    private final CredentialStore store;

    TeamRegistryPasswords(CredentialStore store) {
        this.store = store;
    }

    private static Account key(Account account) {
        return new Account(account.username() + KEY_SUFFIX, account.baseUrl());
    }

    /** The stored password for this URL and user, if any. Blocking. */
    Optional<char[]> load(Account account, String url, String user) {
        Optional<char[]> entry = store.load(key(account));
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        char[] chars = entry.get();
        try {
            int first = indexOf(chars, 0);
            int second = first < 0 ? -1 : indexOf(chars, first + 1);
            if (second < 0) {
                return Optional.empty();
            }
            String storedUrl = new String(chars, 0, first);
            String storedUser = new String(chars, first + 1, second - first - 1);
            if (!storedUrl.equals(url) || !storedUser.equals(user == null ? "" : user)) {
                return Optional.empty();
            }
            return Optional.of(Arrays.copyOfRange(chars, second + 1, chars.length));
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    private static int indexOf(char[] chars, int from) {
        for (int i = from; i < chars.length; i++) {
            if (chars[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Stores it for this URL and user (neither may hold a line break). Blocking. */
    void save(Account account, String url, String user, char[] password) {
        String who = user == null ? "" : user;
        if (url.indexOf('\n') >= 0 || who.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("The URL and the user must be one line each");
        }
        String head = url + "\n" + who + "\n";
        char[] entry = new char[head.length() + password.length];
        head.getChars(0, head.length(), entry, 0);
        System.arraycopy(password, 0, entry, head.length(), password.length);
        try {
            store.save(key(account), entry);
        } finally {
            Arrays.fill(entry, '\0');
        }
    }

    /** Removes it. Blocking. */
    void forget(Account account) {
        store.forget(key(account));
    }
}
