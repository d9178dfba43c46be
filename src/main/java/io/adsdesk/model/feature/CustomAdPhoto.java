package io.adsdesk.model.feature;

/** CUSTOM_AD_PHOTO: the business photo the ad shows; null is automatic (off). */
public record CustomAdPhoto(String customPhotoId) implements Feature {
    public CustomAdPhoto {
        customPhotoId = Text.blankToNull(customPhotoId);
    }

    @Override
    public String typeName() {
        return FeatureType.CUSTOM_AD_PHOTO.name();
    }

    @Override
    public boolean active() {
        return customPhotoId != null;
    }

    @Override
    public String summary() {
        return customPhotoId == null ? "Automatic" : "Photo " + customPhotoId;
    }
}
