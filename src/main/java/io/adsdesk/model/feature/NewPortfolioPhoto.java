package io.adsdesk.model.feature;

/** A photo to add to a project: exactly one of {@code photoUrl} and {@code bizPhotoId}, a caption, the "before" flag. */
public record NewPortfolioPhoto(String photoUrl, String bizPhotoId, String caption, boolean beforePhoto) {
    public NewPortfolioPhoto {
        photoUrl = Text.blankToNull(photoUrl);
        bizPhotoId = Text.blankToNull(bizPhotoId);
        caption = caption == null ? null : caption.strip();
    }
}
