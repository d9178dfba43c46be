package io.adsdesk.model;

/** How a sync run ended. */
public enum SyncOutcome {
    /** Changes were written. */
    SYNCED,
    /** Everything matched: nothing was written. */
    UP_TO_DATE,
    /** Something failed; the registry was left exactly as it was. */
    FAILED,
    /** The user cancelled; the registry was left exactly as it was. */
    CANCELLED
}
