package io.adsdesk.model.feature;

import java.util.ArrayList;
import java.util.List;

/** LINK_TRACKING: tracking parameters for the website, menu and call-to-action links; all null is off. */
public record LinkTracking(String website, String menu, String callToAction) implements Feature {
    public LinkTracking {
        website = Text.blankToNull(website);
        menu = Text.blankToNull(menu);
        callToAction = Text.blankToNull(callToAction);
    }

    public static LinkTracking off() {
        return new LinkTracking(null, null, null);
    }

    @Override
    public String typeName() {
        return FeatureType.LINK_TRACKING.name();
    }

    @Override
    public boolean active() {
        return website != null || menu != null || callToAction != null;
    }

    @Override
    public String summary() {
        List<String> set = new ArrayList<>();
        if (website != null) {
            set.add("website");
        }
        if (menu != null) {
            set.add("menu");
        }
        if (callToAction != null) {
            set.add("call to action");
        }
        return set.isEmpty() ? "Off" : "Tracking " + String.join(", ", set);
    }
}
