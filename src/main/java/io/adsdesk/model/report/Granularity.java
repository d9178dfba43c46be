package io.adsdesk.model.report;

/** Daily figures (one row per day) or monthly figures (one row per calendar month, dated the 1st). */
public enum Granularity {
    DAILY,
    MONTHLY
}
