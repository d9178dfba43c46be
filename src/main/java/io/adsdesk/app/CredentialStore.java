package io.adsdesk.app;

import io.adsdesk.model.Account;

import java.util.Optional;

/** Where account passwords are kept. Never a plain-text file. */
interface CredentialStore {

    Optional<char[]> load(Account account);

    void save(Account account, char[] password);

    void forget(Account account);

    /** Whether a password survives a restart. */
    boolean persistent();

    /** One sentence for the connect dialog. */
    String description();
}
