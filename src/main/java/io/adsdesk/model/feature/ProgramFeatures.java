package io.adsdesk.model.feature;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A program's features as Yelp answered (the GET shape): only the types the program supports, in
 * Yelp's order, with the time they were read.
 */
public record ProgramFeatures(String programId, String programType, Map<String, Feature> features, Instant readAt) {
    public ProgramFeatures {
        Objects.requireNonNull(programId, "programId");
        features = features == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(features));
    }

    /** The feature of this type, if the program supports it. */
    public Optional<Feature> get(String typeName) {
        return Optional.ofNullable(features.get(typeName));
    }

    public Optional<Feature> get(FeatureType type) {
        return get(type.name());
    }

    /** Whether the program supports this type. */
    public boolean supports(String typeName) {
        return features.containsKey(typeName);
    }

    /** The types that are on. */
    public List<String> activeTypes() {
        return features.values().stream().filter(Feature::active).map(Feature::typeName).toList();
    }

    /** The same features with these replaced or added (a merge, as Yelp's POST does). */
    public ProgramFeatures merge(List<Feature> changed, Instant at) {
        Map<String, Feature> next = new LinkedHashMap<>(features);
        for (Feature f : changed) {
            next.put(f.typeName(), f);
        }
        return new ProgramFeatures(programId, programType, next, at);
    }

    /** Types whose value differs between {@code before} and this, in this copy's order (added and removed types too). */
    public List<String> changedSince(ProgramFeatures before) {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, Feature> e : features.entrySet()) {
            if (!Objects.equals(e.getValue(), before.features().get(e.getKey()))) {
                changed.add(e.getKey());
            }
        }
        for (String type : before.features().keySet()) {
            if (!features.containsKey(type)) {
                changed.add(type);
            }
        }
        return changed;
    }
}
