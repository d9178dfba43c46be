package io.adsdesk.cli;

import io.adsdesk.registry.TeamServer;

import java.util.Map;

/** Reads the team registry options: {@code --registry-url} (or ADSDESK_REGISTRY_URL), user, password variable. */
final class TeamRegistryOption {
    static final String URL_ENV = "ADSDESK_REGISTRY_URL";

    private TeamRegistryOption() {
    }

    /** The team server named, or null for the local registry. */
    static TeamServer of(AccountOptions o, Map<String, String> env) throws UsageException {
        return of(o, env, null, TeamPasswords.NONE);
    }

    /**
     * As {@link #of(AccountOptions, Map)}; without {@code --registry-password-env}, the password stored for
     * {@code account}'s team registry at that URL and user ({@code stored}), if any.
     */
    static TeamServer of(AccountOptions o, Map<String, String> env, io.adsdesk.model.Account account, TeamPasswords stored)
            throws UsageException {
        if (o.registryUrl != null && o.registryUrl.isBlank()) {
            throw new UsageException("--registry-url: empty; a team registry URL looks like jdbc:postgresql://HOST:PORT/DATABASE");
        }
        String url = o.registryUrl != null ? o.registryUrl : env.get(URL_ENV);
        if (url == null || url.isBlank()) {
            if (o.registryUser != null || o.registryPasswordEnv != null) {
                throw new UsageException("--registry-user and --registry-password-env need --registry-url"
                        + " (or ADSDESK_REGISTRY_URL)");
            }
            return null;
        }
        String option = o.registryUrl != null ? "--registry-url" : URL_ENV;
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new UsageException(option + ": not a team registry URL; one looks like jdbc:postgresql://HOST:PORT/DATABASE");
        }
        return new TeamServer(url, o.registryUser, password(o, env, account, url, stored));
    }

    /** From the variable {@code --registry-password-env} names, else from the credential store, else none. */
    static String password(AccountOptions o, Map<String, String> env, io.adsdesk.model.Account account, String url,
                           TeamPasswords stored) throws UsageException {
        if (o.registryPasswordEnv != null) {
            String password = env.get(o.registryPasswordEnv);
            if (password == null) {
                throw new UsageException("--registry-password-env: the environment variable "
                        + Text.printable(o.registryPasswordEnv) + " is not set");
            }
            return password;
        }
        return account == null ? null : stored.find(account, url, o.registryUser).orElse(null);
    }
}
