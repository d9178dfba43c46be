package io.adsdesk.api;

import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One HTTP exchange with a deadline for the whole of it, body included (a body that trickles in or
 * never ends fails when the deadline passes), and a cap on the answer's size (read as it streams,
 * never buffered beyond the cap). Also says what the failures that are not the API's own mean: a
 * web page instead of the API, an untrusted certificate, an answer too large.
 */
final class Transport {
    static final String WEB_PAGE = "The server answered with a web page, not the partner API (a proxy or sign-in page?)";

    /** What came back: status, headers and the whole body (at most the cap). */
    record Answer(int status, HttpHeaders headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpClient http;
    private final ApiSettings settings;
    private final AtomicInteger requests;

    Transport(HttpClient http, ApiSettings settings, AtomicInteger requests) {
        this.http = http;
        this.settings = settings;
        this.requests = requests;
    }

    /**
     * Sends the request and reads the whole answer within {@link ApiSettings#requestTimeout()}.
     *
     * @throws HttpTimeoutException when the answer was not complete in time
     * @throws CappedBody.TooLarge when the answer is larger than {@link ApiSettings#maxResponseBytes()}
     */
    Answer exchange(HttpRequest request) throws IOException, InterruptedException {
        requests.incrementAndGet();
        CappedBody body = new CappedBody(settings.maxResponseBytes());
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request, body);
        try {
            HttpResponse<byte[]> r = future.get(settings.requestTimeout().toNanos(), TimeUnit.NANOSECONDS);
            return new Answer(r.statusCode(), r.headers(), r.body());
        } catch (TimeoutException e) {
            stop(future, body);
            throw new HttpTimeoutException("no complete answer within " + seconds(settings.requestTimeout()));
        } catch (InterruptedException e) {
            stop(future, body);
            throw e;
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        }
    }

    private static void stop(CompletableFuture<?> future, CappedBody body) {
        body.abort();
        future.cancel(true);
    }

    private static IOException unwrap(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof CappedBody.TooLarge tooLarge) {
                return tooLarge;
            }
        }
        Throwable t = cause;
        while (!(t instanceof IOException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof IOException io ? io : new IOException(cause);
    }

    /**
     * The failure a transport problem means when it is one of the hostile cases (answer too large,
     * untrusted certificate, no complete answer in time); null for an ordinary network error.
     */
    PartnerApiException failure(IOException e) {
        String host = settings.baseUrl().getHost();
        if (e instanceof CappedBody.TooLarge tooLarge) {
            return permanent(new PartnerApiException(PartnerApiException.Kind.UNEXPECTED_RESPONSE, tooLarge.status, null,
                    "The partner API sent an answer larger than " + settings.maxResponseBytes() / 1024
                            + " KB, far beyond any real one; it was not read", null, e));
        }
        if (isCertificateProblem(e)) {
            return new PartnerApiException(PartnerApiException.Kind.UNTRUSTED_SERVER, 0, null,
                    "The server at " + host + " did not prove it is who it claims (its certificate is self-signed, "
                            + "expired or for another name), so AdsDesk sent nothing to it. Check the address and the network.",
                    null, e);
        }
        if (e instanceof HttpTimeoutException && !(e instanceof java.net.http.HttpConnectTimeoutException)) {
            return new PartnerApiException(PartnerApiException.Kind.UNAVAILABLE, 0, null,
                    "The partner API at " + host + " did not answer in full within " + seconds(settings.requestTimeout()),
                    null, e);
        }
        return null;
    }

    /**
     * A web page where the API should answer: HTML in a success, any redirect (they are never
     * followed: the password must not go elsewhere), or 511 (a network that wants a sign-in).
     * Null for anything else.
     */
    static PartnerApiException webPage(Answer answer) {
        int status = answer.status();
        boolean page = status / 100 == 3 || status == 511 || status / 100 == 2 && isHtml(answer);
        if (!page) {
            return null;
        }
        return permanent(new PartnerApiException(PartnerApiException.Kind.UNAVAILABLE, status, null,
                WEB_PAGE, answer.text(), null));
    }

    static boolean isHtml(Answer answer) {
        String type = answer.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (type.contains("html")) {
            return true;
        }
        byte[] body = answer.body();
        String start = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<") && start.contains("<html");
    }

    private static boolean isCertificateProblem(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLHandshakeException || t instanceof SSLPeerUnverifiedException
                    || t instanceof CertificateException) {
                return true;
            }
        }
        return false;
    }

    private static PartnerApiException permanent(PartnerApiException e) {
        e.permanent = true;
        return e;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : "%.1f s".formatted(d.toMillis() / 1000.0);
    }
}
