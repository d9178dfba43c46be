package io.adsdesk.sandbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Front door for every partner route: counts the request, answers 429 at once beyond the
 * concurrency limit, waits the latency, injects the faults the knobs ask for, checks Basic auth
 * (credentials the knobs revoked are refused like bad ones), processes the write jobs that are due,
 * dispatches, and may cut the body short; the {@link HostileKnobs} may change how the answer goes out. A request body is read and ignored (the partner API takes query parameters only). The in-flight count drops just
 * before the reply is sent, so a client that waits for its answers is never counted above its own
 * concurrency.
 */
final class PartnerHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(PartnerHandler.class);

    private final SandboxKnobs knobs;
    private final SandboxStats stats;
    private final Faults faults;
    private final BasicAuth auth;
    private final JobEngine jobs;
    private final PartnerRoutes routes;
    private final HostileReplies hostile;

    PartnerHandler(SandboxKnobs knobs, SandboxStats stats, Faults faults, BasicAuth auth, JobEngine jobs,
                   PartnerRoutes routes) {
        this.knobs = knobs;
        this.stats = stats;
        this.faults = faults;
        this.auth = auth;
        this.jobs = jobs;
        this.routes = routes;
        this.hostile = new HostileReplies(knobs.hostile());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            PartnerRoutes.Match match = routes.match(path);
            int inFlight = stats.enter(match == null ? SandboxStats.UNKNOWN : match.name());
            Reply reply;
            try {
                LOG.debug("{} {} User-Agent: {}", exchange.getRequestMethod(), exchange.getRequestURI(),
                        exchange.getRequestHeaders().getFirst("User-Agent"));
                byte[] body = match != null && match.route() instanceof FeatureHandler
                        ? exchange.getRequestBody().readNBytes(1 << 20) : null;
                if (body == null) {
                    ignoreBody(exchange);
                }
                reply = tooMany(inFlight);
                if (reply == null) {
                    sleep(knobs.latencyMs());
                    reply = faults.roll(knobs.resetRate()) ? null : answer(exchange, path, match, body);
                }
            } finally {
                stats.exit();
            }
            if (reply == null) {
                stats.reset();
                exchange.close(); // nothing sent yet, so the server drops the connection
            } else {
                hostile.send(exchange, hostile.adjust(reply));
            }
        }
    }

    /** 429 at once, before any latency, when the request arrived beyond the concurrency limit. */
    private Reply tooMany(int inFlight) {
        int max = knobs.maxConcurrent();
        if (max > 0 && inFlight > max) {
            stats.tooManyRequests();
            return Reply.error(429, "TOO_MANY_REQUESTS_PER_SECOND",
                    "You have exceeded the queries-per-second limit for this endpoint.").withHeader("Retry-After", "1");
        }
        return null;
    }

    /** The partner API reads only the query string; a body is read, dropped and its length logged. */
    private static void ignoreBody(HttpExchange exchange) throws IOException {
        long length = exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
        if (length > 0) {
            LOG.info("ignored a {}-byte request body on {} {}; parameters belong in the query string", length,
                    exchange.getRequestMethod(), exchange.getRequestURI().getPath());
        }
    }

    private Reply answer(HttpExchange exchange, String path, PartnerRoutes.Match match, byte[] body) {
        Reply intercepted = hostile.interception();
        if (intercepted != null) {
            return intercepted;
        }
        if (faults.roll(knobs.error503Rate())) {
            stats.serverError();
            return Reply.text(503, "text/html; charset=utf-8",
                    "<html><body><h1>503 Service Unavailable</h1>No server is available to handle this request.</body></html>");
        }
        if (faults.roll(knobs.error500Rate())) {
            stats.serverError();
            return Reply.error(500, "INTERNAL_SERVER_ERROR", "An internal error occurred.");
        }
        BasicAuth.Scope scope = auth.scope(exchange.getRequestHeaders().getFirst("Authorization"));
        if (scope == BasicAuth.Scope.NONE || knobs.credentialsRevoked()) {
            stats.unauthorized();
            return BasicAuth.unauthorized();
        }
        jobs.processDue();
        Reply reply = dispatch(match, exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(), body,
                scope == BasicAuth.Scope.DATA_INGESTION);
        if (reply.status() == 200 && faults.roll(knobs.malformedRate())) {
            stats.malformed();
            return reply.truncated();
        }
        return reply;
    }

    private Reply dispatch(PartnerRoutes.Match match, String method, String path, String rawQuery, byte[] body,
                           boolean dataIngestion) {
        if (match == null) {
            return Reply.error(404, "NOT_FOUND", "The requested URL was not found on this server: " + path);
        }
        if (match.route() instanceof FeatureHandler features) {
            try {
                return features.handle(method, path, body, dataIngestion);
            } catch (RuntimeException e) {
                LOG.warn("sandbox route failed on {}", path, e);
                return Reply.error(500, "INTERNAL_SERVER_ERROR", "An internal error occurred.");
            }
        }
        if (!method.equals(match.method())) {
            return Reply.error(405, "METHOD_NOT_ALLOWED", method + " is not allowed on " + path)
                    .withHeader("Allow", match.method());
        }
        try {
            return match.route().handle(PartnerRequest.of(method, path, rawQuery));
        } catch (PartnerRequest.BadRequest e) {
            return Reply.badRequest(e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("sandbox route failed on {}", path, e);
            return Reply.error(500, "INTERNAL_SERVER_ERROR", "An internal error occurred.");
        }
    }

    private static void sleep(long ms) {
        if (ms <= 0) {
            return;
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
