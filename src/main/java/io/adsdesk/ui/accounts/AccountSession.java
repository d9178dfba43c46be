package io.adsdesk.ui.accounts;

import io.adsdesk.model.Account;
import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.sync.AccountSynchronizer;

/**
 * An open account: its registry and synchronizer, plus whatever must be closed with it
 * (registry, account lock, the in-process sandbox for the demo). Close on a worker.
 */
public record AccountSession(Account account, boolean demo, ProgramRegistry registry,
                             AccountSynchronizer synchronizer, AutoCloseable resources) implements AutoCloseable {

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
        resources.close();
    }
}
