package io.adsdesk.app;

import io.adsdesk.actions.ProgramActions;
import io.adsdesk.actions.Sleeper;
import io.adsdesk.api.ApiSettings;
import io.adsdesk.api.Credentials;
import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.model.Account;
import io.adsdesk.registry.AccountStore;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.registry.RegistryException;
import io.adsdesk.registry.TeamServer;
import io.adsdesk.registry.TeamServerCheck;
import io.adsdesk.sandbox.DemoAccount;
import io.adsdesk.sandbox.SandboxServer;
import io.adsdesk.sync.AccountSyncGuard;
import io.adsdesk.sync.AccountSynchronizer;
import io.adsdesk.sync.RegistrySynchronizer;
import io.adsdesk.sync.SyncOptions;
import io.adsdesk.threads.Threads;
import io.adsdesk.ui.accounts.AccountSession;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;

/** The real machinery: the account's H2 registry, the partner-API client and the synchronizer. */
final class LocalBackend implements AccountBackend {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LocalBackend.class);
    private final StartupPreload preload;
    private final Threads threads;
    /** How long the demo's reports take to build; null: as {@link DemoAccount#start()} says (its environment knob). */
    private java.time.Duration demoReportDelay;
    /** Reads and rewrites the registries' contents caches. */
    private final Executor registryBackground;
    /** Accounts whose team registry could not be reached, since when (this run); removed once it opens. */
    private final java.util.Map<Account, Instant> unreachableSince = new java.util.concurrent.ConcurrentHashMap<>();
    /** Bulk feature changes: created on first use, shut down with the other threads. */
    private java.util.concurrent.ExecutorService featuresPool;

    /** With threads of its own (tests). */
    LocalBackend() {
        this(StartupPreload.none(), new Threads("adsdesk"));
    }

    LocalBackend(StartupPreload preload, Threads threads) {
        this.preload = preload;
        this.threads = threads;
        this.registryBackground = threads.cachedPool("registry-cache");
    }

    @Override
    public String defaultBaseUrl() {
        return ApiSettings.PRODUCTION_URL;
    }

    @Override
    public List<Account> listAccounts(Path dataRoot) {
        return AccountStore.listAccounts(dataRoot).stream()
                .filter(a -> !a.equals(DemoAccount.ACCOUNT))
                .toList();
    }

    @Override
    public AccountSession open(Path dataRoot, Account account, char[] password) {
        return open(dataRoot, account, password, false);
    }

    @Override
    public AccountSession open(Path dataRoot, Account account, char[] password, boolean allowInsecureHttp) {
        return open(dataRoot, account, password, allowInsecureHttp, null);
    }

    @Override
    public AccountSession open(Path dataRoot, Account account, char[] password, boolean allowInsecureHttp, TeamServer team) {
        long started = System.nanoTime();
        // A bad URL fails before anything is written; cached data alone sends no password, so needs no https.
        ApiSettings checked = ApiSettings.defaults(account.baseUrl(), allowInsecureHttp || password == null);
        HibernateProgramRegistry registry;
        if (team == null) {
            registry = preload.take(account)
                    .orElseGet(() -> AccountStore.openRegistryForReading(dataRoot, account, registryBackground));
        } else {
            try {
                registry = AccountStore.openTeamRegistry(dataRoot, account, team, registryBackground);
                unreachableSince.remove(account);
            } catch (RuntimeException e) {
                return offline(dataRoot, account, team, e);
            }
        }
        LOG.info("Opened the registry of {} in {} ms", account.username(), (System.nanoTime() - started) / 1_000_000);
        if (password == null) {
            return new AccountSession(account, false, registry, AccountSynchronizer.passwordNeeded(), registry::close);
        }
        Credentials credentials = new Credentials(account.username(), password);
        return new AccountSession(account, false, registry, synchronizer(dataRoot, account, checked, credentials, registry),
                registry::close, actions(account, checked, credentials, registry), features(account, checked, credentials, registry));
    }

    /**
     * The account's last local copy of its team registry, read-only, when the server cannot be reached;
     * any other failure (a refused login, no rights) is said as it is.
     */
    private AccountSession offline(Path dataRoot, Account account, TeamServer team, RuntimeException e) {
        TeamServerCheck.Result why = TeamServerCheck.failure(team, e);
        if (!TeamServerCheck.unreachable(e)) {
            throw new RegistryException("The team registry could not be opened. " + why.message(), e);
        }
        Instant since = unreachableSince.computeIfAbsent(account, a -> Instant.now());
        LOG.warn("The team registry of {} at {} is unreachable: {}", account.username(), team.shownUrl(), why.message());
        ProgramRegistry copy = AccountStore.openTeamCopy(dataRoot, account, since, why.message()).orElseThrow(() ->
                new RegistryException(why.message() + " This computer has no copy of the team registry yet, so there is"
                        + " nothing to show until it can be reached.", e));
        return new AccountSession(account, false, copy, AccountSynchronizer.readOnly(
                "The team registry cannot be reached, so nothing can be synced or changed: Retry in the banner once it is back."),
                copy::close);
    }

    @Override
    public AccountSession openDemo(Path dataRoot) throws Exception {
        SandboxServer sandbox = demoReportDelay == null ? DemoAccount.start() : DemoAccount.start(demoReportDelay);
        LOG.info("Demo account served at {}", sandbox.baseUrl());
        try {
            Account account = DemoAccount.ACCOUNT;
            HibernateProgramRegistry registry = AccountStore.openRegistry(dataRoot, account);
            Credentials credentials = new Credentials(DemoAccount.username(), DemoAccount.password());
            ApiSettings settings = ApiSettings.defaults(sandbox.baseUrl());
            // The demo's identity is fixed but its sandbox (and so its jobs) is new on every start:
            // its actions are keyed by the running sandbox's URL, so no stale demo job is resumed.
            ProgramActions actions = actions(new Account(account.username(), sandbox.baseUrl()), settings,
                    credentials, registry);
            AccountSession session = new AccountSession(account, true, registry,
                    synchronizer(dataRoot, account, settings, credentials, registry),
                    () -> {
                        registry.close();
                        sandbox.close();
                    }, actions, features(account, settings, credentials, registry));
            // The demo's report key is public and its Reporting API is the same sandbox.
            return ReportWiring.withReports(session, sandbox.baseUrl(), DemoAccount.reportKey(), ReportWiring.DEMO_POLL, false);
        } catch (RuntimeException e) {
            sandbox.close();
            throw e;
        }
    }

    /** The demo with reports built in {@code delay} (tests: seconds instead of minutes). */
    LocalBackend withDemoReportDelay(java.time.Duration delay) {
        this.demoReportDelay = delay;
        return this;
    }

    /** Actions use their own client: jobs are polled with this account's credentials only. */
    private static ProgramActions actions(Account account, ApiSettings settings, Credentials credentials,
                                          HibernateProgramRegistry registry) {
        try {
            return ProgramActions.forAccount(account, new PartnerApiClient(settings, credentials), registry,
                    Clock.systemUTC(), Sleeper.REAL);
        } catch (RuntimeException e) {
            LOG.warn("Program actions are off for {}: {}", account.username(), e.toString());
            return null;
        }
    }

    /** Program features and portfolio over their own client; bulk changes on the shared features pool. */
    private io.adsdesk.ui.features.FeatureGateway features(Account account, ApiSettings settings, Credentials credentials,
                                                           HibernateProgramRegistry registry) {
        try {
            io.adsdesk.actions.FeatureService service = new io.adsdesk.actions.FeatureService(
                    new PartnerApiClient(settings, credentials), registry, account.username(), Clock.systemUTC());
            // Data Ingestion credentials (kept by the account gateway) give the service a client that uses them.
            return new FeatureServiceGateway(service, featuresPool(),
                    featureCredentials -> new PartnerApiClient(settings, credentials, featureCredentials));
        } catch (RuntimeException e) {
            LOG.warn("Program features are off for {}: {}", account.username(), e.toString());
            return null;
        }
    }

    private synchronized java.util.concurrent.ExecutorService featuresPool() {
        if (featuresPool == null) {
            featuresPool = threads.fixedPool("features", io.adsdesk.actions.FeatureService.MAX_IN_FLIGHT);
        }
        return featuresPool;
    }

    private RegistrySynchronizer synchronizer(Path dataRoot, Account account, ApiSettings settings,
                                                     Credentials credentials, HibernateProgramRegistry registry) {
        return new RegistrySynchronizer(new PartnerApiClient(settings, credentials), registry, SyncOptions.defaults(),
                AccountSyncGuard.forAccount(account, dataRoot), threads);
    }
}
