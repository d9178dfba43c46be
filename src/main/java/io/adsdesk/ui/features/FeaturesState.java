package io.adsdesk.ui.features;

/** What the Features section shows. */
public enum FeaturesState {
    /** No program, or the account has no feature service (opened without its password). */
    UNAVAILABLE,
    /** Reading the registry's copy or Yelp, with nothing to show yet. */
    LOADING,
    /** Yelp's copy, read just now or within the last ten minutes. */
    READY,
    /** Reading Yelp again; the copy stays shown. */
    REFRESHING,
    /** Yelp could not be reached: the last copy is shown with the time it was read. */
    OFFLINE,
    /** The credentials have no feature access: offer to add Data Ingestion credentials. */
    NO_ACCESS,
    /** Yelp refused the read for another reason. */
    FAILED
}
