package io.adsdesk.app;

import io.adsdesk.model.Account;
import io.adsdesk.ui.accounts.AccountGateway;
import io.adsdesk.ui.accounts.AccountSession;
import io.adsdesk.ui.accounts.PasswordStorage;
import io.adsdesk.ui.accounts.TeamCheck;
import io.adsdesk.ui.accounts.TeamRegistryChoice;
import io.adsdesk.registry.TeamRegistries;
import io.adsdesk.registry.TeamServer;
import io.adsdesk.registry.TeamServerCheck;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The dashboard's {@link AccountGateway}: a backend for registries and sync, a credential store for
 * passwords. The store is chosen in the background at start ({@link CredentialStores}); the methods
 * that need it run on workers and wait for that choice, which is bounded.
 */
final class LocalAccountGateway implements AccountGateway {
    private final Path dataRoot;
    private final AccountBackend backend;
    private final CompletableFuture<CredentialStore> credentials;
    /** Accounts opened with "Allow insecure HTTP" this run: a report key entered later may use plain http too. */
    private final java.util.Set<Account> insecureAllowed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /**
     * How accounts shown from their team registry's offline copy were opened, to reopen them the same way
     * once the server answers (kept in memory only, as an open session keeps its credentials).
     */
    private final java.util.Map<Account, Retry> retries = new java.util.concurrent.ConcurrentHashMap<>();

    private record Retry(char[] password, boolean remember, boolean allowInsecureHttp, char[] teamPassword) {
        void wipe() {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
            if (teamPassword != null) {
                java.util.Arrays.fill(teamPassword, '\0');
            }
        }
    }

    LocalAccountGateway(Path dataRoot, AccountBackend backend, CompletableFuture<CredentialStore> credentials) {
        this.dataRoot = dataRoot;
        this.backend = backend;
        this.credentials = credentials;
    }

    private CredentialStore store() {
        return credentials.join();
    }

    @Override
    public String defaultBaseUrl() {
        return backend.defaultBaseUrl();
    }

    @Override
    public List<Account> knownAccounts() {
        return backend.listAccounts(dataRoot);
    }

    @Override
    public Optional<char[]> storedPassword(Account account) {
        return store().load(account);
    }

    @Override
    public AccountSession connect(Account account, char[] password, boolean remember) throws Exception {
        return connect(account, password, remember, false);
    }

    @Override
    public AccountSession connect(Account account, char[] password, boolean remember, boolean allowInsecureHttp)
            throws Exception {
        retries.remove(account);
        return open(account, password, remember, allowInsecureHttp, null);
    }

    @Override
    public AccountSession connect(Account account, char[] password, boolean remember, boolean allowInsecureHttp,
                                  TeamRegistryChoice team, char[] teamPassword) throws Exception {
        if (team == null) {
            return connect(account, password, remember, allowInsecureHttp);
        }
        TeamRegistryPasswords passwords = new TeamRegistryPasswords(store());
        char[] dbPassword = teamPassword != null ? teamPassword.clone()
                : passwords.load(account, team.url(), team.user()).orElse(null);
        try {
            AccountSession session = open(account, password, remember, allowInsecureHttp, server(team, dbPassword));
            if (session.registry().offlineCopy().isPresent()) {
                retries.put(account, new Retry(password == null ? null : password.clone(), remember, allowInsecureHttp,
                        dbPassword == null ? null : dbPassword.clone()));
            } else {
                retries.remove(account);
                if (teamPassword != null) {
                    passwords.save(account, team.url(), team.user(), teamPassword);
                }
            }
            return session;
        } finally {
            if (dbPassword != null) {
                java.util.Arrays.fill(dbPassword, '\0');
            }
        }
    }

    @Override
    public AccountSession openCached(Account account, TeamRegistryChoice team) throws Exception {
        if (team == null) {
            return openCached(account);
        }
        char[] dbPassword = new TeamRegistryPasswords(store()).load(account, team.url(), team.user()).orElse(null);
        try {
            return open(account, null, false, false, server(team, dbPassword));
        } finally {
            if (dbPassword != null) {
                java.util.Arrays.fill(dbPassword, '\0');
            }
        }
    }

    @Override
    public TeamCheck testTeamRegistry(Account account, TeamRegistryChoice team, char[] password) {
        char[] dbPassword = password != null || account == null ? password
                : new TeamRegistryPasswords(store()).load(account, team.url(), team.user()).orElse(null);
        TeamServerCheck.Result result;
        try {
            result = TeamServerCheck.check(server(team, dbPassword), account == null ? null : TeamRegistries.schemaOf(account));
        } catch (IllegalArgumentException e) {
            return new TeamCheck(false, false, e.getMessage());
        }
        return new TeamCheck(result.ok(), result.outcome() == TeamServerCheck.Outcome.UNREACHABLE, result.message());
    }

    @Override
    public Optional<AccountSession> retryTeamRegistry(Account account, TeamRegistryChoice team) throws Exception {
        if (team == null) {
            return Optional.empty();
        }
        Retry retry = retries.get(account);
        char[] dbPassword = retry != null && retry.teamPassword() != null ? retry.teamPassword().clone() : null;
        if (testTeamRegistry(account, team, dbPassword).unreachable()) {
            return Optional.empty();
        }
        char[] password = retry != null && retry.password() != null ? retry.password().clone() : store().load(account).orElse(null);
        try {
            AccountSession session = password == null ? openCached(account, team)
                    : connect(account, password, retry == null || retry.remember(), retry != null && retry.allowInsecureHttp(),
                    team, dbPassword);
            if (session.registry().offlineCopy().isPresent()) {
                session.close();
                return Optional.empty();
            }
            return Optional.of(session);
        } finally {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
            if (dbPassword != null) {
                java.util.Arrays.fill(dbPassword, '\0');
            }
        }
    }

    private static TeamServer server(TeamRegistryChoice team, char[] password) {
        return new TeamServer(team.url(), team.user(), password == null ? null : new String(password));
    }

    private AccountSession open(Account account, char[] password, boolean remember, boolean allowInsecureHttp, TeamServer team)
            throws Exception {
        if (password == null) {
            return withReports(backend.open(dataRoot, account, null, false, team), store(), false);
        }
        AccountSession session = backend.open(dataRoot, account, password, allowInsecureHttp, team);
        if (allowInsecureHttp) {
            insecureAllowed.add(account);
        } else {
            insecureAllowed.remove(account);
        }
        CredentialStore store = store();
        session = withReports(session, store, allowInsecureHttp);
        withFeatureCredentials(session, store);
        if (remember || !store.persistent()) {
            // Session-only stores keep it in memory either way, so switching back this run needs no retyping.
            store.save(account, password);
        } else {
            // Not to be remembered: an older stored password must not come back at the next start.
            store.forget(account);
        }
        return session;
    }

    @Override
    public AccountSession openCached(Account account) throws Exception {
        return withReports(backend.open(dataRoot, account, null), store(), false);
    }

    /** Reports from the cache, and from Yelp when the account's report key is stored. */
    private static AccountSession withReports(AccountSession session, CredentialStore store, boolean allowInsecureHttp) {
        if (session.reports() != null) {
            return session;
        }
        char[] key = ReportWiring.loadKey(store, session.account()).orElse(null);
        return ReportWiring.withReports(session, ReportWiring.reportingUrl(session.account()), key,
                io.adsdesk.reports.Reports.POLL_INTERVAL, allowInsecureHttp);
    }

    @Override
    public void saveReportKey(Account account, char[] key) {
        if (key == null || key.length == 0) {
            ReportWiring.forgetKey(store(), account);
        } else {
            ReportWiring.saveKey(store(), account, key);
        }
    }

    @Override
    public void useReportKey(AccountSession session, char[] key) {
        if (session.demo()) {
            throw new IllegalArgumentException("The demo account has a report key of its own.");
        }
        ReportWiring.useKey(store(), session, key, insecureAllowed.contains(session.account()));
    }

    @Override
    public boolean hasReportKey(Account account) {
        return ReportWiring.loadKey(store(), account).map(k -> {
            java.util.Arrays.fill(k, '\0');
            return true;
        }).orElse(false);
    }

    @Override
    public AccountSession openDemo() throws Exception {
        AccountSession session = backend.openDemo(dataRoot);
        withFeatureCredentials(session, store());
        return session;
    }

    /** The account's Data Ingestion credentials: kept in the same store, and used by its features when stored. */
    private static void withFeatureCredentials(AccountSession session, CredentialStore store) {
        if (session.features() instanceof FeatureServiceGateway features) {
            features.keepCredentialsIn(new DataIngestionCredentials(store), session.account());
        }
    }

    @Override
    public void forgetPassword(Account account) {
        store().forget(account);
        new TeamRegistryPasswords(store()).forget(account);
        Retry retry = retries.remove(account);
        if (retry != null) {
            retry.wipe();
        }
    }

    @Override
    public PasswordStorage passwordStorage() {
        CredentialStore store = store();
        return new PasswordStorage(store.persistent(), store.description());
    }
}
