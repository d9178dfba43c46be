package io.adsdesk.cli;

import io.adsdesk.api.Credentials;
import io.adsdesk.model.Account;
import io.adsdesk.sandbox.DemoAccount;
import io.adsdesk.sandbox.SandboxServer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** The command line as the app wires it (the sandbox's demo account), for tests in any package. */
public final class TestCli {
    private TestCli() {
    }

    public static Cli create(List<Supplier<Object>> appCommands) {
        return new Cli(new DemoAccess() {
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
                SandboxServer server = DemoAccount.start();
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
        }, Path.of("target", "test-logs"), appCommands);
    }
}
