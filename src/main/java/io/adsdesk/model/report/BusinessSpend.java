package io.adsdesk.model.report;

/** One business's totals over the range (for the top-businesses chart). Money in cents. */
public record BusinessSpend(String businessId, String businessName, long impressions, long clicks, long costCents) {
}
