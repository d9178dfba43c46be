package io.adsdesk.archfixtures.model;

import io.adsdesk.archfixtures.api.WireRequest;

/** Breaks "model imports only java.*". */
public record ModelUsingWireType(WireRequest request) {
}
