package io.adsdesk.archfixtures.api;

/** A wire type: the UI must not see it. */
public record WireRequest(String parameters) {
}
