package io.adsdesk.cli;

import picocli.CommandLine.Option;

/** {@code --demo | --username U [--base-url URL]}: which account a command works on. */
final class AccountOptions {
    @Option(names = "--demo", description = "Use the built-in demo account.")
    boolean demo;

    @Option(names = "--username", paramLabel = "U", description = "Partner API username.")
    String username;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Partner API base URL (default: https://partner-api.yelp.com).")
    String baseUrl;
}
