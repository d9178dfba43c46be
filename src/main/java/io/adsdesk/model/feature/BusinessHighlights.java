package io.adsdesk.model.feature;

import java.util.ArrayList;
import java.util.List;

/**
 * BUSINESS_HIGHLIGHTS: the active highlights, those the business may choose, and the pairs that
 * exclude each other (turning one on turns its partner off: {@link #toggle}). Only the active list is sent.
 */
public record BusinessHighlights(List<String> activeHighlights, List<String> available, List<List<String>> mutuallyExclusive)
        implements Feature {
    public BusinessHighlights {
        activeHighlights = Text.copy(activeHighlights).stream().distinct().toList();
        available = Text.copy(available);
        mutuallyExclusive = Text.copy(mutuallyExclusive).stream().map(Text::copy).toList();
    }

    /** The same highlights with one turned on (its exclusive partners off) or off. */
    public BusinessHighlights toggle(String highlight, boolean on) {
        List<String> next = new ArrayList<>(activeHighlights);
        next.remove(highlight);
        if (on) {
            for (List<String> group : mutuallyExclusive) {
                if (group.contains(highlight)) {
                    next.removeAll(group);
                }
            }
            next.add(highlight);
        }
        return new BusinessHighlights(next, available, mutuallyExclusive);
    }

    @Override
    public String typeName() {
        return FeatureType.BUSINESS_HIGHLIGHTS.name();
    }

    @Override
    public boolean active() {
        return !activeHighlights.isEmpty();
    }

    @Override
    public String summary() {
        return activeHighlights.isEmpty() ? "None" : Text.plural(activeHighlights.size(), "highlight", "highlights") + ": " + String.join(", ", activeHighlights);
    }
}
