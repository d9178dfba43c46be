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

    /** Environment variable that sets how many seconds the demo's reports take to build (default two minutes). */
    public static final String REPORT_DELAY_ENV = "ADSDESK_DEMO_REPORT_DELAY_S";

    public static SandboxServer start() throws IOException {
        return start(reportDelay(System.getenv(REPORT_DELAY_ENV)));
    }

    /** Starts the demo with reports built in {@code reportDelay}. */
    public static SandboxServer start(java.time.Duration reportDelay) throws IOException {
        SandboxServer server = SandboxServer.start(SandboxConfig.demo().withLatencyMs(latency(System.getenv(LATENCY_ENV))));
        server.reporting().buildDelay(reportDelay);
        return server;
    }

    static java.time.Duration reportDelay(String env) {
        try {
            long s = env == null ? -1 : Long.parseLong(env.trim());
            return s >= 0 && s <= 3600 ? java.time.Duration.ofSeconds(s) : ReportingKnobs.DEFAULT_BUILD_DELAY;
        } catch (NumberFormatException e) {
            return ReportingKnobs.DEFAULT_BUILD_DELAY;
        }
    }

    /** The demo's report key (Fusion API key) is public too: it only opens the local sandbox's Reporting API. */
    public static char[] reportKey() {
        return ReportingKnobs.DEFAULT_KEY.toCharArray();
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
