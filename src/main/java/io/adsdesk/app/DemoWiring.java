package io.adsdesk.app;

import io.adsdesk.api.Credentials;
import io.adsdesk.cli.DemoAccess;
import io.adsdesk.model.Account;
import io.adsdesk.sandbox.DemoAccount;
import io.adsdesk.sandbox.SandboxServer;

import java.io.IOException;

/**
 * The demo account for the command line: the sandbox's demo, started in-process when a command
 * needs it. Public so tests build the command line exactly as {@link Main} does.
 */
public final class DemoWiring implements DemoAccess {
    private final java.time.Duration reportDelay;

    /** Reports take as long as {@link DemoAccount#REPORT_DELAY_ENV} says, two minutes by default. */
    public DemoWiring() {
        this(null);
    }

    /** Reports take {@code reportDelay} to build (tests: a fraction of a second). */
    public DemoWiring(java.time.Duration reportDelay) {
        this.reportDelay = reportDelay;
    }

    @Override
    public char[] reportKey() {
        return DemoAccount.reportKey();
    }

    @Override
    public Account account() {
        return DemoAccount.ACCOUNT;
    }

    @Override
    public Credentials credentials() {
        return new Credentials(DemoAccount.username(), DemoAccount.password());
    }

    @Override
    public RunningApi start() throws IOException {
        SandboxServer server = reportDelay == null ? DemoAccount.start() : DemoAccount.start(reportDelay);
        return new RunningApi() {
            @Override
            public String baseUrl() {
                return server.baseUrl();
            }

            @Override
            public void close() {
                server.close();
            }
        };
    }
}
