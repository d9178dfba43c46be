package io.adsdesk.app;

import io.adsdesk.cli.TeamPasswords;
import io.adsdesk.model.Account;
import io.adsdesk.threads.Threads;

import java.util.Optional;

/**
 * The command line's way to the team-registry passwords the dashboard stored: the OS credential store,
 * looked for only when a command needs it (bounded as at the dashboard's start). Never logs a password.
 */
final class StoredTeamPasswords implements TeamPasswords {

    @Override
    public Optional<String> find(Account account, String url, String user) {
        try (Threads threads = new Threads("adsdesk-credentials");
             CredentialStore store = CredentialStores.choose(threads).join()) {
            if (!store.persistent()) {
                return Optional.empty();
            }
            return new TeamRegistryPasswords(store).load(account, url, user).map(chars -> {
                try {
                    return new String(chars);
                } finally {
                    java.util.Arrays.fill(chars, '\0');
                }
            });
        }
    }
}
