package io.adsdesk.model.feature;

/** CUSTOM_AD_TEXT: the ad's text, taken from a review or written out; both null is automatic (off). */
public record CustomAdText(String customReviewId, String customText) implements Feature {
    public static final int MIN_LENGTH = 15;
    public static final int MAX_LENGTH = 1500;

    public CustomAdText {
        customReviewId = Text.blankToNull(customReviewId);
        customText = customText == null || customText.isBlank() ? null : customText.strip();
    }

    public static CustomAdText automatic() {
        return new CustomAdText(null, null);
    }

    @Override
    public String typeName() {
        return FeatureType.CUSTOM_AD_TEXT.name();
    }

    @Override
    public boolean active() {
        return customReviewId != null || customText != null;
    }

    @Override
    public String summary() {
        if (customText != null) {
            String t = customText.replaceAll("\\s+", " ");
            return "Text: \u201C" + (t.length() > 40 ? t.substring(0, 39) + "\u2026" : t) + "\u201D";
        }
        return customReviewId != null ? "Text from review " + customReviewId : "Automatic";
    }
}
