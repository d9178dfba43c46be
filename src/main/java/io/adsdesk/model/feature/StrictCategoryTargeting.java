package io.adsdesk.model.feature;

/** STRICT_CATEGORY_TARGETING: ads shown only for the business's own categories. */
public record StrictCategoryTargeting(boolean enabled) implements Feature {
    @Override
    public String typeName() {
        return FeatureType.STRICT_CATEGORY_TARGETING.name();
    }

    @Override
    public boolean active() {
        return enabled;
    }

    @Override
    public String summary() {
        return enabled ? "On: only the business's own categories" : "Off";
    }
}
