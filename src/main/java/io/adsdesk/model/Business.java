package io.adsdesk.model;

import java.time.Instant;

/**
 * A business known to the registry. The name is null until Business Info has answered for it.
 *
 * @param refreshedAt when the name was last fetched; null if never
 */
public record Business(
        String yelpBusinessId,
        String name,
        String partnerBusinessId,
        String city,
        boolean closed,
        boolean removedFromSearch,
        Instant refreshedAt) {

    /** The name if known, else the ID: what the UI shows. */
    public String displayName() {
        return name == null || name.isBlank() ? yelpBusinessId : name;
    }
}
