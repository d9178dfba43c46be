package io.adsdesk.model;

/** The ten program types the API documents. Programs keep their type as a string, so unknown types survive. */
public enum ProgramType {
    BP("Branded Profile"),
    EP("Enhanced Profile"),
    CPC("Cost per click ads"),
    RCA("Remove Competitor Ads"),
    CTA("Call to Action"),
    SLIDESHOW("Slideshow"),
    BH("Business Highlights"),
    VL("Verified License"),
    LOGO("Logo"),
    PORTFOLIO("Portfolio");

    private final String label;

    ProgramType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
