package io.adsdesk.sync;

/** What a running sync is doing. */
public enum SyncPhase {
    FETCHING("Downloading programs"),
    WRITING("Saving to the local registry"),
    BUSINESS_NAMES("Refreshing business names");

    private final String label;

    SyncPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
