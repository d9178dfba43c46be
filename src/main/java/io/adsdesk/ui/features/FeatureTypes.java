package io.adsdesk.ui.features;

import java.util.List;
import java.util.Map;

/** The feature types AdsDesk has an editor for, in the order the details pane lists them. Pure. */
final class FeatureTypes {
    static final String LINK_TRACKING = "LINK_TRACKING";
    static final String NEGATIVE_KEYWORDS = "NEGATIVE_KEYWORD_TARGETING";
    static final String STRICT_CATEGORY = "STRICT_CATEGORY_TARGETING";
    static final String AD_SCHEDULING = "AD_SCHEDULING";
    static final String LOCATIONS = "CUSTOM_LOCATION_TARGETING";
    static final String AD_GOAL = "AD_GOAL";
    static final String CALL_TRACKING = "CALL_TRACKING";
    static final String HIGHLIGHTS = "BUSINESS_HIGHLIGHTS";
    static final String LICENSE = "VERIFIED_LICENSE";
    static final String RADIUS = "CUSTOM_RADIUS_TARGETING";
    static final String AD_TEXT = "CUSTOM_AD_TEXT";
    static final String AD_PHOTO = "CUSTOM_AD_PHOTO";
    static final String LOGO = "BUSINESS_LOGO";
    static final String PORTFOLIO = "YELP_PORTFOLIO";

    static final List<String> KNOWN = List.of(NEGATIVE_KEYWORDS, AD_GOAL, RADIUS, LOCATIONS, STRICT_CATEGORY,
            AD_SCHEDULING, CALL_TRACKING, LINK_TRACKING, AD_TEXT, AD_PHOTO, LOGO, HIGHLIGHTS, LICENSE, PORTFOLIO);

    static final List<String> GOALS = List.of("DEFAULT", "CALLS", "WEBSITE_CLICKS");
    private static final Map<String, String> GOAL_LABELS = Map.of("DEFAULT", "Standard optimization",
            "CALLS", "Maximize calls", "WEBSITE_CLICKS", "Maximize website clicks");

    private FeatureTypes() {
    }

    static boolean known(String type) {
        return KNOWN.contains(type);
    }

    static String goalLabel(String goal) {
        return GOAL_LABELS.getOrDefault(goal, goal);
    }

    /** Types with a single on/off switch, turned on or off straight from the list. */
    static boolean isSwitch(String type) {
        return STRICT_CATEGORY.equals(type) || AD_SCHEDULING.equals(type);
    }
}
