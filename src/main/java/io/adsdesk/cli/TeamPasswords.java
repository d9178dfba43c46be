package io.adsdesk.cli;

import io.adsdesk.model.Account;

import java.util.Optional;

/**
 * Where a command finds a team registry's database password when {@code --registry-password-env} is
 * not given: the one the dashboard kept in the OS credential store for that account, URL and user.
 */
public interface TeamPasswords {
    /** Finds none (no credential store). */
    TeamPasswords NONE = (account, url, user) -> Optional.empty();

    /** The stored password for the account's team registry at {@code url} as {@code user}, if any. Blocking. */
    Optional<String> find(Account account, String url, String user);
}
