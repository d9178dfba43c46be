package io.adsdesk.queue;

/** How much a check result matters. */
public enum CheckSeverity {
    /** The change breaks a rule: it cannot be posted until fixed or reverted. */
    ERROR,
    /** Worth a look; posting is allowed. */
    WARNING
}
