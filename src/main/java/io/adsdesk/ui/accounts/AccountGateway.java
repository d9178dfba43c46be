package io.adsdesk.ui.accounts;

import io.adsdesk.model.Account;

import java.util.List;
import java.util.Optional;

/**
 * What the dashboard needs from the account machinery (registries on disk, credential store,
 * API client, sandbox). Implemented by the app's wiring; blocking methods run on workers.
 */
public interface AccountGateway {

    /** The default partner-API base URL for the connect dialog. */
    String defaultBaseUrl();

    /** Accounts that have a local registry, for "Switch account". */
    List<Account> knownAccounts();

    /** The remembered password, if the credential store has one. Blocking. */
    Optional<char[]> storedPassword(Account account);

    /**
     * Opens the account's registry and synchronizer. With {@code remember}, stores the password in
     * the credential store (if there is one); without, removes any password stored before. Blocking.
     */
    AccountSession connect(Account account, char[] password, boolean remember) throws Exception;

    /**
     * As {@link #connect(Account, char[], boolean)}; with {@code allowInsecureHttp}, a plain http://
     * base URL to another computer is accepted (the user ticked "Allow insecure HTTP"). Without it,
     * such a URL is refused in plain words.
     */
    default AccountSession connect(Account account, char[] password, boolean remember, boolean allowInsecureHttp)
            throws Exception {
        return connect(account, password, remember);
    }

    /** Starts the in-process sandbox with the demo account and opens its registry. Blocking. */
    AccountSession openDemo() throws Exception;

    /** Opens an account's cached programs without its password: browsing works, syncing asks for it. Blocking. */
    AccountSession openCached(Account account) throws Exception;

    /** Forgets the stored password of the account. Blocking. */
    void forgetPassword(Account account);

    /**
     * Where passwords are kept: whether "Remember the password" can be offered, and a sentence for the
     * connect dialog. Blocking: the credential store may still be being looked for.
     */
    PasswordStorage passwordStorage();

    /**
     * Keeps the account's report key (Fusion API key) in the credential store, or forgets it when
     * {@code key} is empty; used from the next time the account is opened. Blocking.
     */
    default void saveReportKey(Account account, char[] key) {
        throw new UnsupportedOperationException("report keys are not kept here");
    }

    /**
     * Keeps the report key of the open account {@code session} (forgets it when {@code key} is empty) and
     * makes the session's reports use it at once, without reopening the account. Blocking.
     *
     * @throws IllegalArgumentException in plain words, when the key cannot be used; nothing is then kept
     */
    default void useReportKey(AccountSession session, char[] key) {
        throw new UnsupportedOperationException("report keys are not kept here");
    }

    /** Whether a report key is stored for the account. Blocking. */
    default boolean hasReportKey(Account account) {
        return false;
    }

    /**
     * As {@link #connect(Account, char[], boolean, boolean)}, with the account's registry on a team server
     * ({@code team}; null: this computer). {@code teamPassword} null uses the database password stored
     * for that server and user; one given is stored once the registry opened. When the team server
     * cannot be reached, the session is its last local copy, read-only ({@code registry().offlineCopy()}).
     * Blocking.
     */
    default AccountSession connect(Account account, char[] password, boolean remember, boolean allowInsecureHttp,
                                   TeamRegistryChoice team, char[] teamPassword) throws Exception {
        if (team != null) {
            throw new UnsupportedOperationException("team registries are not available here");
        }
        return connect(account, password, remember, allowInsecureHttp);
    }

    /** As {@link #openCached(Account)}, from the account's team registry when {@code team} is given. Blocking. */
    default AccountSession openCached(Account account, TeamRegistryChoice team) throws Exception {
        if (team != null) {
            throw new UnsupportedOperationException("team registries are not available here");
        }
        return openCached(account);
    }

    /**
     * "Test connection": connects once to the team server and says in plain words what it found.
     * {@code password} null uses the stored one; {@code account} (may be null) names the schema to check. Blocking.
     */
    default TeamCheck testTeamRegistry(Account account, TeamRegistryChoice team, char[] password) {
        return new TeamCheck(false, false, "Team registries are not available here.");
    }

    /**
     * Reopens an account shown from its offline copy, once its team server answers again: empty while it
     * still cannot be reached. Uses the credentials the account was opened with. Blocking.
     */
    default java.util.Optional<AccountSession> retryTeamRegistry(Account account, TeamRegistryChoice team) throws Exception {
        return java.util.Optional.empty();
    }
}
