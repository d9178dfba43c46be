package io.adsdesk.archfixtures.registry;

import io.adsdesk.archfixtures.api.WireRequest;

/** Breaks "api and registry see only model": the store reads a wire type. */
final class RegistryUsingWireType {
    String stored(WireRequest request) {
        return request.parameters();
    }
}
