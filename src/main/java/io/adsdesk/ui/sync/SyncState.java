package io.adsdesk.ui.sync;

/** Where the account's data stands; the shell switches overlays and banners from it. */
public enum SyncState {
    /** Empty registry and no sync running (e.g. the first sync was cancelled). */
    NEVER_SYNCED,
    /** Empty registry, first sync running: the blocking overlay with a progress bar. */
    FIRST_SYNC,
    /** Data shown, nothing running. */
    READY,
    /** Data shown, a background sync running: a small indicator only. */
    REFRESHING,
    /** The API could not be reached; the table shows the last synced data. */
    OFFLINE,
    /** The API answered with an error the user must act on; the last good data stays. */
    FAILED
}
