package io.adsdesk.app;

import io.adsdesk.model.Account;

import java.util.Optional;

/** Where account passwords are kept: the OS credential store, or memory for this run. Never a file. */
interface CredentialStore extends AutoCloseable {

    /** The stored password, or empty when none is stored (or the store could not be read). Blocking. */
    Optional<char[]> load(Account account);

    /** Stores the password; a failure is logged (never with the password) and the password is simply not kept. Blocking. */
    void save(Account account, char[] password);

    /** Removes the stored password, if any. Blocking. */
    void forget(Account account);

    /** Whether a password survives a restart. */
    boolean persistent();

    /** One sentence for the connect dialog. */
    String description();

    /** Releases the connection to the OS store, if any. */
    @Override
    default void close() {
    }
}
