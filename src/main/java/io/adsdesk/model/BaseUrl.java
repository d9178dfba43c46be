package io.adsdesk.model;

import java.net.URI;
import java.util.Locale;

/** The base URL of a partner-API account: an http(s) address with a host, without trailing slashes. */
public final class BaseUrl {
    /** Yelp's production partner API. */
    public static final String PRODUCTION = "https://partner-api.yelp.com";

    private BaseUrl() {
    }

    /** Trims {@code text}, drops trailing slashes and checks it; throws with a one-line reason when it is no base URL. */
    public static URI parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("base URL is empty");
        }
        String s = text.trim();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        URI uri;
        try {
            uri = URI.create(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a valid URL: " + text);
        }
        check(uri);
        return uri;
    }

    /** Throws unless {@code uri} is an http(s) URL with a host. */
    public static void check(URI uri) {
        if (uri == null || uri.getScheme() == null || uri.getHost() == null
                || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
            throw new IllegalArgumentException("base URL must be an http(s) URL with a host, e.g. " + PRODUCTION);
        }
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Why this URL is refused without an explicit permission for insecure HTTP, in plain words; null
     * when it is fine (https, or http to this computer). Invalid URLs give null: others report them.
     */
    public static String insecureHttpProblem(String baseUrl) {
        try {
            return insecureHttpProblem(parse(baseUrl));
        } catch (IllegalArgumentException invalid) {
            return null;
        }
    }

    /** As {@link #insecureHttpProblem(String)}, for a parsed URL. */
    public static String insecureHttpProblem(URI url) {
        if (url.getScheme() == null || !url.getScheme().equalsIgnoreCase("http") || url.getHost() == null
                || isLoopback(url.getHost())) {
            return null;
        }
        return "http:// would send the password unencrypted to " + url.getHost()
                + "; use https://, or allow insecure HTTP explicitly";
    }

    /** This computer, judged from the name alone (no lookup): localhost, 127.x.x.x or ::1. */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.endsWith(".localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
                || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }
}
