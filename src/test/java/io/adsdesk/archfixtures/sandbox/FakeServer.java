package io.adsdesk.archfixtures.sandbox;

/** A stand-in for the partner-API sandbox. */
public final class FakeServer {
    public String baseUrl() {
        return "http://127.0.0.1:1";
    }
}
