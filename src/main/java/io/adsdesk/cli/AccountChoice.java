package io.adsdesk.cli;

import io.adsdesk.api.ApiSettings;
import io.adsdesk.api.Credentials;
import io.adsdesk.model.Account;

import java.io.IOException;
import java.util.Arrays;

/**
 * Which account a command works on: the built-in demo account (its API started in-process on
 * demand) or a real one given by username and base URL.
 */
final class AccountChoice implements AutoCloseable {
    private final Account account;
    private final DemoAccess demo;
    private final boolean allowInsecureHttp;
    private DemoAccess.RunningApi running;

    private AccountChoice(Account account, DemoAccess demo, boolean allowInsecureHttp) {
        this.account = account;
        this.demo = demo;
        this.allowInsecureHttp = allowInsecureHttp;
    }

    static AccountChoice from(AccountOptions o, DemoAccess demo) throws UsageException {
        if (o.demo) {
            if (o.username != null || o.baseUrl != null || o.allowInsecureHttp) {
                throw new UsageException("--demo cannot be combined with --username, --base-url or --allow-insecure-http");
            }
            return new AccountChoice(demo.account(), demo, false);
        }
        if (o.username == null) {
            throw new UsageException("say which account: --demo, or --username U [--base-url URL]");
        }
        String username = o.username.strip();
        if (username.indexOf(':') >= 0) {
            throw new UsageException("--username cannot contain ':' (Basic authentication cannot carry it)");
        }
        String url = o.baseUrl == null ? ApiSettings.PRODUCTION_URL : o.baseUrl;
        String insecure = o.allowInsecureHttp ? null : ApiSettings.insecureHttpProblem(url);
        if (insecure != null) {
            throw new UsageException("--base-url: " + Text.printable(insecure) + " (pass --allow-insecure-http)");
        }
        try {
            ApiSettings.defaults(url, o.allowInsecureHttp);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--base-url must be an http(s) URL with a host, e.g. " + ApiSettings.PRODUCTION_URL
                    + ", not '" + Text.printable(url) + "'");
        }
        return new AccountChoice(new Account(username, url), null, o.allowInsecureHttp);
    }

    Account account() {
        return account;
    }

    boolean isDemo() {
        return demo != null;
    }

    /** How the account is named in messages: the demo's internal address is never shown. */
    String describe() {
        return isDemo() ? "the demo account"
                : Text.printable(account.username()) + " at " + Text.printable(account.baseUrl());
    }

    /** Starts the demo's API if needed and returns where to send requests. */
    ApiSettings apiSettings() throws CommandException {
        if (!isDemo()) {
            return ApiSettings.defaults(account.baseUrl(), allowInsecureHttp);
        }
        if (running == null) {
            try {
                running = demo.start();
            } catch (IOException e) {
                throw new CommandException(ExitCode.OTHER, "could not start the demo account: " + Text.printable(
                        String.valueOf(e.getMessage())), e);
            }
        }
        return ApiSettings.defaults(running.baseUrl());
    }

    /** The demo's known password, the named environment variable, or a prompt without echo. */
    Credentials credentials(String passwordEnv, Terminal terminal) throws UsageException {
        if (isDemo()) {
            return demo.credentials();
        }
        char[] password;
        if (passwordEnv != null) {
            String value = terminal.env().get(passwordEnv);
            if (value == null || value.isEmpty()) {
                throw new UsageException("--password-env: the environment variable " + Text.printable(passwordEnv) + " is not set");
            }
            password = value.toCharArray();
        } else {
            password = terminal.prompt().ask("Password for " + account.username() + ": ");
            if (password == null) {
                throw new UsageException("no password: pass --password-env VAR (there is no terminal to ask on)");
            }
            if (password.length == 0) {
                throw new UsageException("the password is empty");
            }
        }
        try {
            return new Credentials(account.username(), password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    @Override
    public void close() {
        if (running != null) {
            running.close();
        }
    }
}
