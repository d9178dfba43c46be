package io.adsdesk.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The fake-only control plane under {@code /_sandbox/} (partner-api.md §6.8), without partner
 * auth, latency or faults, and not counted in the stats:
 * {@code POST /_sandbox/drift?added=&removed=&modified=}, {@code POST /_sandbox/knobs?latency_ms=...}
 * (GET shows them), {@code GET /_sandbox/stats}, and the out-of-band changes and forced job
 * outcomes of {@link OutOfBandControl}: {@code POST /_sandbox/programs/{id}},
 * {@code POST /_sandbox/businesses/{id}}, {@code POST /_sandbox/jobs/force}.
 */
final class ControlHandler implements HttpHandler {
    static final String PREFIX = "/_sandbox/";

    private final SandboxAccount account;
    private final SandboxKnobs knobs;
    private final SandboxStats stats;
    private final JobEngine jobs;
    private final OutOfBandControl outOfBand;

    ControlHandler(SandboxAccount account, SandboxKnobs knobs, SandboxStats stats, JobEngine jobs) {
        this.account = account;
        this.knobs = knobs;
        this.stats = stats;
        this.jobs = jobs;
        this.outOfBand = new OutOfBandControl(account, knobs);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            PartnerRequest request = PartnerRequest.of(method, exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery());
            Reply reply;
            try {
                reply = answer(method, request);
            } catch (IllegalArgumentException | PartnerRequest.BadRequest e) {
                reply = Reply.badRequest(e.getMessage());
            }
            Exchanges.send(exchange, reply);
        }
    }

    private Reply answer(String method, PartnerRequest request) {
        String action = request.path().substring(PREFIX.length());
        boolean post = method.equals("POST");
        if (action.startsWith(OutOfBandControl.PROGRAMS) || action.startsWith(OutOfBandControl.BUSINESSES)) {
            if (!post) {
                return notAllowed("POST");
            }
            jobs.processDue();
            return action.startsWith(OutOfBandControl.PROGRAMS)
                    ? outOfBand.program(action.substring(OutOfBandControl.PROGRAMS.length()), request)
                    : outOfBand.business(action.substring(OutOfBandControl.BUSINESSES.length()), request);
        }
        return switch (action) {
            case OutOfBandControl.FORCE -> post ? outOfBand.force(request) : notAllowed("POST");
            case "drift" -> post ? drift(request) : notAllowed("POST");
            case "knobs" -> post || method.equals("GET") ? knobs(post, request) : notAllowed("GET, POST");
            case "stats" -> method.equals("GET") ? stats() : notAllowed("GET");
            default -> Reply.error(404, "NOT_FOUND", "no control endpoint " + request.path());
        };
    }

    private Reply drift(PartnerRequest request) {
        SandboxDrift drift = account.applyDrift(request.intParam("added", 0, 0, 1_000_000),
                request.intParam("removed", 0, 0, 1_000_000), request.intParam("modified", 0, 0, 1_000_000));
        return Reply.json(200, Json.write(g -> {
            g.writeStartObject();
            Json.stringArray(g, "added", drift.added());
            Json.stringArray(g, "removed", drift.removed());
            Json.stringArray(g, "modified", drift.modified());
            g.writeNumberField("program_count", account.programCount());
            g.writeEndObject();
        }));
    }

    private Reply knobs(boolean post, PartnerRequest request) {
        if (post) {
            for (Map.Entry<String, List<String>> e : request.query().entrySet()) {
                KnobParams.set(knobs, e.getKey(), e.getValue().getLast(), e.getKey());
            }
        }
        return Reply.json(200, Json.write(g -> KnobParams.write(g, knobs)));
    }

    private Reply stats() {
        return Reply.json(200, Json.write(g -> {
            g.writeStartObject();
            g.writeNumberField("requests", stats.requests());
            g.writeObjectFieldStart("routes");
            for (Map.Entry<String, Long> e : stats.routeCounts().entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeNumberField("in_flight", stats.inFlight());
            g.writeNumberField("max_concurrent", stats.maxConcurrent());
            g.writeNumberField("too_many_requests", stats.tooManyRequestsInjected());
            g.writeNumberField("server_errors", stats.serverErrorsInjected());
            g.writeNumberField("resets", stats.resetsInjected());
            g.writeNumberField("malformed", stats.malformedInjected());
            g.writeNumberField("unauthorized", stats.unauthorizedAnswered());
            g.writeNumberField("program_count", account.programCount());
            g.writeNumberField("jobs_pending", jobs.pendingCount());
            g.writeEndObject();
        }));
    }

    private static Reply notAllowed(String allow) {
        return Reply.error(405, "METHOD_NOT_ALLOWED", "use " + allow).withHeader("Allow", allow);
    }
}
