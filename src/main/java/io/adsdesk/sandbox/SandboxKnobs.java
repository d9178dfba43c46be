package io.adsdesk.sandbox;

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
            int insertsPerPage) {

        /** No latency, no limit, no faults; paused programs also under CURRENT; page upgrades in dollars. */
        public static Settings defaults() {
            return new Settings(0, 0, 0, 0, -1, 1.0, 0, 0, false, true, false, 0);
        }
    }

    private volatile long latencyMs;
    private volatile int maxConcurrent;
    private volatile double error500Rate;
    private volatile double error503Rate;
    private volatile int failFromOffset;
    private volatile double deepPageErrorRate;
    private volatile double resetRate;
    private volatile double malformedRate;
    private volatile boolean adCategoriesInListAll;
    private volatile boolean pausedUnderCurrent;
    private volatile boolean pageUpgradeInCents;
    private volatile int insertsPerPage;

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
    }

    public Settings settings() {
        return new Settings(latencyMs, maxConcurrent, error500Rate, error503Rate, failFromOffset,
                deepPageErrorRate, resetRate, malformedRate, adCategoriesInListAll, pausedUnderCurrent,
                pageUpgradeInCents, insertsPerPage);
    }

    /** Back to {@link Settings#defaults()}: no latency and no faults. */
    public void reset() {
        apply(Settings.defaults());
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
