package io.adsdesk.cli;

import io.adsdesk.api.Credentials;
import io.adsdesk.model.Account;

import java.io.IOException;

/**
 * The built-in demo account, as the app supplies it to the command line: its fixed identity, its
 * public credentials, and its partner API started in-process on demand.
 */
public interface DemoAccess {
    /** The demo's identity: the same on every start, so its local data is found again. */
    Account account();

    Credentials credentials();

    /** The demo's report key (Fusion API key) for its Reporting API, served at the same address. */
    default char[] reportKey() {
        return null;
    }

    /** Starts the demo's partner API; closing what it returns stops it. */
    RunningApi start() throws IOException;

    /** A started demo API. */
    interface RunningApi extends AutoCloseable {
        String baseUrl();

        @Override
        void close();
    }
}
