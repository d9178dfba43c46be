package io.adsdesk.cli;

import io.adsdesk.api.ApiSettings;
import io.adsdesk.api.Credentials;
import io.adsdesk.model.Account;
import io.adsdesk.sandbox.DemoAccount;
import io.adsdesk.sandbox.SandboxServer;

import java.util.Arrays;
import java.util.Set;

/**
 * Which account a command works on: the built-in demo account (its sandbox started in-process on
 * demand) or a real one given by username and base URL.
 */
final class AccountChoice implements AutoCloseable {
    static final Set<String> VALUED = Set.of("--base-url", "--username");
    static final Set<String> FLAGS = Set.of("--demo");

    private final Account account;
    private final boolean demo;
    private SandboxServer sandbox;

    private AccountChoice(Account account, boolean demo) {
        this.account = account;
        this.demo = demo;
    }

    static AccountChoice from(Options o) throws UsageException {
        if (o.has("--demo")) {
            if (o.has("--username") || o.has("--base-url")) {
                throw new UsageException("--demo cannot be combined with --username or --base-url");
            }
            return new AccountChoice(DemoAccount.ACCOUNT, true);
        }
        if (!o.has("--username")) {
            throw new UsageException("say which account: --demo, or --username U [--base-url URL]");
        }
        String username = o.get("--username").strip();
        if (username.indexOf(':') >= 0) {
            throw new UsageException("--username cannot contain ':' (Basic authentication cannot carry it)");
        }
        String url = o.get("--base-url", ApiSettings.PRODUCTION_URL);
        try {
            ApiSettings.defaults(url);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--base-url must be an http(s) URL with a host, e.g. " + ApiSettings.PRODUCTION_URL
                    + ", not '" + Options.printable(url) + "'");
        }
        return new AccountChoice(new Account(username, url), false);
    }

    Account account() {
        return account;
    }

    boolean isDemo() {
        return demo;
    }

    /** Starts the demo sandbox if needed and returns where to send requests. */
    ApiSettings apiSettings() throws java.io.IOException {
        if (!demo) {
            return ApiSettings.defaults(account.baseUrl());
        }
        if (sandbox == null) {
            sandbox = DemoAccount.start();
        }
        return ApiSettings.defaults(sandbox.baseUrl());
    }

    /** The demo's known password, the named environment variable, or a prompt without echo. */
    Credentials credentials(Options o, Terminal terminal) throws UsageException {
        if (demo) {
            return new Credentials(DemoAccount.username(), DemoAccount.password());
        }
        char[] password;
        if (o.has("--password-env")) {
            String name = o.get("--password-env");
            String value = terminal.env().get(name);
            if (value == null || value.isEmpty()) {
                throw new UsageException("--password-env: the environment variable " + Options.printable(name) + " is not set");
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
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
