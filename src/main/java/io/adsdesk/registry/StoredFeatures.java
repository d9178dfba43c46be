package io.adsdesk.registry;

import java.time.Instant;

/** A program's features as last read from Yelp: the GET answer's JSON text and when it was read. */
public record StoredFeatures(String programId, String json, Instant readAt) {
}
