package io.adsdesk.ui.reports;

/** Where the Reports view stands; the view shows the charts only in {@link #READY}. */
public enum ReportState {
    /** No account is open. */
    NO_ACCOUNT,
    /** The account has no reporting key and nothing is cached. */
    NO_KEY,
    /** The cache is being read. */
    LOADING,
    /** Nothing is cached yet for this account. */
    EMPTY,
    /** The cache could not be read. */
    FAILED,
    /** Figures are shown. */
    READY
}
