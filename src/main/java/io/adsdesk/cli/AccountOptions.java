package io.adsdesk.cli;

import picocli.CommandLine.Option;

/**
 * {@code --demo | --username U [--base-url URL] [--allow-insecure-http]}: which account a command works on;
 * {@code [--registry-url URL --registry-user U --registry-password-env VAR]}: its registry on a team's server.
 */
final class AccountOptions {
    @Option(names = "--demo", description = "Use the built-in demo account.")
    boolean demo;

    @Option(names = "--username", paramLabel = "U", description = "Partner API username.")
    String username;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Partner API base URL (default: https://partner-api.yelp.com).")
    String baseUrl;

    @Option(names = "--allow-insecure-http",
            description = "Allow a plain http:// base URL to another computer (sends the password unencrypted).")
    boolean allowInsecureHttp;

    @Option(names = "--registry-url", paramLabel = "URL",
            description = "Team registry on PostgreSQL: jdbc:postgresql://HOST:PORT/DB (add ?sslmode=verify-full across a"
                    + " network); default: ADSDESK_REGISTRY_URL, else the local registry.")
    String registryUrl;

    @Option(names = "--registry-user", paramLabel = "U", description = "Database user of the team registry.")
    String registryUser;

    @Option(names = "--registry-password-env", paramLabel = "VAR",
            description = "Environment variable holding the team registry's database password; without it, the password"
                    + " the dashboard keeps in the OS credential store for this account, URL and user (if any).")
    String registryPasswordEnv;
}
