package io.adsdesk.sandbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.net.httpserver.HttpServer;
import io.adsdesk.threads.Threads;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/**
 * A fake of Yelp's partner API on 127.0.0.1 that keeps the documented contract and its quirks
 * (partner-api.md §6): the read endpoints over a generated account, the asynchronous writes
 * (create, edit, end with job receipts) and pause/resume, Basic auth, fault knobs and a small
 * control plane. Handlers run on virtual threads, so latency sleeps never block others.
 *
 * <pre>{@code
 * try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults())) {
 *     String url = sandbox.baseUrl();   // http://127.0.0.1:41234
 *     sandbox.knobs().latencyMs(250);
 * }
 * }</pre>
 */
public final class SandboxServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);
    private static final int BACKLOG = 256;
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    static {
        // The JDK server leaves Nagle's algorithm on unless told; with the client's delayed ACKs that
        // adds ~40 ms to every multi-segment response. Read once, when the first HttpServer is created.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    private final HttpServer server;
    private final Threads threads;
    private final SandboxAccount account;
    private final SandboxKnobs knobs;
    private final SandboxStats stats;
    private final ReportingKnobs reporting = new ReportingKnobs();
    private final BasicAuth auth;

    private SandboxServer(HttpServer server, Threads threads, SandboxAccount account, SandboxKnobs knobs, SandboxStats stats,
                          BasicAuth auth) {
        this.server = server;
        this.auth = auth;
        this.threads = threads;
        this.account = account;
        this.knobs = knobs;
        this.stats = stats;
    }

    /** Generates the account and starts listening on 127.0.0.1 (port 0: an ephemeral one). */
    public static SandboxServer start(SandboxConfig config) throws IOException {
        SandboxAccount account = AccountGenerator.generate(config.seed(), config.programs(),
                config.businesses(), config.clock());
        SandboxKnobs knobs = new SandboxKnobs(config.knobs());
        SandboxStats stats = new SandboxStats();
        BasicAuth auth = new BasicAuth(config.username(), config.password());
        Faults faults = new Faults(config.seed());
        InetSocketAddress address = new InetSocketAddress(InetAddress.getByName("127.0.0.1"), config.port());
        HttpServer server = HttpServer.create(address, BACKLOG);
        Threads threads = new Threads("sandbox");
        ExecutorService executor = threads.virtualPerTask("http");
        ScheduledExecutorService timer = threads.scheduler("jobs");
        JobEngine jobs = new JobEngine(account, knobs, config.clock(), timer, config.seed());
        server.setExecutor(executor);
        server.createContext("/", new PartnerHandler(knobs, stats, faults, auth, jobs,
                new PartnerRoutes(account, knobs, stats, faults, jobs, timer)));
        server.createContext(ControlHandler.PREFIX, new ControlHandler(account, knobs, stats, jobs));
        SandboxServer sandbox = new SandboxServer(server, threads, account, knobs, stats, auth);
        server.createContext(ReportingHandler.PREFIX, new ReportingHandler(account, sandbox.reporting, config.clock()));
        server.start();
        LOG.debug("sandbox listening on {} with {}", sandbox.baseUrl(), config);
        return sandbox;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public SandboxAccount account() {
        return account;
    }

    public SandboxKnobs knobs() {
        return knobs;
    }

    public SandboxStats stats() {
        return stats;
    }

    /**
     * Accepts a second credential pair, the account's "Data Ingestion" credentials: valid on every partner
     * route, and the only pair with feature access while the {@code features_need_data_ingestion} knob is on.
     */
    public void acceptDataIngestionCredentials(String username, String password) {
        auth.dataIngestion(username, password);
    }

    /** The Reporting API's settings (build delay, JOB_FAILED, key) and request counts. */
    public ReportingKnobs reporting() {
        return reporting;
    }

    /** Stops at once: open exchanges are dropped and sleeping handlers interrupted. */
    @Override
    public void close() {
        server.stop(0);
        threads.close();
    }
}
