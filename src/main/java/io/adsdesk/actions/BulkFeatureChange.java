package io.adsdesk.actions;

import io.adsdesk.model.feature.AdGoal;
import io.adsdesk.model.feature.AdScheduling;
import io.adsdesk.model.feature.Feature;
import io.adsdesk.model.feature.FeatureType;
import io.adsdesk.model.feature.NegativeKeywords;
import io.adsdesk.model.feature.StrictCategoryTargeting;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One change applied to many programs: the type it sets, whether it needs the program's current
 * value (then the program's features are read first), and the new value from the current one.
 */
public record BulkFeatureChange(FeatureType type, String description, boolean needsCurrent,
                                Function<Optional<Feature>, Feature> change) {

    /** Blocks these keywords on top of each program's blocked keywords (its current list is read first). */
    public static BulkFeatureChange blockKeywords(List<String> keywords) {
        return new BulkFeatureChange(FeatureType.NEGATIVE_KEYWORD_TARGETING, "Block " + keywords.size() + " keywords", true,
                current -> current.filter(NegativeKeywords.class::isInstance).map(NegativeKeywords.class::cast)
                        .orElse(new NegativeKeywords(List.of(), List.of())).block(keywords));
    }

    public static BulkFeatureChange strictCategory(boolean on) {
        return new BulkFeatureChange(FeatureType.STRICT_CATEGORY_TARGETING,
                "Strict category targeting " + (on ? "on" : "off"), false, current -> new StrictCategoryTargeting(on));
    }

    public static BulkFeatureChange adScheduling(boolean on) {
        return new BulkFeatureChange(FeatureType.AD_SCHEDULING, "Ad scheduling " + (on ? "on" : "off"), false,
                current -> new AdScheduling(on));
    }

    public static BulkFeatureChange adGoal(AdGoal.Goal goal) {
        return new BulkFeatureChange(FeatureType.AD_GOAL, "Ad goal: " + goal.label(), false, current -> new AdGoal(goal));
    }
}
