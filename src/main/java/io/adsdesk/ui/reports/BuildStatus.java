package io.adsdesk.ui.reports;

import java.time.Duration;
import java.time.Instant;

/**
 * A report being built by Yelp, as the Reports view tells it: what was asked, when, how long Yelp
 * usually takes, and where it stands.
 *
 * @param requested "Nov 1 – Nov 30, 2,000 businesses (5 reports)"
 * @param requestedAt when the first request was sent
 * @param usually how long Yelp usually takes to build a report
 * @param state the live state in words: "Waiting for Yelp: 3 of 5 reports ready"
 * @param ready reports ready so far
 * @param total reports asked for; 0 while not known
 */
public record BuildStatus(String requested, Instant requestedAt, Duration usually, String state, int ready, int total) {

    /** Progress for a bar: -1 (unknown) until the number of reports is known. */
    public double progress() {
        return total == 0 ? -1 : (double) ready / total;
    }
}
