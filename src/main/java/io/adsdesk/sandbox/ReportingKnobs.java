package io.adsdesk.sandbox;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Settings of the sandbox's Reporting API (§6.6), changeable while it runs: how long a report
 * takes to build, whether reports end in JOB_FAILED, and the accepted Bearer key. Also counts the
 * report requests received.
 */
public final class ReportingKnobs {
    /** The report key (Fusion API key) the sandbox accepts unless told otherwise; the demo account's. */
    public static final String DEFAULT_KEY = "demo-report-key";
    /** How long a report takes to build unless told otherwise: minutes, like a small one at Yelp. */
    public static final Duration DEFAULT_BUILD_DELAY = Duration.ofMinutes(2);

    private volatile Duration buildDelay = DEFAULT_BUILD_DELAY;
    private volatile boolean jobsFail;
    private volatile String key = DEFAULT_KEY;
    private final AtomicInteger reportRequests = new AtomicInteger();
    private final AtomicInteger reportPolls = new AtomicInteger();

    public Duration buildDelay() {
        return buildDelay;
    }

    /** Reports asked for from now on are ready after this long (real Yelp: about 30 minutes). */
    public ReportingKnobs buildDelay(Duration delay) {
        this.buildDelay = delay.isNegative() ? Duration.ZERO : delay;
        return this;
    }

    public boolean jobsFail() {
        return jobsFail;
    }

    /** Reports asked for from now on end in 202 JOB_FAILED instead of 200. */
    public ReportingKnobs jobsFail(boolean fail) {
        this.jobsFail = fail;
        return this;
    }

    public String key() {
        return key;
    }

    public ReportingKnobs key(String newKey) {
        this.key = newKey;
        return this;
    }

    /** Report requests (POST) received, refused ones included. */
    public int reportRequests() {
        return reportRequests.get();
    }

    /** Report fetches (GET) received. */
    public int reportPolls() {
        return reportPolls.get();
    }

    void countRequest() {
        reportRequests.incrementAndGet();
    }

    void countPoll() {
        reportPolls.incrementAndGet();
    }
}
