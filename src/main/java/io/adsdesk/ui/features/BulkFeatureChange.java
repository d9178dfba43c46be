package io.adsdesk.ui.features;

import java.util.List;

/** A feature change for many programs at once. */
public sealed interface BulkFeatureChange {
    /** Adds these keywords to each program's blocked negative keywords (kept ones stay). */
    record BlockKeywords(List<String> keywords) implements BulkFeatureChange {
    }

    record StrictCategoryTargeting(boolean enabled) implements BulkFeatureChange {
    }

    record AdScheduling(boolean usesOpeningHours) implements BulkFeatureChange {
    }

    /** DEFAULT, CALLS or WEBSITE_CLICKS. */
    record AdGoal(String goal) implements BulkFeatureChange {
    }

    /** "Block 3 keywords", "Turn strict category targeting on". */
    default String describe() {
        return switch (this) {
            case BlockKeywords b -> "Block " + b.keywords().size() + (b.keywords().size() == 1 ? " keyword" : " keywords");
            case StrictCategoryTargeting s -> "Turn strict category targeting " + (s.enabled() ? "on" : "off");
            case AdScheduling a -> "Turn ad scheduling " + (a.usesOpeningHours() ? "on" : "off");
            case AdGoal g -> "Set the ad goal to " + FeatureTypes.goalLabel(g.goal());
        };
    }
}
