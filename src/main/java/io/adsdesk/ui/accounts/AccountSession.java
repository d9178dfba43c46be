package io.adsdesk.ui.accounts;

import io.adsdesk.actions.ProgramActions;
import io.adsdesk.model.Account;
import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.reports.Reports;
import io.adsdesk.sync.AccountSynchronizer;

/**
 * An open account: its registry and synchronizer, plus whatever must be closed with it
 * (registry, account lock, the in-process sandbox for the demo). Close on a worker.
 *
 * @param actions program actions for the account; null when it has none (opened from the cache
 *                without a password)
 * @param features the account's program features and portfolio; null when it has none
 * @param reports the account's performance reports (cache and Reporting API); null when the
 *                registry keeps none. Closed with the session.
 */
public record AccountSession(Account account, boolean demo, ProgramRegistry registry,
                             AccountSynchronizer synchronizer, AutoCloseable resources,
                             ProgramActions actions, io.adsdesk.ui.features.FeatureGateway features,
                             Reports reports) implements AutoCloseable {

    /** A session without reports. */
    public AccountSession(Account account, boolean demo, ProgramRegistry registry, AccountSynchronizer synchronizer,
                          AutoCloseable resources, ProgramActions actions, io.adsdesk.ui.features.FeatureGateway features) {
        this(account, demo, registry, synchronizer, resources, actions, features, null);
    }

    /** A session without program features or reports. */
    public AccountSession(Account account, boolean demo, ProgramRegistry registry, AccountSynchronizer synchronizer,
                          AutoCloseable resources, ProgramActions actions) {
        this(account, demo, registry, synchronizer, resources, actions, null);
    }

    /** A session without program actions. */
    public AccountSession(Account account, boolean demo, ProgramRegistry registry, AccountSynchronizer synchronizer,
                          AutoCloseable resources) {
        this(account, demo, registry, synchronizer, resources, null, null);
    }

    /** What the toolbar shows: "Demo account" or "user @ host". */
    public String title() {
        if (demo) {
            return "Demo account";
        }
        String host = account.baseUrl().replaceFirst("^https?://", "");
        return account.username() + " @ " + host;
    }

    @Override
    public void close() throws Exception {
        if (reports != null) {
            reports.close();
        }
        resources.close();
    }
}
