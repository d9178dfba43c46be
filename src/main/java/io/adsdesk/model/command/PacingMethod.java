package io.adsdesk.model.command;

/** How a CPC program spends its budget over the month. */
public enum PacingMethod {
    PACED, UNPACED
}
