package io.adsdesk.model.feature;

/** BUSINESS_LOGO: a public JPEG, PNG, GIF or TIFF address; null is off. */
public record BusinessLogo(String businessLogoUrl) implements Feature {
    public BusinessLogo {
        businessLogoUrl = Text.blankToNull(businessLogoUrl);
    }

    @Override
    public String typeName() {
        return FeatureType.BUSINESS_LOGO.name();
    }

    @Override
    public boolean active() {
        return businessLogoUrl != null;
    }

    @Override
    public String summary() {
        if (businessLogoUrl == null) {
            return "No logo";
        }
        String u = businessLogoUrl;
        return "Logo " + u.substring(u.lastIndexOf('/') + 1);
    }
}
