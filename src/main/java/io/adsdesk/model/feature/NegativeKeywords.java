package io.adsdesk.model.feature;

import java.util.List;

/**
 * NEGATIVE_KEYWORD_TARGETING: Yelp's suggested keywords (read-only, at most 25) and the blocked ones
 * (lower-cased, de-duplicated here); an empty blocked list is off.
 */
public record NegativeKeywords(List<String> suggestedKeywords, List<String> blockedKeywords) implements Feature {
    public static final int MAX_SUGGESTED = 25;

    public NegativeKeywords {
        suggestedKeywords = Text.copy(suggestedKeywords);
        blockedKeywords = Keywords.normalize(blockedKeywords);
    }

    /** The same suggestions with these keywords blocked as well. */
    public NegativeKeywords block(List<String> keywords) {
        return new NegativeKeywords(suggestedKeywords, Keywords.merge(blockedKeywords, keywords).keywords());
    }

    @Override
    public String typeName() {
        return FeatureType.NEGATIVE_KEYWORD_TARGETING.name();
    }

    @Override
    public boolean active() {
        return !blockedKeywords.isEmpty();
    }

    @Override
    public String summary() {
        return blockedKeywords.isEmpty() ? "No blocked keywords" : Text.plural(blockedKeywords.size(), "blocked keyword", "blocked keywords");
    }
}
