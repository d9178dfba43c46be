package io.adsdesk.app;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.KeyringStorageType;
import com.github.javakeyring.PasswordAccessException;
import io.adsdesk.model.Account;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.UUID;

/**
 * Passwords in the OS credential store through java-keyring: Windows Credential Manager, macOS
 * Keychain, or the Linux Secret Service (GNOME Keyring, KWallet). Entries are service
 * {@value #SERVICE}, account {@link Account#key()}. Nothing here logs a password. Calls are
 * serialised: one D-Bus connection (or native handle) serves the whole app.
 */
final class KeyringCredentialStore implements CredentialStore {
    static final String SERVICE = "AdsDesk";
    /** The entry {@link #open()} writes, reads back and deletes to check that the store really works. */
    static final String PROBE_KEY = "adsdesk-probe";
    private static final Logger LOG = LoggerFactory.getLogger(KeyringCredentialStore.class);

    private final Keyring keyring;

    private KeyringCredentialStore(Keyring keyring) {
        this.keyring = keyring;
    }

    /**
     * Connects to the OS store and checks it with a round trip of a throwaway value: a Secret Service
     * without a default collection, or with a locked one, can accept a write and keep nothing.
     * Blocking, possibly for long on a hung D-Bus: callers bound it ({@link CredentialStores}).
     *
     * @throws BackendNotSupportedException when there is no store or it does not keep what it is given
     */
    static KeyringCredentialStore open() throws BackendNotSupportedException {
        if (noLinuxSessionBus()) {
            // Secret Service lives on the D-Bus session bus: without one there is nothing to ask, and
            // loading the D-Bus library only to learn that costs the start a noticeable share of a core.
            throw new BackendNotSupportedException("no D-Bus session bus");
        }
        Keyring keyring = Keyring.create();
        String probe = UUID.randomUUID().toString();
        try {
            keyring.setPassword(SERVICE, PROBE_KEY, probe);
            String back = keyring.getPassword(SERVICE, PROBE_KEY);
            keyring.deletePassword(SERVICE, PROBE_KEY);
            if (!probe.equals(back)) {
                throw new PasswordAccessException("the store returned a different value");
            }
            return new KeyringCredentialStore(keyring);
        } catch (PasswordAccessException | RuntimeException e) {
            closeQuietly(keyring);
            throw new BackendNotSupportedException("The " + keyring.getKeyringStorageType()
                    + " credential store does not keep secrets: " + e);
        }
    }

    /** Linux without DBUS_SESSION_BUS_ADDRESS and without the usual $XDG_RUNTIME_DIR/bus socket. */
    static boolean noLinuxSessionBus() {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return false;
        }
        String address = System.getenv("DBUS_SESSION_BUS_ADDRESS");
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        return (address == null || address.isBlank())
                && (runtime == null || !java.nio.file.Files.exists(java.nio.file.Path.of(runtime, "bus")));
    }

    @Override
    public synchronized Optional<char[]> load(Account account) {
        try {
            return Optional.of(keyring.getPassword(SERVICE, account.key()).toCharArray());
        } catch (PasswordAccessException | RuntimeException e) {
            // Also what "nothing stored" looks like: the library has no separate answer for it.
            LOG.info("No password from the credential store for account {}: {}", account.key(), e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public synchronized void save(Account account, char[] password) {
        try {
            keyring.setPassword(SERVICE, account.key(), new String(password));
            LOG.info("Stored the password of account {} in the credential store", account.key());
        } catch (PasswordAccessException | RuntimeException e) {
            // The class only: a library message could in principle quote what it was given.
            LOG.warn("Could not store the password of account {}: {}", account.key(), e.getClass().getName());
        }
    }

    @Override
    public synchronized void forget(Account account) {
        try {
            keyring.deletePassword(SERVICE, account.key());
            LOG.info("Removed the password of account {} from the credential store", account.key());
        } catch (PasswordAccessException | RuntimeException e) {
            LOG.info("No password to remove for account {}: {}", account.key(), e.getMessage());
        }
    }

    @Override
    public boolean persistent() {
        return true;
    }

    @Override
    public String description() {
        return "AdsDesk keeps the password in " + storeName(keyring.getKeyringStorageType())
                + ", never in a file. Sign out removes it.";
    }

    static String storeName(KeyringStorageType type) {
        return switch (type) {
            case WINDOWS_CREDENTIAL_STORE -> "Windows Credential Manager";
            case OSX_KEYCHAIN, LEGACY_OSX_KEYCHAIN -> "the macOS Keychain";
            case GNOME_KEYRING, KWALLET -> "your desktop's Secret Service keyring";
        };
    }

    @Override
    public synchronized void close() {
        closeQuietly(keyring);
    }

    private static void closeQuietly(Keyring keyring) {
        try {
            keyring.close();
        } catch (Exception e) {
            LOG.debug("Closing the credential store: {}", e.toString());
        }
    }
}
