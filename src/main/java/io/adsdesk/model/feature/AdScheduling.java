package io.adsdesk.model.feature;

/** AD_SCHEDULING: ads run only during the business's opening hours. */
public record AdScheduling(boolean usesOpeningHours) implements Feature {
    @Override
    public String typeName() {
        return FeatureType.AD_SCHEDULING.name();
    }

    @Override
    public boolean active() {
        return usesOpeningHours;
    }

    @Override
    public String summary() {
        return usesOpeningHours ? "Only during opening hours" : "Off: ads run at all hours";
    }
}
