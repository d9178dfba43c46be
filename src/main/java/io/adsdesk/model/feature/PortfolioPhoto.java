package io.adsdesk.model.feature;

/** One photo of a portfolio project as Yelp lists it: by address or business photo ID. */
public record PortfolioPhoto(String photoId, String photoUrl, String bizPhotoId, String caption, boolean beforePhoto,
                             boolean coverPhoto) {
}
