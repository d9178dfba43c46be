package io.adsdesk.ui.features;

import java.time.Instant;
import java.util.Map;

/**
 * A program's features as read from Yelp at {@code readAt}: type to JSON-shaped object, only the
 * types the program supports, in the order Yelp sent them.
 */
public record FeatureCopy(String programId, String programType, Map<String, Map<String, Object>> features, Instant readAt) {
    public FeatureCopy {
        features = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(features));
    }
}
