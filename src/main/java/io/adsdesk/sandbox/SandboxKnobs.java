package io.adsdesk.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Behaviour settings of a running sandbox (partner-api.md §6.7), all changeable at any time from
 * any thread. Probabilities are 0.0–1.0 and drawn from the server's seeded random.
 */
public final class SandboxKnobs {
    /** Knob values at one moment; also what a {@link SandboxConfig} starts the server with. */
    public record Settings(
            long latencyMs,
            int maxConcurrent,
            double error500Rate,
            double error503Rate,
            int failFromOffset,
            double deepPageErrorRate,
            double resetRate,
            double malformedRate,
            boolean adCategoriesInListAll,
            boolean pausedUnderCurrent,
            boolean pageUpgradeInCents,
            int insertsPerPage,
            long jobDelayMs,
            boolean processingAs202,
            TopLevelStatus topLevelStatus,
            ReceiptFields receiptFields,
            boolean unknownProgram404,
            boolean omittedCategoriesSucceed,
            boolean pauseForbidden,
            long pauseLagMs,
            int revokeCredentialsAfter,
            int totalDelta) {

        /** The read knobs only; the write knobs take their defaults. */
        public Settings(long latencyMs, int maxConcurrent, double error500Rate, double error503Rate,
                        int failFromOffset, double deepPageErrorRate, double resetRate, double malformedRate,
                        boolean adCategoriesInListAll, boolean pausedUnderCurrent, boolean pageUpgradeInCents,
                        int insertsPerPage) {
            this(latencyMs, maxConcurrent, error500Rate, error503Rate, failFromOffset, deepPageErrorRate,
                    resetRate, malformedRate, adCategoriesInListAll, pausedUnderCurrent, pageUpgradeInCents,
                    insertsPerPage, 0, false, TopLevelStatus.OBSERVED, ReceiptFields.NESTED, false, true, false, 0,
                    -1, 0);
        }

        /**
         * No latency, no limit, no faults; paused programs also under CURRENT; page upgrades in dollars;
         * jobs finish at once, receipts as observed, pause/resume enabled and synchronous; credentials
         * never revoked, List All totals true.
         */
        public static Settings defaults() {
            return new Settings(0, 0, 0, 0, -1, 1.0, 0, 0, false, true, false, 0);
        }

        public Settings withLatencyMs(long ms) {
            return new Settings(ms, maxConcurrent, error500Rate, error503Rate, failFromOffset, deepPageErrorRate,
                    resetRate, malformedRate, adCategoriesInListAll, pausedUnderCurrent, pageUpgradeInCents,
                    insertsPerPage, jobDelayMs, processingAs202, topLevelStatus, receiptFields, unknownProgram404,
                    omittedCategoriesSucceed, pauseForbidden, pauseLagMs, revokeCredentialsAfter, totalDelta);
        }

        public Settings withJobDelayMs(long ms) {
            return new Settings(latencyMs, maxConcurrent, error500Rate, error503Rate, failFromOffset,
                    deepPageErrorRate, resetRate, malformedRate, adCategoriesInListAll, pausedUnderCurrent,
                    pageUpgradeInCents, insertsPerPage, ms, processingAs202, topLevelStatus, receiptFields,
                    unknownProgram404, omittedCategoriesSucceed, pauseForbidden, pauseLagMs, revokeCredentialsAfter,
                    totalDelta);
        }
    }

    /** The receipt's top-level status once a job is done (partner-api.md §2.4). */
    public enum TopLevelStatus {
        /** REJECTED when any business entry is rejected, as real receipts show. */
        OBSERVED,
        /** COMPLETED once processed, even with a rejected business entry, as the doc examples show. */
        DOC
    }

    /** Where a receipt puts the per-parameter entries of program_added / program_modified. */
    public enum ReceiptFields {
        /** Under the group's requested_value, as real receipts show: program_added.requested_value.budget. */
        NESTED,
        /** Directly in the group, as the doc sketch shows: program_added.budget. */
        FLAT
    }

    /** What a forced job outcome does (see {@link #forceJobOutcome}). */
    public enum JobOutcome {
        /** The job is rejected with the given code, at business level for business codes, else on the group. */
        REJECTED,
        /** The job succeeds but its optional parameters are rejected with the given code. */
        PARTIAL
    }

    /** One queued forced outcome. */
    record ForcedOutcome(JobOutcome outcome, String code) {
    }

    private volatile long latencyMs;
    private volatile int maxConcurrent;
    private volatile double error500Rate;
    private volatile double error503Rate;
    private volatile int failFromOffset;
    private volatile double deepPageErrorRate;
    private volatile double resetRate;
    private volatile double malformedRate;
    /** Odd and broken values in program JSON: a separate set of knobs, off by default. */
    private final OddValues oddValues = new OddValues();
    private volatile boolean adCategoriesInListAll;
    private volatile boolean pausedUnderCurrent;
    private volatile boolean pageUpgradeInCents;
    private volatile int insertsPerPage;
    private volatile long jobDelayMs;
    private volatile boolean processingAs202;
    private volatile TopLevelStatus topLevelStatus;
    private volatile ReceiptFields receiptFields;
    private volatile boolean unknownProgram404;
    private volatile boolean omittedCategoriesSucceed;
    private volatile boolean pauseForbidden;
    private volatile boolean featuresNeedDataIngestion;
    private volatile long pauseLagMs;
    private volatile int revokeCredentialsAfter;
    private final AtomicLong acceptedSinceRevokeSet = new AtomicLong();
    private volatile int totalDelta;
    private final Deque<ForcedOutcome> forced = new ArrayDeque<>();
    private final HostileKnobs hostile = new HostileKnobs();

    SandboxKnobs(Settings s) {
        apply(s);
    }

    /** Sets every knob at once. */
    public void apply(Settings s) {
        latencyMs(s.latencyMs());
        maxConcurrent(s.maxConcurrent());
        error500Rate(s.error500Rate());
        error503Rate(s.error503Rate());
        failFromOffset(s.failFromOffset());
        deepPageErrorRate(s.deepPageErrorRate());
        resetRate(s.resetRate());
        malformedRate(s.malformedRate());
        adCategoriesInListAll(s.adCategoriesInListAll());
        pausedUnderCurrent(s.pausedUnderCurrent());
        pageUpgradeInCents(s.pageUpgradeInCents());
        insertsPerPage(s.insertsPerPage());
        jobDelayMs(s.jobDelayMs());
        processingAs202(s.processingAs202());
        topLevelStatus(s.topLevelStatus());
        receiptFields(s.receiptFields());
        unknownProgram404(s.unknownProgram404());
        omittedCategoriesSucceed(s.omittedCategoriesSucceed());
        pauseForbidden(s.pauseForbidden());
        pauseLagMs(s.pauseLagMs());
        revokeCredentialsAfter(s.revokeCredentialsAfter());
        totalDelta(s.totalDelta());
    }

    public Settings settings() {
        return new Settings(latencyMs, maxConcurrent, error500Rate, error503Rate, failFromOffset,
                deepPageErrorRate, resetRate, malformedRate, adCategoriesInListAll, pausedUnderCurrent,
                pageUpgradeInCents, insertsPerPage, jobDelayMs, processingAs202, topLevelStatus, receiptFields,
                unknownProgram404, omittedCategoriesSucceed, pauseForbidden, pauseLagMs, revokeCredentialsAfter,
                totalDelta);
    }

    /** Back to {@link Settings#defaults()}: no latency and no faults; forced job outcomes are dropped. */
    public void reset() {
        oddValues.reset();
        apply(Settings.defaults());
        clearForcedJobOutcomes();
        hostile.reset();
    }

    /** Hostile-server behaviours (trickling and endless bodies, web pages …), all off by default. */
    public HostileKnobs hostile() {
        return hostile;
    }

    /** Milliseconds every partner request waits before it is answered. */
    public long latencyMs() { return latencyMs; }
    public void latencyMs(long ms) { latencyMs = requireAtLeast(ms, 0, "latencyMs"); }

    /** Requests in flight beyond this get 429 with Retry-After: 1; 0 means unlimited. */
    public int maxConcurrent() { return maxConcurrent; }
    public void maxConcurrent(int n) { maxConcurrent = (int) requireAtLeast(n, 0, "maxConcurrent"); }

    /** Probability of a 500 on any partner request. */
    public double error500Rate() { return error500Rate; }
    public void error500Rate(double p) { error500Rate = probability(p, "error500Rate"); }

    /** Probability of a 503 (with a non-JSON body, as a load balancer sends) on any partner request. */
    public double error503Rate() { return error503Rate; }
    public void error503Rate(double p) { error503Rate = probability(p, "error503Rate"); }

    /** List All pages at offset ≥ this fail with 500 (at {@link #deepPageErrorRate()}); -1 is off. */
    public int failFromOffset() { return failFromOffset; }
    public void failFromOffset(int offset) { failFromOffset = (int) requireAtLeast(offset, -1, "failFromOffset"); }

    /** Probability that a deep List All page (see {@link #failFromOffset()}) fails; default 1.0. */
    public double deepPageErrorRate() { return deepPageErrorRate; }
    public void deepPageErrorRate(double p) { deepPageErrorRate = probability(p, "deepPageErrorRate"); }

    /** Probability that the connection is closed without any response. */
    public double resetRate() { return resetRate; }
    public void resetRate(double p) { resetRate = probability(p, "resetRate"); }

    /** Odd and broken values in program JSON on N programs each (see {@link OddValues}); all off by default. */
    public OddValues oddValues() { return oddValues; }

    /** Probability that a 200 body is cut in half (invalid JSON). */
    public double malformedRate() { return malformedRate; }
    public void malformedRate(double p) { malformedRate = probability(p, "malformedRate"); }

    /** Whether List All programs carry ad_categories (undocumented there; default off). */
    public boolean adCategoriesInListAll() { return adCategoriesInListAll; }
    public void adCategoriesInListAll(boolean on) { adCategoriesInListAll = on; }

    /** Whether paused programs are listed under CURRENT as well as PAUSED (default on). */
    public boolean pausedUnderCurrent() { return pausedUnderCurrent; }
    public void pausedUnderCurrent(boolean on) { pausedUnderCurrent = on; }

    /** Whether page_upgrade_info is written in cents instead of dollars (default dollars). */
    public boolean pageUpgradeInCents() { return pageUpgradeInCents; }
    public void pageUpgradeInCents(boolean on) { pageUpgradeInCents = on; }

    /** New programs inserted at the front before each List All page after the first (drift while paging). */
    public int insertsPerPage() { return insertsPerPage; }
    public void insertsPerPage(int n) { insertsPerPage = (int) requireAtLeast(n, 0, "insertsPerPage"); }

    /** Milliseconds from a write request until its job is processed; 0 processes it before the answer. */
    public long jobDelayMs() { return jobDelayMs; }
    public void jobDelayMs(long ms) { jobDelayMs = requireAtLeast(ms, 0, "jobDelayMs"); }

    /** Whether a status poll of an unfinished job answers 202 instead of 200 with "PROCESSING". */
    public boolean processingAs202() { return processingAs202; }
    public void processingAs202(boolean on) { processingAs202 = on; }

    /** The receipt's top-level status for rejected jobs (default OBSERVED: REJECTED). */
    public TopLevelStatus topLevelStatus() { return topLevelStatus; }
    public void topLevelStatus(TopLevelStatus style) { topLevelStatus = Objects.requireNonNull(style, "topLevelStatus"); }

    /** Where receipts put the per-parameter entries (default NESTED, as observed). */
    public ReceiptFields receiptFields() { return receiptFields; }
    public void receiptFields(ReceiptFields style) { receiptFields = Objects.requireNonNull(style, "receiptFields"); }

    /** Whether edit/end of an unknown program answers 404 instead of a job rejected with COULD_NOT_MODIFY_PROGRAM. */
    public boolean unknownProgram404() { return unknownProgram404; }
    public void unknownProgram404(boolean on) { unknownProgram404 = on; }

    /**
     * Whether a CPC create for a business in a restricted category succeeds when ad_categories is
     * omitted (Yelp derives them), as in the observed support thread; explicit ones are always rejected.
     */
    public boolean omittedCategoriesSucceed() { return omittedCategoriesSucceed; }
    public void omittedCategoriesSucceed(boolean on) { omittedCategoriesSucceed = on; }

    /**
     * Whether every Program Feature API call answers 400 with an empty body, as Yelp does for
     * credentials without Data Ingestion (feature) access.
     */
    public boolean featuresNeedDataIngestion() { return featuresNeedDataIngestion; }
    public void featuresNeedDataIngestion(boolean on) { featuresNeedDataIngestion = on; }

    /** Whether every pause/resume call answers 403, as for an account without that feature. */
    public boolean pauseForbidden() { return pauseForbidden; }
    public void pauseForbidden(boolean on) { pauseForbidden = on; }

    /** Milliseconds after a 202 before a pause/resume shows in reads; 0 applies it before the answer. */
    public long pauseLagMs() { return pauseLagMs; }
    public void pauseLagMs(long ms) { pauseLagMs = requireAtLeast(ms, 0, "pauseLagMs"); }

    /**
     * Requests with good credentials answered normally before the credentials are revoked, counted
     * from when this is set; every later partner request gets 401 as bad credentials do. -1 never.
     */
    public int revokeCredentialsAfter() { return revokeCredentialsAfter; }
    public void revokeCredentialsAfter(int n) {
        revokeCredentialsAfter = (int) requireAtLeast(n, -1, "revokeCredentialsAfter");
        acceptedSinceRevokeSet.set(0);
    }

    /** Counts one request with good credentials; true when it comes after the revocation. */
    boolean credentialsRevoked() {
        int n = revokeCredentialsAfter;
        return n >= 0 && acceptedSinceRevokeSet.incrementAndGet() > n;
    }

    /** Added to the total List All reports (never below 0), for an API whose count is off; default 0. */
    public int totalDelta() { return totalDelta; }
    public void totalDelta(int delta) { totalDelta = delta; }

    /**
     * Makes the next job processed end with this outcome instead of its validation result, e.g.
     * {@code forceJobOutcome(JobOutcome.REJECTED, "UNSUPPORTED_CATEGORIES")}. Calls queue up.
     */
    public void forceJobOutcome(JobOutcome outcome, String code) {
        Objects.requireNonNull(outcome, "outcome");
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a forced outcome needs an error code");
        }
        synchronized (forced) {
            forced.addLast(new ForcedOutcome(outcome, code.trim().toUpperCase(Locale.ROOT)));
        }
    }

    public void clearForcedJobOutcomes() {
        synchronized (forced) {
            forced.clear();
        }
    }

    /** Forced outcomes not yet used. */
    public int forcedJobOutcomes() {
        synchronized (forced) {
            return forced.size();
        }
    }

    /** The next forced outcome, consumed, or null. */
    ForcedOutcome takeForcedOutcome() {
        synchronized (forced) {
            return forced.pollFirst();
        }
    }

    private static double probability(double p, String name) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1: " + p);
        }
        return p;
    }

    private static long requireAtLeast(long value, long min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ": " + value);
        }
        return value;
    }
}
