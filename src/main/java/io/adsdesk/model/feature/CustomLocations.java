package io.adsdesk.model.feature;

import java.util.List;

/** CUSTOM_LOCATION_TARGETING: per business, up to 25 US zip codes, cities, counties or states. */
public record CustomLocations(List<BusinessLocations> businesses) implements Feature {
    public static final int MAX_LOCATIONS = 25;

    public CustomLocations {
        businesses = Text.copy(businesses);
    }

    /** One business's locations. */
    public record BusinessLocations(String businessId, List<String> locations) {
        public BusinessLocations {
            locations = Text.copy(locations).stream().filter(l -> l != null && !l.isBlank()).map(String::strip).distinct().toList();
        }
    }

    @Override
    public String typeName() {
        return FeatureType.CUSTOM_LOCATION_TARGETING.name();
    }

    @Override
    public boolean active() {
        return businesses.stream().anyMatch(b -> !b.locations().isEmpty());
    }

    @Override
    public String summary() {
        int n = businesses.stream().mapToInt(b -> b.locations().size()).sum();
        return n == 0 ? "Off" : Text.plural(n, "location", "locations");
    }
}
