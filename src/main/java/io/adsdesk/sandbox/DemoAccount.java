package io.adsdesk.sandbox;

import io.adsdesk.model.Account;

import java.io.IOException;

/**
 * The built-in demo account: the sandbox, started in-process on demand, serving a generated
 * 2,000-program account at a realistic latency. Its identity is fixed (the sandbox's port is not),
 * so its local registry is found again on the next start.
 */
public final class DemoAccount {
    public static final Account ACCOUNT = new Account(SandboxConfig.DEFAULT_USERNAME, "https://demo.adsdesk.invalid");

    private DemoAccount() {
    }

    /** Latency of the demo's partner API: a sync takes a second or two, as a small real account would. */
    public static final long LATENCY_MS = 250;
    /** Environment variable that sets another latency (ms), e.g. to slow the demo down for a presentation. */
    public static final String LATENCY_ENV = "ADSDESK_DEMO_LATENCY_MS";

    public static SandboxServer start() throws IOException {
        return SandboxServer.start(SandboxConfig.demo().withLatencyMs(latency(System.getenv(LATENCY_ENV))));
    }

    static long latency(String env) {
        try {
            long ms = env == null ? LATENCY_MS : Long.parseLong(env.trim());
            return ms >= 0 && ms <= 60_000 ? ms : LATENCY_MS;
        } catch (NumberFormatException e) {
            return LATENCY_MS;
        }
    }

    public static String username() {
        return SandboxConfig.DEFAULT_USERNAME;
    }

    /** The demo's password is public: it only opens the local sandbox. */
    public static char[] password() {
        return SandboxConfig.DEFAULT_PASSWORD.toCharArray();
    }
}
