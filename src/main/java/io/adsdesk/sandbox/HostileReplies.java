package io.adsdesk.sandbox;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Applies the {@link HostileKnobs} to partner answers: a sign-in page instead of the API, escape
 * sequences in errors, and bodies sent one byte at a time, padded to many megabytes, or never
 * finished. With every hostile knob off, answers go out unchanged.
 */
final class HostileReplies {
    static final String SIGN_IN_PAGE = "<!DOCTYPE html><html><head><title>Sign in to the network</title></head>"
            + "<body><h1>Welcome!</h1><p>Please sign in to use the Wi-Fi.</p><form><input name=\"room\"></form></body></html>";
    /** How long an endless body keeps going at most, so a forgotten client cannot hold a thread for ever. */
    private static final long ENDLESS_LIMIT_MS = 10 * 60_000;
    private static final long ENDLESS_STEP_MS = 50;
    private static final int CHUNK = 64 * 1024;

    private final HostileKnobs knobs;

    HostileReplies(HostileKnobs knobs) {
        this.knobs = knobs;
    }

    /** The captive-portal page, when that knob is on; null otherwise. */
    Reply interception() {
        return knobs.webPage() ? Reply.text(200, "text/html; charset=utf-8", SIGN_IN_PAGE) : null;
    }

    /** The reply, with escape sequences in its error when that knob is on. */
    Reply adjust(Reply reply) {
        if (reply.status() >= 400 && knobs.escapesInErrors()) {
            return Reply.error(reply.status(), "BAD" + HostileKnobs.ESCAPES, "Request refused." + HostileKnobs.ESCAPES);
        }
        return reply;
    }

    /** Sends the reply the way the knobs say; a client that goes away ends it quietly. */
    void send(HttpExchange exchange, Reply reply) throws IOException {
        long trickle = knobs.trickleMs();
        long pad = knobs.padBytes();
        try {
            if (knobs.endlessBody()) {
                endless(exchange);
            } else if ((trickle > 0 || pad > 0) && reply.body().length > 0) {
                streamed(exchange, reply, trickle, Math.max(0, pad - reply.body().length));
            } else {
                Exchanges.send(exchange, reply);
            }
        } catch (IOException clientGone) {
            exchange.close();
        }
    }

    private static void endless(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", Reply.JSON);
        exchange.sendResponseHeaders(200, 0); // chunked
        OutputStream out = exchange.getResponseBody();
        out.write("{\"program_status\":\"ALL\",\"total\":40,\"offset\":0,\"limit\":40,\"payment_programs\":[".getBytes(StandardCharsets.UTF_8));
        out.flush();
        long until = System.currentTimeMillis() + ENDLESS_LIMIT_MS;
        while (System.currentTimeMillis() < until && pause(ENDLESS_STEP_MS)) {
            out.write(' ');
            out.flush();
        }
        exchange.close();
    }

    private static void streamed(HttpExchange exchange, Reply reply, long trickleMs, long padding) throws IOException {
        if (reply.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        }
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(reply.status(), reply.body().length + padding);
        try (OutputStream out = exchange.getResponseBody()) {
            if (trickleMs > 0) {
                for (byte b : reply.body()) {
                    out.write(b);
                    out.flush();
                    if (!pause(trickleMs)) {
                        return;
                    }
                }
            } else {
                out.write(reply.body());
            }
            byte[] blanks = new byte[CHUNK];
            Arrays.fill(blanks, (byte) ' ');
            for (long left = padding; left > 0; left -= CHUNK) {
                out.write(blanks, 0, (int) Math.min(CHUNK, left));
            }
        }
        exchange.close();
    }

    /** False when the server is stopping. */
    private static boolean pause(long ms) {
        try {
            Thread.sleep(ms);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
