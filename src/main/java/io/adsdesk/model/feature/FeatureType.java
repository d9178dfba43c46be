package io.adsdesk.model.feature;

import java.util.Optional;

/** The feature types of Yelp's Program Feature API that AdsDesk knows, with their labels. */
public enum FeatureType {
    LINK_TRACKING("Link tracking"),
    NEGATIVE_KEYWORD_TARGETING("Negative keywords"),
    STRICT_CATEGORY_TARGETING("Strict category targeting"),
    AD_SCHEDULING("Ad scheduling"),
    CUSTOM_LOCATION_TARGETING("Custom locations"),
    AD_GOAL("Ad goal"),
    CALL_TRACKING("Call tracking"),
    BUSINESS_HIGHLIGHTS("Business highlights"),
    VERIFIED_LICENSE("Verified licenses"),
    CUSTOM_RADIUS_TARGETING("Custom radius"),
    CUSTOM_AD_TEXT("Custom ad text"),
    CUSTOM_AD_PHOTO("Custom ad photo"),
    BUSINESS_LOGO("Business logo"),
    YELP_PORTFOLIO("Portfolio");

    private final String label;

    FeatureType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The known type with this wire name (case as Yelp sends it), or empty for a type AdsDesk does not know. */
    public static Optional<FeatureType> of(String name) {
        for (FeatureType t : values()) {
            if (t.name().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
