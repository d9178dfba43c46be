package io.adsdesk.ui.features;

import io.adsdesk.ui.common.Formats;

import java.util.Map;

/**
 * One row of the Features section.
 *
 * @param value   the feature's object as last read; null when not read yet
 * @param known   whether AdsDesk has an editor for the type (else it is shown as JSON, read-only)
 */
public record FeatureItem(String type, String summary, boolean active, boolean known, Map<String, Object> value) {

    public String label() {
        return Formats.feature(type);
    }

    /** Edit and Turn off need a value read from Yelp and an editor. */
    public boolean editable() {
        return known && value != null;
    }
}
