package io.adsdesk.update;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A release feed on 127.0.0.1 that answers what the test sets and records every request it gets. */
public final class FeedServer implements AutoCloseable {
    /** One request as the server saw it. */
    public record Seen(String method, URI uri, Map<String, List<String>> headers) {
    }

    private final HttpServer server;
    private final List<Seen> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String body = "{}";

    public FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI(), Map.copyOf(exchange.getRequestHeaders())));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    /** A GitHub-shaped latest-release answer. */
    public static String release(String tag, boolean prerelease) {
        return """
                {"url":"https://api.github.com/repos/o/adsdesk/releases/1","tag_name":"%s","name":"AdsDesk %s",
                 "draft":false,"prerelease":%s,"html_url":"https://github.com/o/adsdesk/releases/tag/%s",
                 "assets":[{"name":"AdsDesk-x.msi","browser_download_url":"https://github.com/o/adsdesk/releases/download/x"}]}
                """.formatted(tag, tag, prerelease, tag);
    }

    public FeedServer answer(int status, String body) {
        this.status = status;
        this.body = body;
        return this;
    }

    public FeedServer latest(String tag) {
        return answer(200, release(tag, false));
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/repos/o/adsdesk/releases/latest");
    }

    public List<Seen> requests() {
        return requests;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
