package io.adsdesk.cli;

import picocli.CommandLine.Option;

/** {@code --demo | --username U [--base-url URL] [--allow-insecure-http]}: which account a command works on. */
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
}
