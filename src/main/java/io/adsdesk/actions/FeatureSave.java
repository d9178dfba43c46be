package io.adsdesk.actions;

import io.adsdesk.model.feature.ProgramFeatures;

import java.util.List;

/**
 * What a save came to. When Yelp's copy changed since the editor opened and the save did not say
 * to overwrite, nothing was sent: {@link #saved()} is false, {@link #changedAtYelp()} names the
 * types that changed and {@link #features()} is Yelp's current copy to show.
 *
 * @param features the features after the save (or Yelp's current copy when not saved)
 */
public record FeatureSave(boolean saved, ProgramFeatures features, List<String> changedAtYelp) {
    public FeatureSave {
        changedAtYelp = List.copyOf(changedAtYelp);
    }

    /** True when nothing was sent because Yelp's copy changed since it was opened. */
    public boolean conflict() {
        return !saved && !changedAtYelp.isEmpty();
    }
}
