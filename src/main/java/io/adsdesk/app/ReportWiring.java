package io.adsdesk.app;

import io.adsdesk.api.ApiSettings;
import io.adsdesk.api.ReportingClient;
import io.adsdesk.api.ReportingKey;
import io.adsdesk.model.Account;
import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.registry.ReportCache;
import io.adsdesk.reports.Reports;
import io.adsdesk.reports.YelpReports;
import io.adsdesk.ui.accounts.AccountSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Performance reports of an open account: the registry's cache plus, when the account has a report
 * key, Yelp's Reporting API. The key (a Fusion API key) is a separate credential kept in the
 * credential store under its own entry, never in a file or a log.
 */
final class ReportWiring {
    private static final Logger LOG = LoggerFactory.getLogger(ReportWiring.class);
    /** Polling the demo's Reporting API: its reports take minutes, not half an hour. */
    static final Duration DEMO_POLL = Duration.ofSeconds(5);

    private ReportWiring() {
    }

    /** The credential-store entry of an account's report key: apart from its password. */
    static Account keyEntry(Account account) {
        return new Account(account.username() + "#report-key", account.baseUrl());
    }

    static Optional<char[]> loadKey(CredentialStore store, Account account) {
        return store.load(keyEntry(account));
    }

    static void saveKey(CredentialStore store, Account account, char[] key) {
        store.save(keyEntry(account), key);
    }

    static void forgetKey(CredentialStore store, Account account) {
        store.forget(keyEntry(account));
    }

    /**
     * Where the Reporting API is for an account: Yelp's api host for an account on Yelp's partner
     * API; the account's own address otherwise (a sandbox serves both on one address).
     */
    static String reportingUrl(Account account) {
        return account.baseUrl().equalsIgnoreCase(ApiSettings.PRODUCTION_URL) ? ReportingClient.PRODUCTION_URL
                : account.baseUrl();
    }

    /** Yelp's Reporting API with {@code key}, which is wiped; refused in plain words for an address it cannot use. */
    static YelpReports yelp(String reportingUrl, char[] key, boolean allowInsecureHttp) {
        try {
            return new YelpReports(new ReportingClient(ApiSettings.defaults(reportingUrl, allowInsecureHttp),
                    new ReportingKey(key)));
        } finally {
            Arrays.fill(key, '\0');
        }
    }

    /**
     * Keeps the report key entered while the account is open (forgets it when empty) and gives the open
     * session's reports Yelp's Reporting API with it at once, or takes it away. The key is checked
     * before it is stored, so a key that cannot be used is not kept.
     */
    static void useKey(CredentialStore store, AccountSession session, char[] key, boolean allowInsecureHttp) {
        if (key == null || key.length == 0) {
            forgetKey(store, session.account());
            if (session.reports() != null) {
                session.reports().useSource(null);
            }
            return;
        }
        char[] kept = key.clone();
        try {
            YelpReports source = yelp(reportingUrl(session.account()), key, allowInsecureHttp);
            saveKey(store, session.account(), kept);
            if (session.reports() != null) {
                session.reports().useSource(source);
            }
        } finally {
            Arrays.fill(kept, '\0');
        }
    }

    /**
     * The session with its reports; polling of stored requests resumes at once. Without a key only
     * cached figures are shown. A registry that keeps no figures gives the session unchanged.
     */
    static AccountSession withReports(AccountSession session, String reportingUrl, char[] key, Duration pollInterval,
            boolean allowInsecureHttp) {
        ReportCache cache;
        try {
            ProgramRegistry registry = session.registry();
            if (registry == null) {
                return session;
            }
            cache = registry.reportCache();
        } catch (UnsupportedOperationException e) {
            return session;
        }
        YelpReports source = null;
        if (key != null && key.length > 0) {
            try {
                source = yelp(reportingUrl, key, allowInsecureHttp);
            } catch (IllegalArgumentException e) {
                LOG.warn("Reports of {} work from the cache only: {}", session.account().username(), e.getMessage());
            }
        }
        Reports reports = new Reports(cache, source, Clock.systemUTC(), pollInterval);
        if (reports.canRequest()) {
            reports.service().resumePending();
        }
        return new AccountSession(session.account(), session.demo(), session.registry(), session.synchronizer(),
                session.resources(), session.actions(), session.features(), reports);
    }
}
