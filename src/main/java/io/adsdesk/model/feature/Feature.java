package io.adsdesk.model.feature;

/**
 * One feature's value as Yelp holds it. Every known type is a record here; a type AdsDesk does not
 * know is an {@link UnknownFeature} holding the raw JSON text.
 */
public sealed interface Feature permits LinkTracking, NegativeKeywords, StrictCategoryTargeting, AdScheduling,
        CustomLocations, AdGoal, CallTracking, BusinessHighlights, VerifiedLicenses, CustomRadius, CustomAdText,
        CustomAdPhoto, BusinessLogo, Portfolio, UnknownFeature {

    /** The wire name, e.g. {@code NEGATIVE_KEYWORD_TARGETING}. */
    String typeName();

    /** Whether the feature is on (the web dashboard's "active" rules). */
    boolean active();

    /** One line for people: "12 blocked keywords", "Radius 15 mi (24 km)", "Off". */
    String summary();

    /** The label for people ("Negative keywords"), or the wire name of an unknown type. */
    default String label() {
        return FeatureType.of(typeName()).map(FeatureType::label).orElse(typeName());
    }

    /** True for every type but {@link UnknownFeature}, which is shown read-only. */
    default boolean editable() {
        return !(this instanceof UnknownFeature);
    }
}
